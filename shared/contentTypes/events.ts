import { defineContentType } from './contentType'

/** Events: dates and times in their own time zone, place, organiser and cluster. */
export const events = defineContentType({
  slug: 'events',
  titleField: 'title',
  pathSegments: { pl: 'wydarzenia', it: 'eventi', lt: 'renginiai', en: 'events' },
  localizedFields: ['title', 'place'],
  references: { organizer: 'organizations', cluster: 'clusters', image: 'media' },
  schemaType: 'Event',
  previewable: true,
})
