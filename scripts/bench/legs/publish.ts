/**
 * Leg 5: publish to live along the site updater's path: a full build, an update with nothing
 * published since, then one renamed cluster (rendered incrementally), then the search index catching up.
 */
import { mkdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { fetchWithRetry } from '../../../shared/cmsClient'
import { buildSite, refreshSearchIndex } from '../../lib/siteBuild'
import { imageCacheUse, imageStepSeconds } from '../astroImages'
import type { BenchReport } from '../benchReport'
import { editorToken } from '../cmsServer'
import { htmlFiles, secondsSince } from '../measure'

/** Builds into `liveDir` (its own builds/ and dist link) from the CMS at env.CMS_URL. */
export async function publishLeg(
  env: NodeJS.ProcessEnv & { CMS_URL: string },
  liveDir: string,
): Promise<BenchReport['publishToLive']> {
  const cmsUrl = env.CMS_URL
  mkdirSync(liveDir, { recursive: true })
  let started = performance.now()
  const full = await buildSite(env, { quiet: true, liveDir, full: true })
  if (!full.ok) throw new Error(`site build failed:\n${full.output}`)
  const fullSeconds = secondsSince(started)
  started = performance.now()
  const idle = await buildSite(env, { quiet: true, liveDir })
  const idleSeconds = secondsSince(started)
  const { docs } = (await (await fetchWithRetry(`${cmsUrl}/api/clusters?limit=1&depth=0`)).json()) as {
    docs: { id: number }[]
  }
  const login = await editorToken(cmsUrl)
  started = performance.now()
  await fetchWithRetry(`${cmsUrl}/api/clusters/${docs[0].id}?locale=en`, {
    method: 'PATCH',
    headers: { 'Content-Type': 'application/json', Authorization: `JWT ${login}` },
    body: JSON.stringify({ name: 'Benchmark rename', _status: 'published' }),
  })
  const update = await buildSite(env, { quiet: true, liveDir })
  if (!update.ok) throw new Error(`site update failed:\n${update.output}`)
  const publishSeconds = secondsSince(started)
  const live = htmlFiles(path.join(liveDir, 'dist/client/en/clusters')).some((f) =>
    readFileSync(f, 'utf8').includes('<h1>Benchmark rename</h1>'),
  )
  started = performance.now()
  const searchRefresh = await refreshSearchIndex({ liveDir })
  return {
    seconds: publishSeconds,
    kind: update.kind,
    renderedDocuments: update.renderedDocuments ?? 0,
    changedPageLive: live,
    searchRefreshSeconds: searchRefresh.refreshed ? secondsSince(started) : null,
    fullRebuildSeconds: fullSeconds,
    // the same images again, now from Astro's image cache: unchanged images are not encoded twice
    fullRebuildImagesSeconds: imageStepSeconds(full.output),
    fullRebuildImages: imageCacheUse(full.output),
    rebuildUnchangedSeconds: idleSeconds,
    unchangedKind: idle.kind,
    strategy:
      'incremental: changed documents and their neighbours rendered by a partial Astro build, merged into a hard-linked copy of the live build, atomic switch; search index refreshed after',
  }
}
