import { type LocaleCode, localeCodes } from '../../../cms/locales'
import type { ContentSlug } from '../../../shared/contentTypes'
import { documentKey } from '../../../shared/formats/documentKey'
import { sectionSegment, sections } from '../i18n/sections'
import { onlyDocuments } from './buildInput'
import type { DocEntry, SiteIndex } from './siteIndex'

/**
 * Route params and props for every document page in every locale; in a partial build (see
 * incremental.ts), for the documents it renders.
 */
export function documentPageParams(index: SiteIndex, only?: ContentSlug) {
  const partial = onlyDocuments()
  return index.entries
    .filter((entry) => !only || entry.section === only)
    .filter((entry) => !partial || partial.has(documentKey(entry.section, entry.id)))
    .flatMap((entry) =>
      localeCodes.map((locale) => ({
        params: { locale, section: sectionSegment(entry.section, locale), slug: slugOf(entry, locale) },
        props: { section: entry.section, id: entry.id, locale },
      })),
    )
}

/** The last path segment of a document's page in a locale. */
export function slugOf(entry: DocEntry, locale: LocaleCode): string {
  return entry.variants[locale].path.split('/').filter(Boolean).at(-1) as string
}

/** Route params for every section list (and the search page) in every locale. */
export function sectionPageParams() {
  return localeCodes.flatMap((locale) =>
    sections.map((section) => ({
      params: { locale, section: sectionSegment(section, locale) },
      props: { section, locale },
    })),
  )
}

/** Route params for per-locale pages (home, 404). */
export function localeParams() {
  return localeCodes.map((locale) => ({ params: { locale }, props: { locale } }))
}
