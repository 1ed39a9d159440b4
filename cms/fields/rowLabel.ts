import type { ArrayField } from 'payload'
import type { MessageKey } from '../i18n/messages'

/**
 * An array's row label from one of its row's fields (components/RowLabel.tsx): a text field's value,
 * or the title of the document a relationship points at; `fallback` (a message with `{{number}}`)
 * names a row that is still empty.
 */
export function rowLabel(
  field: string,
  fallback: MessageKey,
  relationTo?: string,
): NonNullable<NonNullable<ArrayField['admin']>['components']>['RowLabel'] {
  return {
    path: '/components/RowLabel#RowLabelFromField',
    clientProps: { field, fallback, ...(relationTo ? { relationTo } : {}) },
  }
}
