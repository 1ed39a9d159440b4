import type { Loader } from 'astro/loaders'
import { fetchCollection, fetchGlobal } from '../../../shared/cmsClient'
import type { SnapshotCollection } from '../../../shared/formats/contentSnapshot'

/**
 * An Astro content-layer loader for one CMS collection, for an `astro build` run on its own and the
 * development server: it reads the CMS itself. A CMS that cannot be read stops the build with the
 * reason. The store is cleared and refilled on every load, so a document unpublished since the last
 * build drops out.
 *
 * A build the site updater runs is handed a content snapshot (SITE_CONTENT_FILE, see
 * shared/formats/contentSnapshot.ts) and defines no collections (content.config.ts): the pages read
 * the snapshot itself (lib/loadSiteIndex.ts), and so does the site server's draft preview, from the
 * build's own copy (scripts/lib/siteServer.ts). Filled, the store was a second copy of all content,
 * serialized by Astro and read back by the bundle: at 1,000 documents 42–74 MB of a full build's peak
 * memory.
 */
export function cmsLoader(collection: SnapshotCollection): Loader {
  return {
    name: `cms:${collection}`,
    async load({ store, generateDigest, logger }) {
      store.clear()
      const docs = await fetchCollection(collection)
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
      store.clear()
      const settings = { ...(await fetchGlobal('site-settings')), id: 'site-settings' }
      store.set({ id: settings.id, data: settings, digest: generateDigest(settings) })
      logger.info('the site settings')
    },
  }
}
