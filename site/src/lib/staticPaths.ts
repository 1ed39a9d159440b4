import { type LocaleCode, localeCodes } from '../../../cms/locales'
import type { ContentSlug } from '../../../shared/contentTypes'
import { documentKey } from '../../../shared/formats/documentKey'
import { contentSections, sectionSegment } from '../i18n/sections'
import { onlyDocuments, onlyLists } from './buildInput'
import { listPages } from './listPages'
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

/**
 * Route params for every page of every section's list (lib/listPages.ts) in every locale, and for the
 * search page and the site map; in a partial build, the list pages it names (onlyLists()) and the site
 * map (the search page shows no content: contentFree()).
 */
export function listPageParams(index: SiteIndex) {
  const lists = onlyLists()
  return localeCodes.flatMap((locale) => [
    ...contentSections.flatMap((section) =>
      listPages(index, section, locale)
        .filter((list) => !lists || lists.has(list.path))
        .map((list) => ({
          params: {
            locale,
            section: sectionSegment(section, locale),
            // what follows the section's own path, or nothing for its first page
            list: list.path.slice(`/${locale}/${sectionSegment(section, locale)}/`.length, -1) || undefined,
          },
          props: { section, locale, list },
        })),
    ),
    ...[...contentFree(['search' as const]), 'site-map' as const].map((section) => ({
      params: { locale, section: sectionSegment(section, locale), list: undefined },
      props: { section, locale },
    })),
  ])
}

/**
 * The params of pages that show no content, only code, translations and the site settings (not-found
 * pages, the search page, the link-preview images of the homes and sections): all of them in a full
 * build, none in a partial one, since a change of any of those means a full build.
 */
export function contentFree<T>(params: T[]): T[] {
  return onlyDocuments() ? [] : params
}

/** Route params for per-locale pages (home, 404). */
export function localeParams() {
  return localeCodes.map((locale) => ({ params: { locale }, props: { locale } }))
}
