import type { CmsDoc } from './cmsClient'
import { cmsUrl } from './cmsClient'

/** The absolute URL of an uploaded file in the CMS. */
export function mediaUrl(media: CmsDoc): string {
  const url = (media.url as string) ?? `/api/media/file/${media.filename}`
  return url.startsWith('http') ? url : `${cmsUrl}${url}`
}
