import { existsSync, realpathSync } from 'node:fs'
import path from 'node:path'
import { projectRoot } from '../../../cms/paths'
import { copyWithLinks } from './linkedCopy'
import { liveBuild, writeManifest } from './liveBuild'
import { newBuildId, publish, removeInBackground } from './publish'
import { SEARCH_BASE, writeSearchBase } from './searchBase'
import { carryOverSearchIndex } from './searchCarryOver'
import { clearPendingPages, pendingPages, refreshOverlay } from './searchOverlay'
import { pagefindIndexByLanguage } from './tools'

/** What a refresh did, and whether the search index has more to do (a full index to take in the overlay). */
export interface SearchRefresh {
  refreshed: boolean
  /** `full`: the whole site indexed again; `overlay`: only the pages changed since (searchOverlay.ts). */
  kind?: 'full' | 'overlay'
  /** Whether another refresh, once nothing waits, has work: the overlay's pages into a full index. */
  more: boolean
  /** The overlay's searchable pages. */
  pages?: number
  output: string
}

/**
 * Brings the live site's search up to date after incremental updates, in two steps, each its own call:
 * 1. the pages the updates changed into the search overlay (searchOverlay.ts): a second or two at any
 *    size, and the search finds the changes;
 * 2. then, called again while nothing waits, the whole site indexed again (22 s at 44,000 pages) in a
 *    hard-linked copy of the live build, swapped in without the overlay.
 * Returns `refreshed: false`, changing nothing, when there is nothing to do or `signal` aborts it (a
 * newer update is waiting and goes first). A build from before the overlay existed gets step 2 at once.
 */
export async function refreshSearchIndex({
  liveDir = path.join(projectRoot(), 'site'),
  signal,
}: {
  liveDir?: string
  signal?: AbortSignal
} = {}): Promise<SearchRefresh> {
  const live = liveBuild(liveDir)
  const nothing = { refreshed: false, more: false, output: '' }
  if (!live?.manifest) return nothing
  if (live.manifest.search === 'stale' && existsSync(path.join(live.dir, SEARCH_BASE))) {
    const overlay = await refreshOverlay(live.dir, process.env, signal)
    if (!overlay.refreshed) return { ...nothing, output: overlay.output }
    writeManifest(live.dir, { ...live.manifest, search: 'current' })
    return { refreshed: true, kind: 'overlay', more: true, pages: overlay.pages, output: overlay.output }
  }
  if (live.manifest.search === 'current' && pendingPages(live.dir).length === 0) return nothing
  return fullRefresh(liveDir, live, signal)
}

/** The whole live site indexed again in a hard-linked copy of it (without the old index), swapped in. */
async function fullRefresh(
  liveDir: string,
  live: NonNullable<ReturnType<typeof liveBuild>>,
  signal?: AbortSignal,
): Promise<SearchRefresh> {
  const manifest = live.manifest
  if (!manifest) return { refreshed: false, more: false, output: '' }
  const id = newBuildId()
  const target = path.join(liveDir, 'builds', id)
  try {
    await copyWithLinks(live.dir, target)
    // set aside in builds/, not in the copy: the copy is about to be published
    removeInBackground(path.join(target, 'client/pagefind'), path.join(liveDir, 'builds'))
    const indexed = await pagefindIndexByLanguage(path.join(target, 'client'), process.env, signal)
    if (indexed.status !== 0 || signal?.aborted) return { refreshed: false, more: false, output: indexed.output }
    await writeSearchBase(target)
    // after the search base, which reads every fragment: a search page open on the live site keeps working
    carryOverSearchIndex(path.join(live.dir, 'client'), path.join(target, 'client'))
    clearPendingPages(target)
    writeManifest(target, { ...manifest, search: 'current' })
    publish(liveDir, id)
    return { refreshed: true, kind: 'full', more: false, output: indexed.output }
  } finally {
    if (liveBuild(liveDir)?.dir !== realpathOrSelf(target)) removeInBackground(target)
  }
}

function realpathOrSelf(p: string): string {
  return existsSync(p) ? realpathSync(p) : p
}
