import type { UploadField } from 'payload'

/** The document's main picture, from the media library (its alt text is localized there). */
export const imageField: UploadField = {
  name: 'image',
  type: 'upload',
  relationTo: 'media',
  admin: { position: 'sidebar', description: 'Shown at the top of the page and in link previews.' },
}
