import type { SiteSetting } from '../../cms/payload-types'
import { type ContentDocument, type ContentSlug, contentSlugs, type MediaDocument } from '../contentTypes'
import type { Localized, Shallow } from '../localized'

/**
 * Everything a build renders from, as one JSON file: every published document of every collection the
 * site reads, all locales, and the site-settings global. The site updater writes it before each build
 * (SITE_CONTENT_FILE, scripts/lib/contentSync.ts), the content loaders read it instead of the CMS, and
 * every build keeps a copy: the next update asks the CMS only for what changed since, and compares the
 * two to find the pages to render again. A full build and an incremental one render from the same
 * file, so they agree.
 */
export interface ContentSnapshot {
  collections: SnapshotCollections
  settings: SiteSettingsDocument | null
}

/** The published documents per collection: every content type, and media. */
export type SnapshotCollections = { [Slug in ContentSlug]: ContentDocument<Slug>[] } & { media: MediaDocument[] }

/** A collection the snapshot holds. */
export type SnapshotCollection = keyof SnapshotCollections

/** The CMS collections the site reads, in the snapshot file's order. */
export const snapshotCollections: SnapshotCollection[] = [...contentSlugs, 'media']

/** The site-settings global in all locales; the site gives it the id "site-settings". */
export type SiteSettingsDocument = Omit<
  Localized<Shallow<SiteSetting>, 'siteName' | 'tagline' | 'contact.address' | 'socialLinks.label'>,
  'id'
> & { id: string }

/** A snapshot with nothing published (tests start from it). */
export function emptySnapshot(): ContentSnapshot {
  const collections = Object.fromEntries(snapshotCollections.map((c) => [c, []])) as unknown as SnapshotCollections
  return { collections, settings: null }
}
