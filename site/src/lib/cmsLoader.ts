import type { Loader } from 'astro/loaders'
import { fetchCollection, fetchGlobal } from './cmsClient'
import { type SnapshotCollection, snapshotFromEnvironment } from './contentSnapshot'

/**
 * An Astro content-layer loader for one CMS collection (or a global). It reads the content snapshot
 * the site updater wrote (SITE_CONTENT_FILE, see contentSnapshot.ts) or, when run on its own
 * (`astro build`), the CMS itself. The digest lets Astro skip unchanged entries on rebuilds; a CMS
 * that cannot be read stops the build with the reason.
 */
export function cmsLoader(collection: string, kind: 'collection' | 'global' = 'collection'): Loader {
  return {
    name: `cms:${collection}`,
    async load({ store, generateDigest, logger }) {
      const snapshot = snapshotFromEnvironment()
      const docs =
        kind === 'global'
          ? [{ ...(snapshot ? snapshot.settings : await fetchGlobal(collection)), id: collection }]
          : snapshot
            ? snapshot.collections[collection as SnapshotCollection]
            : await fetchCollection(collection)
      store.clear()
      for (const doc of docs) {
        store.set({ id: String(doc.id), data: doc, digest: generateDigest(doc) })
      }
      logger.info(`${docs.length} published ${kind === 'global' ? 'global' : 'documents'} from ${collection}`)
    },
  }
}
