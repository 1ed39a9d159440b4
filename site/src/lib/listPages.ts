import { toSlug } from '../../../cms/lib/slug'
import type { LocaleCode } from '../../../cms/locales'
import type { ContentSlug } from '../../../shared/contentTypes'
import { collator, formatCountry, periodStatus } from '../i18n/format'
import { sectionPath } from '../i18n/paths'
import { useTranslations } from '../i18n/translations'
import { buildDate } from './buildDate'
import { field } from './doc'
import { listOrder } from './listOrder'
import { perIndex } from './perIndex'
import type { DocEntry, SiteIndex } from './siteIndex'

/** Cards per list page: four rows of six, six of four, twelve of two, and a whole screenful on a phone. */
export const LIST_PAGE_SIZE = 24

/** The path segment of page 2 onwards: /pl/projekty/strona/2/. */
const pageSegment: Record<LocaleCode, string> = { pl: 'strona', it: 'pagina', lt: 'puslapis', en: 'page' }

/** A way to narrow a list, named in the URL per locale: /pl/organizacje/kraj/litwa/. */
export type Facet = 'country' | 'kind' | 'status' | 'programme'

const facetSegments: Record<Facet, Record<LocaleCode, string>> = {
  country: { pl: 'kraj', it: 'paese', lt: 'salis', en: 'country' },
  kind: { pl: 'rodzaj', it: 'tipo', lt: 'tipas', en: 'kind' },
  status: { pl: 'status', it: 'stato', lt: 'busena', en: 'status' },
  programme: { pl: 'program', it: 'programma', lt: 'programa', en: 'programme' },
}

/** The facets each section's list can be narrowed by, in the order its filter menu shows them. */
const sectionFacets: Partial<Record<ContentSlug, Facet[]>> = {
  'funding-projects': ['programme', 'country', 'status'],
  organizations: ['country', 'kind'],
}

/**
 * A document's values for a facet, as [key, label]: the key is the same in every locale (what the
 * database stores, or for a programme its English name), the label in the reader's language.
 */
const facetValues = (entry: DocEntry, facet: Facet, index: SiteIndex, locale: LocaleCode): [string, string][] => {
  const t = (key: string) => label(locale, key)
  if (entry.section === 'organizations') {
    if (facet === 'country')
      return entry.doc.country ? [[entry.doc.country, formatCountry(entry.doc.country, locale)]] : []
    if (facet === 'kind') return (entry.doc.kinds ?? []).map((kind) => [kind, t(`kind.${kind}`)])
  }
  if (entry.section === 'funding-projects') {
    const d = entry.doc
    if (facet === 'status') {
      const status = periodStatus(d.periodStart, d.periodEnd, buildDate)
      return [[status, t(`status.${status}`)]]
    }
    if (facet === 'programme') {
      const name = field(entry, 'programme', locale)
      const key = field(entry, 'programme', 'en') ?? name
      return name && key ? [[key, name]] : []
    }
    if (facet === 'country') {
      const codes = new Set(
        (d.partners ?? []).flatMap((p) => index.get('organizations', p.organization)?.doc.country ?? []),
      )
      return [...codes].map((code) => [code, formatCountry(code, locale)])
    }
  }
  return []
}

/**
 * An interface string, looked up once per locale and key: every document's facet values name one, and
 * i18next's lookup, asked 10,000 times, took a fifth of planning an update. (Translations are code:
 * they do not change while a process runs.)
 */
const labels = new Map<string, string>()
function label(locale: LocaleCode, key: string): string {
  const id = `${locale}:${key}`
  let text = labels.get(id)
  if (text === undefined) {
    // biome-ignore lint/correctness/useHookAtTopLevel: useTranslations is i18next's lookup, not a React hook
    text = useTranslations(locale)(key)
    labels.set(id, text)
  }
  return text
}

/** One value of a facet, with what its filtered list holds. */
export interface FilterValue {
  key: string
  label: string
  /** The filtered list's first page. */
  path: string
  count: number
}

/** A facet of a section's list and its values, by label in the reader's alphabet. */
export interface FilterMenu {
  facet: Facet
  values: FilterValue[]
}

/** One page of a (possibly filtered) list. */
export interface ListPage {
  path: string
  /** The filter this list applies, if any. */
  filter?: { facet: Facet; key: string; label: string }
  /** From 1. */
  page: number
  pageCount: number
  entries: DocEntry[]
  /** The whole list's length, over every page. */
  total: number
  previousPath?: string
  nextPath?: string
  /** Every page of the same list, for the page links. */
  pagePaths: string[]
}

