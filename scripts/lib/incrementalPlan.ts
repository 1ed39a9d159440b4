import { localeCodes } from '../../cms/locales'
import { type ContentSlug, contentSlugs, typeReferences } from '../../shared/contentTypes'
import type { ContentSnapshot } from '../../shared/formats/contentSnapshot'
import { type DocumentKey, documentKey, parseDocumentKey } from '../../shared/formats/documentKey'
import { listPages } from '../../site/src/lib/listPages'
import {
  buildSiteIndex,
  type DocEntry,
  type MissingReference,
  referencedIds,
  type SiteIndex,
} from '../../site/src/lib/siteIndex'

/**
 * Incremental site updates: which document pages a content change makes stale. A page shows its own
 * document and the documents one reference away, in either direction (a project page names its
 * partners; an organisation page lists the projects naming it; both link by title and path). So a
 * changed document's own pages and its neighbours' pages, before and after the change, are rendered
 * again, and the list pages of their sections (a card shows its own document's facts, and a list's
 * filters the facts of documents one reference away, such as a project's partner countries); the
 * other aggregate pages (home, sitemap, feeds, page index, site map) are rendered on every update.
 * Nothing else on the site can show the change.
 */

/** What an incremental update renders, or why it cannot be one. */
export type IncrementalPlan =
  | { full: string }
  | {
      full?: undefined
      /** Documents whose pages change. */
      changed: DocumentKey[]
      /** Documents whose pages are rendered again: the changed ones that remain, and their neighbours. */
      render: DocumentKey[]
      /** Sections whose list pages are rendered again: those of every document rendered or gone. */
      lists: ContentSlug[]
      /** Paths of the previous build's pages that are rendered again or gone: cleared first. */
      clear: string[]
      /** The new content's references to unpublished documents (for the build log; the pages leave them out). */
      missingReferences: MissingReference[]
    }

/**
 * When a change touches more than this share of a site's documents (and at least `minimum` of them), a
 * full build costs about the same and brings the search index up to date at once.
 */
const FULL_BUILD = { share: 0.5, minimum: 200 }

/** Compares the content of the live build with the new content and plans the update. */
export function planIncremental(
  before: ContentSnapshot,
  after: ContentSnapshot,
  fullBuild = FULL_BUILD,
): IncrementalPlan {
  if (stableJson(before.settings) !== stableJson(after.settings)) return { full: 'the site settings changed' }
  const old = buildSiteIndex(before)
  const now = buildSiteIndex(after)

  const changed = new Set<DocumentKey>()
  const keys = new Set([...old.entries, ...now.entries].map((e) => documentKey(e.section, e.id)))
  for (const key of keys) {
    const [a, b] = [entryOf(old, key), entryOf(now, key)]
    if (!a || !b || stableJson(a.doc) !== stableJson(b.doc) || stableJson(a.variants) !== stableJson(b.variants)) {
      changed.add(key)
    }
  }
  const media = changedIds(before.collections.media, after.collections.media)

  const render = new Set<DocumentKey>()
  for (const index of [old, now]) {
    for (const key of changed) {
      const entry = entryOf(index, key)
      if (!entry) continue
      render.add(key)
      for (const neighbour of neighbours(index, entry)) render.add(documentKey(neighbour.section, neighbour.id))
    }
    for (const entry of index.entries) {
      if (mediaOf(entry).some((id) => media.has(id))) render.add(documentKey(entry.section, entry.id))
    }
  }
  const remaining = [...render].filter((key) => entryOf(now, key))
  if (remaining.length > fullBuild.share * now.entries.length && remaining.length >= fullBuild.minimum) {
    return { full: `${remaining.length} of ${now.entries.length} documents' pages change` }
  }
  const lists = contentSlugs.filter((section) => [...render].some((key) => parseDocumentKey(key)[0] === section))
  const clear = [
    ...[...render].flatMap((key) => {
      const entry = entryOf(old, key)
      return entry ? Object.values(entry.variants).map((v) => v.path) : []
    }),
    // a list may lose pages (or a filter value) with the change: the old ones go, the new ones come
    ...lists.flatMap((section) => localeCodes.flatMap((locale) => listPages(old, section, locale).map((p) => p.path))),
  ]
  return { changed: [...changed], render: remaining, lists, clear, missingReferences: now.missingReferences }
}

/** Documents one reference away from `entry`, in either direction. */
function neighbours(index: SiteIndex, entry: DocEntry): DocEntry[] {
  const referenced = typeReferences(entry.section).flatMap(([field, target]) =>
    target === 'media' ? [] : referencedIds(entry.doc, field).flatMap(({ id }) => index.get(target, id) ?? []),
  )
  const referencing = contentSlugs.flatMap((section) =>
    typeReferences(section)
      .filter(([, target]) => target === entry.section)
      .flatMap(([field]) => index.referencing(section, field, entry)),
  )
  return [...referenced, ...referencing]
}

/** Ids of the media (images, attachments) `entry` shows. */
function mediaOf(entry: DocEntry): string[] {
  return typeReferences(entry.section)
    .filter(([, target]) => target === 'media')
    .flatMap(([field]) => referencedIds(entry.doc, field).map((r) => r.id))
}

function entryOf(index: SiteIndex, key: DocumentKey): DocEntry | undefined {
  return index.get(...parseDocumentKey(key))
}

/** Ids of documents added, removed or changed between two lists. */
function changedIds(before: { id: unknown }[], after: { id: unknown }[]): Set<string> {
  const old = new Map(before.map((d) => [String(d.id), stableJson(d)]))
  const now = new Map(after.map((d) => [String(d.id), stableJson(d)]))
  return new Set([...old.keys(), ...now.keys()].filter((id) => old.get(id) !== now.get(id)))
}

/** JSON with object keys sorted, so equal content compares equal whatever order the CMS sent. */
export function stableJson(value: unknown): string {
  return JSON.stringify(value, (_key, v) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  )
}
