import { defineContentType } from './contentType'

/** Organisations: partners, coordinators, issuers and organisers that other documents name. */
export const organizations = defineContentType({
  slug: 'organizations',
  titleField: 'name',
  pathSegments: { pl: 'organizacje', it: 'organizzazioni', lt: 'organizacijos', en: 'organisations' },
  localizedFields: ['name', 'city'],
  references: { parent: 'organizations' },
  schemaType: 'Organization',
  previewable: true,
})
