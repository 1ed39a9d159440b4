import type { Loader } from 'astro/loaders'
import { type CmsDoc, fetchCollection, fetchGlobal } from '../../../shared/cmsClient'
import type { SnapshotCollection } from '../../../shared/formats/contentSnapshot'
import { snapshotFromEnvironment } from './buildInput'

/**
 * An Astro content-layer loader for one CMS collection. It reads the content snapshot the site updater
 * wrote (SITE_CONTENT_FILE, see shared/formats/contentSnapshot.ts) or, when run on its own
 * (`astro build`), the CMS itself. A CMS that cannot be read stops the build with the reason.
 *
 * The store is cleared and refilled on every load: a document unpublished since the last build must
 * drop out, and the snapshot, not Astro's data store, is what incremental builds compare (the digest
 * only tells Astro an entry's data changed).
 */
export function cmsLoader(collection: SnapshotCollection): Loader {
  return {
    name: `cms:${collection}`,
    async load({ store, generateDigest, logger }) {
      const snapshot = snapshotFromEnvironment()
      const docs = snapshot ? (snapshot.collections[collection] as CmsDoc[]) : await fetchCollection(collection)
      store.clear()
      for (const doc of docs) store.set({ id: String(doc.id), data: doc, digest: generateDigest(doc) })
      logger.info(`${docs.length} published documents from ${collection}`)
    },
  }
}

/** The loader of the site-settings global: one entry, id "site-settings". */
export function settingsLoader(): Loader {
  return {
    name: 'cms:site-settings',
    async load({ store, generateDigest, logger }) {
      const snapshot = snapshotFromEnvironment()
      const settings = { ...(snapshot ? snapshot.settings : await fetchGlobal('site-settings')), id: 'site-settings' }
      store.clear()
      store.set({ id: settings.id, data: settings, digest: generateDigest(settings) })
      logger.info('the site settings')
    },
  }
}
