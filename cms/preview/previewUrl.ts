import { createPreviewToken, previewSecret } from '../../shared/formats/previewToken'

/** The site's public address, as the CMS links to it. */
export function siteUrl(): string {
  return (process.env.SITE_URL || 'http://localhost:4321').replace(/\/$/, '')
}

/** A link to the site's preview route for one document's draft in one locale, with a fresh token. */
export function sitePreviewUrl(collection: string, id: string | number, locale: string): string {
  const token = createPreviewToken({ collection, id: String(id) }, previewSecret())
  return `${siteUrl()}/${locale}/preview/${collection}/${id}?token=${encodeURIComponent(token)}`
}
