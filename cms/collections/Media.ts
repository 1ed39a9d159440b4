import type { CollectionConfig, ImageSize } from 'payload'
import { anyone } from '../access/anyone'
import { isEditorOrAdmin } from '../access/isEditorOrAdmin'
import { checkUpload } from '../hooks/checkUpload'
import { queueAfterChange, queueAfterDelete } from '../hooks/queueSiteUpdate'
import { refuseWithdrawingShownDocuments } from '../hooks/refuseWithdrawingShownDocuments'
import { rememberUploadFiles } from '../hooks/uploadFailures'
import { mediaDir } from '../paths'

/** Every size is re-encoded to WebP; Payload's collection-level formatOptions would convert only the original. */
const webp: ImageSize['formatOptions'] = { format: 'webp', options: { quality: 80 } }

/** Images and documents with localized alternative text; sharp makes the responsive sizes. */
export const Media: CollectionConfig = {
  slug: 'media',
  labels: { singular: 'Media file', plural: 'Media' },
  admin: { group: 'Content', useAsTitle: 'filename' },
  access: { read: anyone, create: isEditorOrAdmin, update: isEditorOrAdmin, delete: isEditorOrAdmin },
  // a new upload is not on any page yet; a changed or deleted one may be
  hooks: {
    // a file that published documents show may not be deleted under them; a bad file is refused before it is written
    beforeOperation: [checkUpload, refuseWithdrawingShownDocuments],
    // lets cleanUpFailedUpload (payload.config.ts) remove the files of an upload that fails after writing them
    beforeChange: [rememberUploadFiles],
    afterChange: [(args) => (args.operation === 'update' ? queueAfterChange(args) : args.doc)],
    afterDelete: [queueAfterDelete],
  },
  upload: {
    staticDir: mediaDir(),
    mimeTypes: ['image/*', 'application/pdf'],
    focalPoint: true,
    imageSizes: [
      { name: 'thumbnail', width: 400, height: 300, position: 'centre', formatOptions: webp },
      { name: 'card', width: 768, formatOptions: webp, withoutEnlargement: true },
      { name: 'hero', width: 1600, formatOptions: webp, withoutEnlargement: true },
    ],
    adminThumbnail: 'thumbnail',
    // Files are fetched by versioned URLs (`?v=<updatedAt>`: the site's images, Payload's own
    // thumbnails), so they may be cached for long. Without any caching header, Astro's image cache
    // took every file as expired and encoded every image again on every build.
    modifyResponseHeaders: ({ headers }) => {
      headers.set('Cache-Control', 'public, max-age=31536000, immutable')
      return headers
    },
  },
  fields: [
    {
      name: 'alt',
      label: 'Alternative text',
      type: 'text',
      localized: true,
      admin: {
        description: 'What the image shows, for readers who cannot see it. Leave empty only for decorative images.',
      },
    },
    { name: 'caption', type: 'text', localized: true },
    { name: 'credit', type: 'text' },
  ],
}
