import { localeCodes } from '../../cms/locales'
import { type ContentSlug, contentSlugs, typeReferences } from '../../shared/contentTypes'
import type { ContentSnapshot } from '../../shared/formats/contentSnapshot'
import { type DocumentKey, documentKey, parseDocumentKey } from '../../shared/formats/documentKey'
import { withMadeUpChange } from '../../shared/madeUpChange'
import { calendarPath } from '../../site/src/i18n/paths'
import { filterMenus, type ListPage, listPages } from '../../site/src/lib/listPages'
import {
  buildSiteIndex,
  type DocEntry,
  type MissingReference,
  type PageVariant,
  referencedIds,
  type SiteIndex,
} from '../../site/src/lib/siteIndex'
import { sectionParts, sitemapPath } from '../../site/src/lib/sitemaps'

/**
 * Incremental site updates: which document pages a content change makes stale. A page shows its own
 * document and the documents one reference away, in either direction (a project page names its
 * partners; an organisation page lists the projects naming it; both link by title and path). So a
 * changed document's own pages and its neighbours' pages, before and after the change, are rendered
 * again, and the list pages of their sections that show them or change shape (a card shows its own
 * document's facts, and a list's filters the facts of documents one reference away, such as a
 * project's partner countries), the calendar feeds when an event is among them, their sections'
 * parts of the sitemap, and its part of list pages when a list gains or loses pages; the other
 * aggregate pages (homes, the sitemap's index, page index, site map) are rendered on every update.
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
      /**
       * Paths of the section-wide pages rendered again: list pages, the calendar feeds (the events list
       * as iCalendar) and the sections' parts of the sitemap (see listPagesToRender()).
       */
      lists: string[]
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
  const old = indexOf(before)
  const now = indexOf(after)

  const changed = new Set<DocumentKey>()
  const keys = new Set([...old.entries, ...now.entries].map((e) => documentKey(e.section, e.id)))
  for (const key of keys) {
    const [a, b] = [entryOf(old, key), entryOf(now, key)]
    // a document the sync kept from the previous snapshot is the same object: only its paths can change
    const docChanged = () => a?.doc !== b?.doc && stableJson(a?.doc) !== stableJson(b?.doc)
    if (!a || !b || docChanged() || !samePages(a, b)) {
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
  const sections = contentSlugs.filter((section) => [...render].some((key) => parseDocumentKey(key)[0] === section))
  const lists = listPagesToRender(old, now, sections, render)
  const clear = [
    ...[...render].flatMap((key) => {
      const entry = entryOf(old, key)
      return entry ? Object.values(entry.variants).map((v) => v.path) : []
    }),
    // a list may lose pages (or a filter value) with the change
    ...lists.gone,
  ]
  return {
    changed: [...changed],
    render: remaining,
    lists: lists.render,
    clear,
    missingReferences: now.missingReferences,
  }
}

/**
 * The list pages of `sections` that change (lib/listPages.ts): a page whose documents, order, paging
 * or filter is not what it was; every page of a section whose filter menus changed in any locale (each
 * page shows the menu, and links to the same page in the other locales by its filter's name there); and
 * every page showing a card of a document rendered again. The rest stay as they are: at 40,000 pages a
 * section has thousands of list pages, and a rename touches a handful. Also the pages that are gone.
 */
function listPagesToRender(
  old: SiteIndex,
  now: SiteIndex,
  sections: ContentSlug[],
  render: Set<DocumentKey>,
): { render: string[]; gone: string[] } {
  // what a list page shows besides its cards' own content: its place, filter, neighbours and cards (its
  // links to every page of its list follow from its first page's path and the page count); compared
  // for every page of a touched section, so as one string rather than as JSON of the page
  const shape = (page: ListPage) =>
    [
      page.path,
      page.page,
      page.pageCount,
      page.total,
      page.filter?.facet,
      page.filter?.key,
      page.filter?.label,
      page.previousPath,
      page.nextPath,
      page.pagePaths[0],
      ...page.entries.map((e) => documentKey(e.section, e.id)),
    ].join('\n')
  const shows = (entries: DocEntry[]) => entries.some((e) => render.has(documentKey(e.section, e.id)))
  const paths = { render: [] as string[], gone: [] as string[] }
  let listsChanged = false
  for (const section of sections) {
    const menusChanged = localeCodes.some(
      (locale) => stableJson(filterMenus(old, section, locale)) !== stableJson(filterMenus(now, section, locale)),
    )
    for (const locale of localeCodes) {
      const changes = changedPages(listPages(old, section, locale), listPages(now, section, locale), {
        path: (page) => page.path,
        shape,
        render: (page) => menusChanged || shows(page.entries),
      })
      paths.render.push(...changes.render)
      paths.gone.push(...changes.gone)
      if (changes.added) listsChanged = true
    }
  }
  // the sitemap's pages part lists every list page: rendered when a list gains or loses pages (at
  // 40,000 pages it lists thousands, and working out every section's lists took 0.3 s of each update)
  if (listsChanged || paths.gone.length > 0) paths.render.push(sitemapPath('pages'))
  // the events list in iCalendar form: every event, with what it shows of its neighbours
  if (sections.includes('events')) paths.render.push(...localeCodes.map(calendarPath))
  // the parts of the sitemap that list the documents rendered again (their paths, alternates and dates),
  // or whose documents are not the ones they were (one added, one gone before them); parts gone with
  // them are removed
  for (const section of sections) {
    const changes = changedPages(sectionParts(old, section), sectionParts(now, section), {
      path: (part) => sitemapPath(part.part),
      shape: (part) => part.entries.map((e) => documentKey(e.section, e.id)).join('\n'),
      render: (part) => shows(part.entries),
    })
    paths.render.push(...changes.render)
    paths.gone.push(...changes.gone)
  }
  return paths
}

/**
 * Which of a set of pages (list pages, parts of the sitemap) to render after a change: those whose
 * shape differs from the page at the same path before, or that `render` asks for; and the paths gone.
 * `added` says whether a path is new.
 */
function changedPages<Page>(
  before: Page[],
  after: Page[],
  how: { path(page: Page): string; shape(page: Page): string; render(page: Page): boolean },
): { render: string[]; gone: string[]; added: boolean } {
  const old = new Map(before.map((page) => [how.path(page), how.shape(page)]))
  const paths = after.map(how.path)
  const kept = new Set(paths)
  return {
    render: after.filter((page, i) => old.get(paths[i]) !== how.shape(page) || how.render(page)).map(how.path),
    gone: [...old.keys()].filter((path) => !kept.has(path)),
    added: paths.some((path) => !old.has(path)),
  }
}

/**
 * A snapshot's site index, built once per snapshot object: an updater that keeps the live snapshot in
 * memory (siteBuild/index.ts) plans its next update against the index this one built, or the one its
 * full build asked for (0.3 s at 10,000 documents that the first publish after it then does not wait for).
 */
const indexes = new WeakMap<ContentSnapshot, SiteIndex>()
export function indexOf(snapshot: ContentSnapshot): SiteIndex {
  let index = indexes.get(snapshot)
  if (!index) {
    index = buildSiteIndex(snapshot)
    indexes.set(snapshot, index)
  }
  return index
}

/**
 * Works out, for the content now live, what the next update's plan compares the new content with: its
 * site index and every list's pages and filter menus in every locale (kept per index, lib/listPages.ts).
 * The first time in a process it also plans a made-up change to one document of each section and
 * throws the plan away, so the planning code is compiled before an editor's first publish waits for it.
 * (At 10,000 documents the first update's planning took 0.9–1.1 s, the next ones' 0.5–0.6 s.)
 */
export function prepareToPlan(live: ContentSnapshot): void {
  const index = indexOf(live)
  for (const section of contentSlugs) {
    for (const locale of localeCodes) {
      filterMenus(index, section, locale)
      listPages(index, section, locale)
    }
  }
  if (!rehearsed) {
    rehearsed = true
    planIncremental(live, withMadeUpChange(live, 1))
  }
}

let rehearsed = false

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

/**
 * Whether two entries give their document the same page in every locale: path, text locale and
 * translation state (a variant's fields are all plain values). Asked of every document on every
 * update, so compared field by field rather than as JSON.
 */
function samePages(a: DocEntry, b: DocEntry): boolean {
  return localeCodes.every((locale) => {
    const [x, y] = [a.variants[locale], b.variants[locale]]
    const keys = Object.keys(x) as (keyof PageVariant)[]
    return keys.length === Object.keys(y).length && keys.every((key) => x[key] === y[key])
  })
}

function entryOf(index: SiteIndex, key: DocumentKey): DocEntry | undefined {
  return index.get(...parseDocumentKey(key))
}

/** Ids of documents added, removed or changed between two lists. */
function changedIds(before: { id: unknown }[], after: { id: unknown }[]): Set<string> {
  const old = new Map(before.map((d) => [String(d.id), d]))
  const now = new Map(after.map((d) => [String(d.id), d]))
  return new Set(
    [...old.keys(), ...now.keys()].filter((id) => {
      const [a, b] = [old.get(id), now.get(id)]
      // the same object when the sync kept it from the previous snapshot
      return a !== b && stableJson(a) !== stableJson(b)
    }),
  )
}

/** JSON with object keys sorted, so equal content compares equal whatever order the CMS sent. */
export function stableJson(value: unknown): string {
  return JSON.stringify(value, (_key, v) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  )
}
