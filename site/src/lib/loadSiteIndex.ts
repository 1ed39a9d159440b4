import { getCollection } from 'astro:content'
import type {
  ContentSnapshot,
  SiteSettingsDocument,
  SnapshotCollections,
} from '../../../shared/formats/contentSnapshot'
import { snapshotCollections } from '../../../shared/formats/contentSnapshot'
import { buildSiteIndex, type SiteIndex } from './siteIndex'

let cached: Promise<SiteIndex> | undefined
let content: Promise<ContentSnapshot> | undefined

/**
 * The published content as the content layer loaded it from the CMS, in the snapshot's shape. The
 * documents' types come from shared/contentTypes: the CMS validated them before publishing.
 */
export function loadContent(): Promise<ContentSnapshot> {
  content ??= (async () => {
    const loaded = await Promise.all(
      snapshotCollections.map(async (name) => [name, (await getCollection(name)).map((entry) => entry.data)] as const),
    )
    const [settings] = await getCollection('site-settings')
    return {
      collections: Object.fromEntries(loaded) as unknown as SnapshotCollections,
      settings: (settings?.data as SiteSettingsDocument | undefined) ?? null,
    }
  })()
  return content
}

/** The site index, built once per build from the published content. */
export function loadSiteIndex(): Promise<SiteIndex> {
  cached ??= loadContent().then((loaded) => buildSiteIndex(loaded))
  return cached
}
