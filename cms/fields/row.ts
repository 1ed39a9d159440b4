import type { Field, RowField } from 'payload'

/**
 * Fields side by side in equal widths (two halves, three thirds). Payload stacks a row's fields on a
 * narrow screen, so the row costs nothing on a phone.
 */
export function row(...fields: Field[]): RowField {
  const width = `${Math.floor(100 / fields.length)}%`
  return {
    type: 'row',
    fields: fields.map((field) => ({ ...field, admin: { ...field.admin, width } }) as Field),
  }
}