/** The path of a list's page: the list's own path, then /page/N/ from the second page on. */
function pagePath(listPath: string, page: number, locale: LocaleCode): string {
  return page === 1 ? listPath : `${listPath}${pageSegment[locale]}/${page}/`
}

/** The path of a filtered list's first page: /en/organisations/country/lithuania/. */
function filterPath(section: ContentSlug, facet: Facet, label: string, locale: LocaleCode): string {
  return `${sectionPath(locale, section)}${facetSegments[facet][locale]}/${toSlug(label) || 'x'}/`
}

/** Splits a list into pages. */
function paginate(
  entries: readonly DocEntry[],
  listPath: string,
  locale: LocaleCode,
  filter?: ListPage['filter'],
): ListPage[] {
  const pageCount = Math.max(1, Math.ceil(entries.length / LIST_PAGE_SIZE))
  const pagePaths = Array.from({ length: pageCount }, (_, i) => pagePath(listPath, i + 1, locale))
  return pagePaths.map((path, i) => ({
    path,
    filter,
    page: i + 1,
    pageCount,
    entries: entries.slice(i * LIST_PAGE_SIZE, (i + 1) * LIST_PAGE_SIZE),
    total: entries.length,
    previousPath: pagePaths[i - 1],
    nextPath: pagePaths[i + 1],
    pagePaths,
  }))
}

/** The filter menus of a section's list: each facet with the values its documents have. */
export function filterMenus(index: SiteIndex, section: ContentSlug, locale: LocaleCode): FilterMenu[] {
  return perIndex(index, `menus:${section}:${locale}`, () => computeFilterMenus(index, section, locale))
}

/** Each document's values for a facet, worked out once per site index and locale: menus and lists both ask. */
function facetValuesOf(
  index: SiteIndex,
  section: ContentSlug,
  facet: Facet,
  locale: LocaleCode,
): Map<DocEntry, [string, string][]> {
  return perIndex(
    index,
    `values:${section}:${facet}:${locale}`,
    () => new Map(index.list(section).map((entry) => [entry, facetValues(entry, facet, index, locale)])),
  )
}

function computeFilterMenus(index: SiteIndex, section: ContentSlug, locale: LocaleCode): FilterMenu[] {
  return (sectionFacets[section] ?? [])
    .map((facet) => {
      const values = new Map<string, FilterValue>()
      for (const documentValues of facetValuesOf(index, section, facet, locale).values()) {
        for (const [key, label] of documentValues) {
          const value = values.get(key) ?? { key, label, path: filterPath(section, facet, label, locale), count: 0 }
          value.count++
          values.set(key, value)
        }
      }
      return { facet, values: [...values.values()].sort((a, b) => collator(locale).compare(a.label, b.label)) }
    })
    .filter((menu) => menu.values.length > 0)
}

/**
 * Every page of a section's list in a locale: the whole list, then each filter's list, in pages of
 * LIST_PAGE_SIZE, in the order of listOrder().
 */
export function listPages(index: SiteIndex, section: ContentSlug, locale: LocaleCode): ListPage[] {
  return perIndex(index, `pages:${section}:${locale}`, () => computeListPages(index, section, locale))
}

function computeListPages(index: SiteIndex, section: ContentSlug, locale: LocaleCode): ListPage[] {
  const all = listOrder(index, section, locale)
  const pages = paginate(all, sectionPath(locale, section), locale)
  for (const menu of filterMenus(index, section, locale)) {
    // each document's keys once, then each value's list in the whole list's order
    const values = facetValuesOf(index, section, menu.facet, locale)
    const keys = new Map(all.map((entry) => [entry, new Set((values.get(entry) ?? []).map(([k]) => k))]))
    for (const value of menu.values) {
      const entries = all.filter((entry) => keys.get(entry)?.has(value.key))
      pages.push(...paginate(entries, value.path, locale, { facet: menu.facet, key: value.key, label: value.label }))
    }
  }
  return pages
}

/**
 * The same list page in another locale: the same filter (by its key) and page number. Every document
 * has a page in every locale, so every list has the same pages in each.
 */
export function listPageIn(pages: ListPage[], page: ListPage): ListPage | undefined {
  return pages.find(
    (p) => p.page === page.page && p.filter?.facet === page.filter?.facet && p.filter?.key === page.filter?.key,
  )
}

/**
 * The first page of a section's list filtered to one value (a project's programme, an organisation's
 * country), so a page can link its facts to everything that shares them; undefined when there is none.
 */
export function filterValuePath(
  index: SiteIndex,
  section: ContentSlug,
  facet: Facet,
  key: string,
  locale: LocaleCode,
): string | undefined {
  return filterMenus(index, section, locale)
    .find((menu) => menu.facet === facet)
    ?.values.find((value) => value.key === key)?.path
}
