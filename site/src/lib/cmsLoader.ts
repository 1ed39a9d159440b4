import type { Loader } from 'astro/loaders'
import { fetchCollection, fetchGlobal } from './cmsClient'

/**
 * An Astro content-layer loader for one CMS collection (or a global). The digest lets Astro skip
 * unchanged entries on rebuilds; a CMS that cannot be read stops the build with the reason.
 */
export function cmsLoader(collection: string, kind: 'collection' | 'global' = 'collection'): Loader {
  return {
    name: `cms:${collection}`,
    async load({ store, generateDigest, logger }) {
      const docs =
        kind === 'global' ? [{ ...(await fetchGlobal(collection)), id: collection }] : await fetchCollection(collection)
      store.clear()
      for (const doc of docs) {
        store.set({ id: String(doc.id), data: doc, digest: generateDigest(doc) })
      }
      logger.info(`${docs.length} published ${kind === 'global' ? 'global' : 'documents'} from ${collection}`)
    },
  }
}
