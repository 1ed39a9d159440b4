import { cmsUrl } from '../../../shared/cmsClient'
import type { MediaDocument } from '../../../shared/contentTypes'

/**
 * The absolute URL of an uploaded file in the CMS, versioned by the media document's last change
 * (`?v=`, as Payload's admin tags its own thumbnails). The CMS lets such URLs be cached for a year
 * (cms/collections/Media.ts), so Astro's image cache reuses what it encoded before and encodes an image
 * again only when the file was changed.
 */
export function mediaUrl(media: MediaDocument): string {
  const path = media.url ?? `/api/media/file/${media.filename}`
  const url = new URL(path.startsWith('http') ? path : `${cmsUrl}${path}`)
  if (media.updatedAt) url.searchParams.set('v', String(media.updatedAt))
  return url.toString()
}
