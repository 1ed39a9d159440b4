import type { ContentSlug } from '../contentTypes'

/**
 * A document's key across the boundary between the CMS and the site: "funding-projects:12". The site's
 * page-index.json is keyed by it, and an incremental build is told which documents to render by a
 * list of them (SITE_ONLY_DOCUMENTS).
 */
export type DocumentKey = `${ContentSlug}:${string}`

/** The key of a document. */
export function documentKey(slug: ContentSlug, id: string | number): DocumentKey {
  return `${slug}:${id}`
}

/** The content type and id a key names. */
export function parseDocumentKey(key: DocumentKey): [ContentSlug, string] {
  const at = key.indexOf(':')
  return [key.slice(0, at) as ContentSlug, key.slice(at + 1)]
}
