import { existsSync, realpathSync } from 'node:fs'
import path from 'node:path'
import { projectRoot } from '../../../cms/paths'
import { copyWithLinks } from './linkedCopy'
import { liveBuild, writeManifest } from './liveBuild'
import { newBuildId, publish, removeInBackground } from './publish'
import { pagefindIndex } from './tools'

/**
 * Re-indexes the live site for search after incremental updates: indexes a copy of it (hard links
 * again, without the old index) and swaps that in. Returns false, changing nothing, when the live
 * build's index is current or `signal` aborts it (a newer update is waiting and goes first).
 */
export async function refreshSearchIndex({
  liveDir = path.join(projectRoot(), 'site'),
  signal,
}: {
  liveDir?: string
  signal?: AbortSignal
} = {}): Promise<{ refreshed: boolean; output: string }> {
  const live = liveBuild(liveDir)
  if (!live?.manifest || live.manifest.search === 'current') return { refreshed: false, output: '' }
  const id = newBuildId()
  const target = path.join(liveDir, 'builds', id)
  try {
    await copyWithLinks(live.dir, target)
    // set aside in builds/, not in the copy: the copy is about to be published
    removeInBackground(path.join(target, 'client/pagefind'), path.join(liveDir, 'builds'))
    const indexed = await pagefindIndex(path.join(target, 'client'), process.env, signal)
    if (indexed.status !== 0 || signal?.aborted) return { refreshed: false, output: indexed.output }
    writeManifest(target, { ...live.manifest, search: 'current' })
    publish(liveDir, id)
    return { refreshed: true, output: indexed.output }
  } finally {
    if (liveBuild(liveDir)?.dir !== realpathOrSelf(target)) removeInBackground(target)
  }
}

function realpathOrSelf(p: string): string {
  return existsSync(p) ? realpathSync(p) : p
}
