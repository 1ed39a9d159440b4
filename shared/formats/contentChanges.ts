import type { ContentSnapshot, SnapshotCollection, SnapshotCollections } from './contentSnapshot'
import { snapshotCollections } from './contentSnapshot'

type Doc = { id: string | number }

/**
 * How one content snapshot becomes the next, as the site updater sends it to the kept renderer (see
 * shared/formats/rendererMessages.ts): per collection that differs, the ids of all its documents in
 * order and those documents that are new or changed; the settings when they differ. At 40,000 pages
 * the snapshot is tens of megabytes, which the renderer would otherwise read and parse again for an
 * update that changed one document.
 */
export interface ContentChanges {
  collections: Partial<Record<SnapshotCollection, { ids: Doc['id'][]; docs: Doc[] }>>
  /** Present when the settings object differs. */
  settings?: ContentSnapshot['settings']
}

/**
 * The changes from `before` to `after`. A document counts as unchanged when it is the same object in
 * both, as the content sync keeps the documents it did not fetch again (scripts/lib/contentSync.ts);
 * an equal copy is sent, which costs bytes, never correctness.
 */
export function contentChanges(before: ContentSnapshot, after: ContentSnapshot): ContentChanges {
  const changes: ContentChanges = { collections: {} }
  for (const collection of snapshotCollections) {
    const old = (before.collections[collection] ?? []) as Doc[]
    const now = (after.collections[collection] ?? []) as Doc[]
    // (a collection that one snapshot lacks and the other has empty differs too)
    const samePresence = collection in before.collections === collection in after.collections
    if (samePresence && old.length === now.length && now.every((doc, i) => doc === old[i])) continue
    const kept = new Set(old)
    changes.collections[collection] = { ids: now.map((d) => d.id), docs: now.filter((d) => !kept.has(d)) }
  }
  if (after.settings !== before.settings) changes.settings = after.settings
  return changes
}

/**
 * `before` with `changes` applied: a new snapshot that shares the unchanged documents (and collections)
 * with `before`, which is left as it was.
 */
export function applyContentChanges(before: ContentSnapshot, changes: ContentChanges): ContentSnapshot {
  const collections = { ...before.collections } as Record<SnapshotCollection, Doc[]>
  for (const [collection, { ids, docs }] of Object.entries(changes.collections) as [
    SnapshotCollection,
    { ids: Doc['id'][]; docs: Doc[] },
  ][]) {
    const byId = new Map<string, Doc>(((before.collections[collection] ?? []) as Doc[]).map((d) => [String(d.id), d]))
    for (const doc of docs) byId.set(String(doc.id), doc)
    collections[collection] = ids.map((id) => {
      const doc = byId.get(String(id))
      if (!doc) throw new Error(`content changes name ${collection} id ${id}, which neither snapshot holds`)
      return doc
    })
  }
  return {
    collections: collections as unknown as SnapshotCollections,
    settings: 'settings' in changes ? (changes.settings ?? null) : before.settings,
  }
}
