import type { ArrayField, Field } from 'payload'

interface OrganizationRowsAdmin {
  labels: ArrayField['labels']
  description: string
}

/**
 * A list of organisations, each with what it is in this document (a partner's role, its share of the
 * budget): `fields` are what a row says besides the organisation.
 */
export function organizationRows(
  name: string,
  fields: Field[],
  { labels, description }: OrganizationRowsAdmin,
): ArrayField {
  return {
    name,
    type: 'array',
    labels,
    admin: { description },
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
