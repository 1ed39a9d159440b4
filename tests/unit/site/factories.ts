import type { LocaleCode } from '../../../cms/locales'
import type { LocaleMap } from '../../../site/src/i18n/fallback'
import type { CmsDoc } from '../../../site/src/lib/cmsClient'
import { buildSiteIndex, type DocEntry, type RawContent } from '../../../site/src/lib/siteIndex'

/** Small factories for the raw CMS JSON the site is built from (localized fields as {pl, it, lt, en} maps). */

/** A plain ASCII slug of a title, good enough for test data. */
export function slugOf(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
}

/** One raw document: its title field in the given locales, a slug per titled locale, and a source locale. */
export function cmsDoc(
  id: number,
  titleField: 'name' | 'title',
  titles: LocaleMap,
  extra: Partial<CmsDoc> & { sourceLocale?: LocaleCode } = {},
): CmsDoc {
  const slug = Object.fromEntries(Object.entries(titles).flatMap(([l, t]) => (t ? [[l, slugOf(t)]] : [])))
  return { id, [titleField]: titles, slug, sourceLocale: 'pl', ...extra }
}

type Extra = Partial<CmsDoc> & { sourceLocale?: LocaleCode }
export const organization = (id: number, names: LocaleMap, extra: Extra = {}) => cmsDoc(id, 'name', names, extra)
export const cluster = (id: number, names: LocaleMap, extra: Extra = {}) => cmsDoc(id, 'name', names, extra)
export const project = (id: number, titles: LocaleMap, extra: Extra = {}) => cmsDoc(id, 'title', titles, extra)
export const route = (id: number, names: LocaleMap, extra: Extra = {}) => cmsDoc(id, 'name', names, extra)
export const policy = (id: number, titles: LocaleMap, extra: Extra = {}) => cmsDoc(id, 'title', titles, extra)
export const event = (id: number, titles: LocaleMap, extra: Extra = {}) => cmsDoc(id, 'title', titles, extra)

/** Raw content with every collection empty unless given. */
export function rawContent(parts: Partial<RawContent> = {}): RawContent {
  return {
    organizations: [],
    clusters: [],
    projects: [],
    routes: [],
    policies: [],
    events: [],
    media: [],
    settings: null,
    ...parts,
  }
}

/** The index entry of a single document built on its own (its references lead nowhere). */
export function entryOf(section: DocEntry['section'], doc: CmsDoc): DocEntry {
  const index = buildSiteIndex(rawContent({ [section]: [doc] }))
  const entry = index.get(section, doc.id)
  if (!entry) throw new Error(`no entry for ${section} ${doc.id}`)
  return entry
}
