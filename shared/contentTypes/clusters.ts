import { defineContentType } from './contentType'

/** Business clusters: who coordinates them, who supports them, their goals and timeline. */
export const clusters = defineContentType({
  slug: 'clusters',
  titleField: 'name',
  pathSegments: { pl: 'klastry', it: 'cluster', lt: 'klasteriai', en: 'clusters' },
  localizedFields: ['name', 'sector', 'region', 'goals.goal', 'timeline.title', 'timeline.description'],
  references: {
    coordinator: 'organizations',
    'supportingOrganizations[]': 'organizations',
    image: 'media',
  },
  schemaType: 'Organization',
  previewable: true,
})
