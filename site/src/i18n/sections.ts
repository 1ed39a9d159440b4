import type { LocaleCode } from '../../../cms/locales'
import { type ContentSlug, contentSlugs, contentType } from '../../../shared/contentTypes'

/**
 * The site's sections: one per content type, named by its slug (shared/contentTypes), plus search.
 * A section's path segment per locale comes from its content type.
 */
export type Section = ContentSlug | 'search'

/** The content sections in navigation order. */
export const contentSections: ContentSlug[] = contentSlugs

/** The search page's path segment per locale. */
const searchSegments: Record<LocaleCode, string> = { pl: 'szukaj', it: 'cerca', lt: 'paieska', en: 'search' }

/** A section's path segment in a locale: "klastry" for clusters in Polish. */
export function sectionSegment(section: Section, locale: LocaleCode): string {
  return section === 'search' ? searchSegments[locale] : contentType(section).pathSegments[locale]
}

/** Every section, search last. */
export const sections: Section[] = [...contentSections, 'search']
