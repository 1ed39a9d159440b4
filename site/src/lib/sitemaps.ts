import type { ContentSlug } from '../../../shared/contentTypes'
import { contentSections } from '../i18n/sections'

/**
 * The site's sitemap, in parts under one index (/sitemap.xml): the pages that gather content (homes,
 * lists and their filters, search, site map), then one part per section's documents. A site update
 * renders again only the parts of the sections it touches; a single file would be rendered whole on
 * every publish (0.15 s at 4,474 pages, growing with the site).
 */
export type SitemapPart = 'pages' | ContentSlug

export const sitemapParts: SitemapPart[] = ['pages', ...contentSections]

/** A part's path: /sitemap-pages.xml, /sitemap-funding-projects.xml. */
export function sitemapPath(part: SitemapPart): string {
  return `/sitemap-${part}.xml`
}
