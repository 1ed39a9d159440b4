import { type CmsDoc, fetchChanged, fetchCollection, fetchGlobal, fetchVersions } from '../../shared/cmsClient'
import {
  type ContentSnapshot,
  type SiteSettingsDocument,
  type SnapshotCollection,
  type SnapshotCollections,
  snapshotCollections,
} from '../../shared/formats/contentSnapshot'

/** What a sync read: the snapshot, and how many documents had to be fetched in full. */
export interface SyncResult {
  snapshot: ContentSnapshot
  fetched: number
}

/**
 * Reads the published content from the CMS at `base`. Given the previous build's snapshot, it lists
 * each collection's ids and update times (one light request per collection,
 * cms/api/publishedVersions.ts), keeps the documents that did not change, and fetches only the new and
 * changed ones; deleted and unpublished documents drop out because the listing no longer has them.
 * Without one, it reads everything.
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
      // a collection the previous build did not know yet (a content type added since) is read in full
      const known = new Map<string, CmsDoc>(
        ((previous.collections[collection] ?? []) as CmsDoc[]).map((d) => [String(d.id), d]),
      )
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
  // the CMS validated these documents; payload-types.ts (through shared/contentTypes) describes them
  const ordered = Object.fromEntries(
    snapshotCollections.map((c) => [c, collections[c]]),
  ) as unknown as SnapshotCollections
  const siteSettings = { ...settings, id: 'site-settings' } as unknown as SiteSettingsDocument
  return { snapshot: { collections: ordered, settings: siteSettings }, fetched }
}
