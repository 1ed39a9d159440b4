import type { ContentSlug } from '../../../shared/contentTypes'
import { contentSections } from '../i18n/sections'
import type { DocEntry, SiteIndex } from './siteIndex'

/**
 * The site's sitemap, in parts under one index (/sitemap.xml): the pages that gather content (homes,
 * lists and their filters, search, site map), then each section's documents in parts of
 * DOCUMENTS_PER_PART. A site update renders again only the parts that hold the documents it renders,
 * or whose documents changed (scripts/lib/incrementalPlan.ts): at 40,000 pages the organisations
 * filled 8 MB of sitemap, which every publish touching one wrote again.
 */
export type SitemapPart = 'pages' | `${ContentSlug}-${number}`

/**
 * Documents per part: up to 2,000 addresses with their language alternates (about 1 MB), far under the
 * protocol's 50,000 and 50 MB, and small enough to write again on a publish.
 */
export const DOCUMENTS_PER_PART = 500

/** A section's part of the sitemap and the documents it lists. */
export interface SectionPart {
  part: SitemapPart
  entries: DocEntry[]
}

/**
 * A section's parts: its documents in the site index's order (by id, as the CMS lists them, so a new
 * document joins the last part and the others stay where they were), numbered from 1. A section with
 * no documents still has its (empty) first part.
 */
export function sectionParts(index: SiteIndex, section: ContentSlug): SectionPart[] {
  const entries = index.list(section)
  const count = Math.max(1, Math.ceil(entries.length / DOCUMENTS_PER_PART))
  return Array.from({ length: count }, (_, i) => ({
    part: `${section}-${i + 1}` as SitemapPart,
    entries: entries.slice(i * DOCUMENTS_PER_PART, (i + 1) * DOCUMENTS_PER_PART),
  }))
}

/** Every part, in the index's order: the pages part, then each section's. */
export function sitemapParts(index: SiteIndex): SitemapPart[] {
  return ['pages', ...contentSections.flatMap((section) => sectionParts(index, section).map((p) => p.part))]
}

/** A part's path: /sitemap-pages.xml, /sitemap-funding-projects-2.xml. */
export function sitemapPath(part: SitemapPart): string {
  return `/sitemap-${part}.xml`
}
