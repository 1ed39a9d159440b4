import type { LocaleCode } from '../../../cms/locales'
import { type ContentSlug, contentSlugs, contentType } from '../../../shared/contentTypes'

/**
 * The site's sections: one per content type, named by its slug (shared/contentTypes), plus search and
 * the site map. A content section's path segment per locale comes from its content type.
 */
export type Section = ContentSlug | SitePage

/** The pages of the site that list no content type of their own. */
export type SitePage = 'search' | 'site-map'

/** The content sections in navigation order. */
export const contentSections: ContentSlug[] = contentSlugs

/** The path segment per locale of search and the site map. */
const sitePageSegments: Record<SitePage, Record<LocaleCode, string>> = {
  search: { pl: 'szukaj', it: 'cerca', lt: 'paieska', en: 'search' },
  'site-map': { pl: 'mapa-strony', it: 'mappa-del-sito', lt: 'svetaines-medis', en: 'site-map' },
}

/** A section's path segment in a locale: "klastry" for clusters in Polish. */
export function sectionSegment(section: Section, locale: LocaleCode): string {
  return section === 'search' || section === 'site-map'
    ? sitePageSegments[section][locale]
    : contentType(section).pathSegments[locale]
}

/** Every section, search and the site map last. */
export const sections: Section[] = [...contentSections, 'search', 'site-map']
