/**
 * Search that finds a changed page within a second or two of its update, whatever the site's size.
 *
 * Pagefind cannot change part of an index: indexing 44,000 pages again takes 22 s on two cores, and
 * keeping them parsed in a Pagefind process to index only the changed ones holds 1.25 GB. So the full
 * index stays as it is, and the pages changed since it was made are indexed on their own into a small
 * second index, the *overlay*, which the search page merges in (Pagefind's mergeIndex). The overlay's
 * file (client/pagefind/recent.json) also names the full index's entries of those pages, which the
 * search page leaves out of its results and filter counts, so a renamed page is found by its new name
 * only. Every update adds its pages to the overlay; a full index made afterwards, while nothing waits,
 * takes them all in and drops the overlay (searchRefresh.ts).
 */
import { existsSync, linkSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import path from 'node:path'
import { replaceFile } from './linkedCopy'
import { newBuildId } from './publish'
import { type IndexedPage, readSearchBase } from './searchBase'
import { type CommandResult, pagefindIndex } from './tools'

/** The pages changed since the full index (HTML files, relative to client/), in a build's folder. */
export const SEARCH_PENDING = 'search-pending.json'

/** What the search page reads (site/public/scripts/search-index/pagefind.js), in client/pagefind. */
export const RECENT = 'recent.json'

/** client/pagefind/recent.json. */
export interface RecentPages {
  /** The overlay's Pagefind bundle (its address), or null when no changed page is searchable. */
  bundle: string | null
  /** The languages the overlay has pages in: it is merged only into a search in one of them. */
  languages: string[]
  /**
   * The full index's entries of the changed and removed pages, which searches leave out.
   * `alsoInOverlay`: the page's indexed text did not change, so the overlay has the same entry (the
   * same id), which a search keeps once.
   */
  superseded: (IndexedPage & { alsoInOverlay: boolean })[]
}

/** The changed pages the full index does not have yet. */
export function pendingPages(buildDir: string): string[] {
  const file = path.join(buildDir, SEARCH_PENDING)
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as string[]) : []
}

/**
 * Adds the HTML files an update wrote or removed (client-relative) to the pages the full index is
 * behind on. Written by rename: the build's folder may share the old file with another build.
 */
export function addPendingPages(buildDir: string, files: Iterable<string>): void {
  const pages = new Set(pendingPages(buildDir))
  for (const file of files) if (file.endsWith('.html')) pages.add(file)
  replaceFile(path.join(buildDir, SEARCH_PENDING), JSON.stringify([...pages].sort()))
}

/** A full index of the build has every page: nothing pending. */
export function clearPendingPages(buildDir: string): void {
  rmSync(path.join(buildDir, SEARCH_PENDING), { force: true })
}

/** The address Pagefind gives an HTML file of the site (`en/x/index.html` is `/en/x/`). */
export function pageUrl(file: string): string {
  return `/${file.replace(/(^|\/)index\.html$/, '$1')}`
}

/**
 * Indexes the pending pages of the build in `buildDir` into a new overlay and points the search page
 * at it. Returns false, changing nothing the search page reads, when Pagefind fails or `signal` aborts.
 */
export async function refreshOverlay(
  buildDir: string,
  env: NodeJS.ProcessEnv,
  signal?: AbortSignal,
): Promise<{ refreshed: boolean; output: string; pages: number }> {
  const base = readSearchBase(buildDir)
  if (!base) throw new Error('the build has no search-base.json: its search index needs a full refresh')
  const pending = pendingPages(buildDir)
  const client = path.join(buildDir, 'client')
  const bundles = path.join(client, 'pagefind/recent')
  const id = newBuildId()
  // the searchable pages, hard-linked in their places (Pagefind takes a page's address from its path)
  // into a folder of their own: Pagefind indexes every file of the folder it is given
  const stage = path.join(buildDir, `search-stage-${id}`)
  let indexed: CommandResult = { status: 0, output: '' }
  let staged = 0
  try {
    for (const file of pending) {
      const source = path.join(client, file)
      // a page without data-pagefind-body (a list page) is not searchable; Pagefind would index the
      // whole of such pages were none of the folder's pages marked
      if (!existsSync(source) || !readFileSync(source, 'utf8').includes('data-pagefind-body')) continue
      mkdirSync(path.dirname(path.join(stage, file)), { recursive: true })
      linkSync(source, path.join(stage, file))
      staged++
    }
    if (staged > 0) indexed = await pagefindIndex(stage, env, signal, path.join(bundles, id))
  } finally {
    rmSync(stage, { recursive: true, force: true })
  }
  if (indexed.status !== 0 || signal?.aborted) {
    rmSync(path.join(bundles, id), { recursive: true, force: true })
    return { refreshed: false, output: indexed.output, pages: 0 }
  }
  const previous = readRecent(client)
  const overlay = staged > 0 ? path.join(bundles, id) : null
  const overlayIds = new Set(
    overlay ? readdirSync(path.join(overlay, 'fragment')).map((f) => f.replace(/\.pf_fragment$/, '')) : [],
  )
  const recent: RecentPages = {
    bundle: overlay ? `/pagefind/recent/${id}/` : null,
    languages: overlay ? overlayLanguages(overlay) : [],
    superseded: pending.flatMap((file) => {
      const entry = base[pageUrl(file)]
      return entry ? [{ ...entry, alsoInOverlay: overlayIds.has(entry.id) }] : []
    }),
  }
  replaceFile(path.join(client, 'pagefind', RECENT), JSON.stringify(recent))
  // the overlay before this one stays for a search page opened before this moment; older ones go
  const keep = new Set([id, previous?.bundle?.split('/').at(-2)])
  if (existsSync(bundles)) {
    for (const old of readdirSync(bundles)) {
      if (!keep.has(old)) rmSync(path.join(bundles, old), { recursive: true, force: true })
    }
  }
  return { refreshed: true, output: indexed.output, pages: staged }
}

/** The overlay the search page is pointed at, if any. */
export function readRecent(clientDir: string): RecentPages | null {
  const file = path.join(clientDir, 'pagefind', RECENT)
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as RecentPages) : null
}

/** The languages of a Pagefind bundle, from its entry file. */
function overlayLanguages(bundleDir: string): string[] {
  const entry = JSON.parse(readFileSync(path.join(bundleDir, 'pagefind-entry.json'), 'utf8')) as {
    languages: Record<string, unknown>
  }
  return Object.keys(entry.languages).sort()
}
