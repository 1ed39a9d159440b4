import { type ContentSection, contentSections, sectionCollections } from '../i18n/sections'
import { buildInput } from './buildInput'
import { type CmsDoc, fetchChanged, fetchCollection, fetchGlobal, fetchVersions } from './cmsClient'
import type { RawContent } from './siteIndex'

/**
 * Everything a build renders from, as one JSON file: every published document of every collection the
 * site reads, all locales, and the site-settings global. The site updater writes it before each build
 * (SITE_CONTENT_FILE), the content loaders read it instead of the CMS, and every build keeps a copy:
 * the next update asks the CMS only for what changed since, and compares the two to find the pages
 * to render again. A full build and an incremental one render from the same file, so they agree.
 */
export interface ContentSnapshot {
  collections: Record<SnapshotCollection, CmsDoc[]>
  settings: CmsDoc | null
}

/** The CMS collections the site reads. */
export const snapshotCollections = [...Object.values(sectionCollections), 'media'] as const
export type SnapshotCollection = (typeof snapshotCollections)[number]

/** What a sync read: the snapshot, and how many documents had to be fetched in full. */
export interface SyncResult {
  snapshot: ContentSnapshot
  fetched: number
}

/**
 * Reads the published content from the CMS at `base`. Given the previous build's snapshot, it lists each
 * collection's ids and update times (one light request per collection), keeps the documents that did
 * not change, and fetches only the new and changed ones; deleted and unpublished documents drop out
 * because the listing no longer has them. Without one, it reads everything.
 */
export async function syncContent(base: string, previous?: ContentSnapshot | null): Promise<SyncResult> {
  let fetched = 0
  const collections = {} as Record<SnapshotCollection, CmsDoc[]>
  // one Promise.all, so a CMS that is down fails the sync once, with nothing left unhandled
  const [settings] = await Promise.all([
    fetchGlobal('site-settings', base),
    ...snapshotCollections.map(async (collection) => {
      if (!previous) {
        collections[collection] = await fetchCollection(collection, base)
        fetched += collections[collection].length
        return
      }
      const known = new Map(previous.collections[collection].map((d) => [String(d.id), d]))
      const listing = await fetchVersions(collection, base)
      const stale = listing.filter((l) => known.get(String(l.id))?.updatedAt !== l.updatedAt).map((l) => String(l.id))
      const fresh = new Map((await fetchChanged(collection, stale, base)).map((d) => [String(d.id), d]))
      fetched += fresh.size
      const staleIds = new Set(stale)
      // in the listing's order (by id, as a full read has it); a document unpublished between the
      // listing and the fetch is simply left out
      collections[collection] = listing.flatMap((l) => {
        const doc = staleIds.has(String(l.id)) ? fresh.get(String(l.id)) : known.get(String(l.id))
        return doc ? [doc] : []
      })
    }),
  ])
  // in a fixed order, whichever request finished first: equal content gives an equal file
  const ordered = Object.fromEntries(snapshotCollections.map((c) => [c, collections[c]])) as typeof collections
  return { snapshot: { collections: ordered, settings: { ...settings, id: 'site-settings' } }, fetched }
}

/** The snapshot a build was told to render from (SITE_CONTENT_FILE), or null when it reads the CMS. */
export function snapshotFromEnvironment(): ContentSnapshot | null {
  return buildInput<ContentSnapshot>('SITE_CONTENT_FILE')
}

/** The snapshot as the site index takes it: documents per section. */
export function rawContentOf(snapshot: ContentSnapshot): RawContent {
  const bySection = Object.fromEntries(
    contentSections.map((section) => [section, snapshot.collections[sectionCollections[section]]]),
  ) as Record<ContentSection, CmsDoc[]>
  return { ...bySection, media: snapshot.collections.media, settings: snapshot.settings }
}
