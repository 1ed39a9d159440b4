import type { ArrayField, Field } from 'payload'
import type { MessageKey } from '../i18n/messages'
import { rowLabel } from './rowLabel'

interface OrganizationRowsAdmin {
  labels: ArrayField['labels']
  description: string
  /** The label of a row without an organisation yet, e.g. "Partner {{number}}". */
  emptyRow: MessageKey
}

/**
 * A list of organisations, each with what it is in this document (a partner's role, its share of the
 * budget): `fields` are what a row says besides the organisation.
 */
export function organizationRows(
  name: string,
  fields: Field[],
  { labels, description, emptyRow }: OrganizationRowsAdmin,
): ArrayField {
  return {
    name,
    type: 'array',
    labels,
    // each row is named by its organisation
    admin: { description, components: { RowLabel: rowLabel('organization', emptyRow, 'organizations') } },
    fields: [
      {
        name: 'organization',
        label: 'Organisation',
        type: 'relationship',
        relationTo: 'organizations',
        required: true,
      },
      ...fields,
    ],
  }
}
