import type { LocaleCode } from '../../../cms/locales'
import { type ContentDocument, type ContentSlug, contentType, type MediaDocument } from '../../../shared/contentTypes'
import {
  type ContentSnapshot,
  emptySnapshot,
  type SiteSettingsDocument,
  type SnapshotCollections,
} from '../../../shared/formats/contentSnapshot'
import type { LocaleMap } from '../../../shared/localized'
import { buildSiteIndex, type DocEntry } from '../../../site/src/lib/siteIndex'

/**
 * Small factories for the content the site is built from, typed as the site reads it (localized
 * fields as {pl, it, lt, en} maps, references as ids). A factory fills in what every document has;
 * a test gives only the fields it is about.
 */

/** A plain ASCII slug of a title, good enough for test data. */
export function slugOf(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
}

/** The fields of a document a test may give (any of its own, and its source locale). */
export type Extra<Slug extends ContentSlug> = Partial<ContentDocument<Slug>> & { sourceLocale?: LocaleCode }

/** One document of a type: its title field in the given locales, a slug per titled locale, source locale pl. */
export function contentDoc<Slug extends ContentSlug>(
  slug: Slug,
  id: number,
  titles: LocaleMap,
  extra: Extra<Slug> = {},
): ContentDocument<Slug> {
  const slugs = Object.fromEntries(Object.entries(titles).flatMap(([l, t]) => (t ? [[l, slugOf(t)]] : [])))
  const stamp = '2026-11-21T10:00:00.000Z'
  // the fields a test leaves out are ones the page under test does not read
  return {
    id,
    [contentType(slug).titleField]: titles,
    slug: slugs,
    sourceLocale: 'pl',
    createdAt: stamp,
    updatedAt: stamp,
    ...extra,
  } as ContentDocument<Slug>
}

/** The factory of one content type: `contentDoc` with the type filled in. */
const factoryOf =
  <Slug extends ContentSlug>(slug: Slug) =>
  (id: number, titles: LocaleMap, extra: Extra<Slug> = {}) =>
    contentDoc(slug, id, titles, extra)

export const organization = factoryOf('organizations')
export const cluster = factoryOf('clusters')
export const project = factoryOf('funding-projects')
export const route = factoryOf('routes')
export const policy = factoryOf('policy-documents')
/** An event starts on a given day unless the test says otherwise: the CMS requires the date, and lists order events by it. */
export const event = (id: number, titles: LocaleMap, extra: Extra<'events'> = {}) =>
  contentDoc('events', id, titles, { startDate: '2026-06-01', ...extra })

/** A media document with only the given fields (the site reads few of them). */
export function media(id: number, extra: Partial<MediaDocument> = {}): MediaDocument {
  return { id, ...extra } as MediaDocument
}

/** Site settings with only the given fields. */
export function settings(fields: Partial<SiteSettingsDocument> = {}): SiteSettingsDocument {
  return { id: 'site-settings', ...fields } as SiteSettingsDocument
}

/** A content snapshot with every collection empty unless given, and the settings if given. */
export function snapshot(
  parts: Partial<SnapshotCollections> & { settings?: SiteSettingsDocument | null } = {},
): ContentSnapshot {
  const { settings: siteSettings = null, ...collections } = parts
  return { collections: { ...emptySnapshot().collections, ...collections }, settings: siteSettings }
}

/** The index entry of a single document built on its own (its references lead nowhere). */
export function entryOf<Slug extends ContentSlug>(section: Slug, doc: ContentDocument<Slug>): DocEntry<Slug> {
  const index = buildSiteIndex(snapshot({ [section]: [doc] }))
  const entry = index.get(section, doc.id)
  if (!entry) throw new Error(`no entry for ${section} ${doc.id}`)
  return entry
}
