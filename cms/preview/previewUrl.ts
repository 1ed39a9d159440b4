import { createPreviewToken, previewSecret } from '../../shared/formats/previewToken'
import { settings } from '../../shared/settings'

/** The site's public address, as the CMS links to it (SITE_URL). */
export function siteUrl(): string {
  return settings.siteUrl
}

/** A link to the site's preview route for one document's draft in one locale, with a fresh token. */
export function sitePreviewUrl(collection: string, id: string | number, locale: string): string {
  const token = createPreviewToken({ collection, id: String(id) }, previewSecret())
  return `${siteUrl()}/${locale}/preview/${collection}/${id}?token=${encodeURIComponent(token)}`
}
