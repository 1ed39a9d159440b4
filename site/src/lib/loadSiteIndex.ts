import { getCollection } from 'astro:content'
import type {
  ContentSnapshot,
  SiteSettingsDocument,
  SnapshotCollections,
} from '../../../shared/formats/contentSnapshot'
import { snapshotCollections } from '../../../shared/formats/contentSnapshot'
import { snapshotFromEnvironment } from './buildInput'
import { buildSiteIndex, type SiteIndex } from './siteIndex'

/** The content and site index of one snapshot file (or of the content layer: ''). */
let loaded: { source: string; content: Promise<ContentSnapshot>; index?: Promise<SiteIndex> } | undefined

/**
 * The published content in the snapshot's shape: the snapshot the site updater handed this build
 * (SITE_CONTENT_FILE), or, for `astro build` on its own and for the site server's draft preview, what
 * the content layer loaded from the CMS. The documents' types come from shared/contentTypes: the CMS
 * validated them before publishing. Kept until the snapshot file changes, which happens only in the
 * kept renderer (integrations/keptRenderer.ts), once per site update.
 */
export function loadContent(): Promise<ContentSnapshot> {
  const source = process.env.SITE_CONTENT_FILE ?? ''
  if (loaded?.source !== source) loaded = { source, content: readContent() }
  return loaded.content
}

function readContent(): Promise<ContentSnapshot> {
  const snapshot = snapshotFromEnvironment()
  if (snapshot) return Promise.resolve(snapshot)
  return (async () => {
    const collections = await Promise.all(
      snapshotCollections.map(async (name) => [name, (await entriesOf(name)).map((entry) => entry.data)] as const),
    )
    const [settings] = await entriesOf('site-settings')
    return {
      collections: Object.fromEntries(collections) as unknown as SnapshotCollections,
      settings: (settings?.data as SiteSettingsDocument | undefined) ?? null,
    }
  })()
}

/**
 * A collection's entries. Typed here rather than by the types Astro generates from content.config.ts:
 * a build handed a snapshot defines no collections, and those types then name none (the entries are
 * the CMS's documents, typed by shared/contentTypes, either way).
 */
const entriesOf = getCollection as unknown as (collection: string) => Promise<{ data: unknown }[]>

/** The site index of the published content, built once per snapshot. */
export function loadSiteIndex(): Promise<SiteIndex> {
  const content = loadContent()
  const current = loaded as NonNullable<typeof loaded>
  current.index ??= content.then((c) => buildSiteIndex(c))
  return current.index
}
