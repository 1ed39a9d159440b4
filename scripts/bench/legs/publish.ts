/**
 * Leg 5: publish to live along the site updater's path: a full build, an update with nothing
 * published since, then a cluster renamed and published three times (each rendered incrementally by
 * the kept renderer), then the search index catching up.
 */
import { mkdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { Worker } from 'node:worker_threads'
import { fetchWithRetry } from '../../../shared/cmsClient'
import {
  buildSite,
  keptRendererPid,
  keptRendererReady,
  refreshSearchIndex,
  type SiteBuildResult,
} from '../../lib/siteBuild'
import { imageCacheUse, imageStepSeconds } from '../astroImages'
import type { BenchReport } from '../benchReport'
import { editorToken } from '../cmsServer'
import { htmlFiles, hundredths, secondsSince } from '../measure'

/** Publishes timed; the figure is the median one's, with all three. */
const PUBLISHES = 3

/** Builds into `liveDir` (its own builds/ and dist link) from the CMS at env.CMS_URL. */
export async function publishLeg(
  env: NodeJS.ProcessEnv & { CMS_URL: string },
  liveDir: string,
): Promise<BenchReport['publishToLive']> {
  const cmsUrl = env.CMS_URL
  mkdirSync(liveDir, { recursive: true })
  let started = performance.now()
  const full = await buildSite(env, { quiet: true, liveDir, full: true, keepRenderer: true })
  if (!full.ok) throw new Error(`site build failed:\n${full.output}`)
  const fullSeconds = secondsSince(started)
  started = performance.now()
  const idle = await buildSite(env, { quiet: true, liveDir })
  const idleSeconds = secondsSince(started)
  const { docs } = (await (await fetchWithRetry(`${cmsUrl}/api/clusters?limit=1&depth=0`)).json()) as {
    docs: { id: number }[]
  }
  const login = await editorToken(cmsUrl)
  // a long-running updater starts its kept renderer after a full build: timed on its own, and the
  // publishes below are timed against a ready one, as an editor's publish meets it
  started = performance.now()
  if (!(await keptRendererReady())) throw new Error('the kept renderer did not start after the full build')
  const rendererStartSeconds = secondsSince(started)
  const publishes: { seconds: number; updateSeconds: number; update: SiteBuildResult; live: boolean }[] = []
  const clusterPages = path.join(liveDir, 'dist/client/en/clusters')
  for (let run = 0; run < PUBLISHES; run++) {
    // the cluster's English page, found by its name now (not timed)
    const { name } = (await (
      await fetchWithRetry(`${cmsUrl}/api/clusters/${docs[0].id}?locale=en&depth=0`)
    ).json()) as {
      name: string
    }
    const page = htmlFiles(clusterPages).find((f) => readFileSync(f, 'utf8').includes(`<h1>${escapeHtml(name)}</h1>`))
    if (!page) throw new Error(`no page of ${clusterPages} shows the cluster "${name}"`)
    // a new name every time: a kept load (--data) may have been renamed by an earlier run
    const rename = `Benchmark rename ${run} ${new Date().toISOString()}`
    started = performance.now()
    const saved = await fetchWithRetry(`${cmsUrl}/api/clusters/${docs[0].id}?locale=en`, {
      method: 'PATCH',
      headers: { 'Content-Type': 'application/json', Authorization: `JWT ${login}` },
      body: JSON.stringify({ name: rename, _status: 'published' }),
    })
    if (!saved.ok) throw new Error(`the benchmark's publish was refused: ${saved.status} ${await saved.text()}`)
    const watching = watchUntilShown(page, `<h1>${rename}</h1>`, started)
    const update = await buildSite(env, { quiet: true, liveDir, keepRenderer: true })
    const updateSeconds = secondsSince(started)
    if (!update.ok) throw new Error(`site update failed:\n${update.output}`)
    const seconds = await watching.stop(updateSeconds)
    // had the page moved (a new address), it is live somewhere else: timed by the update's return then
    const live =
      seconds !== undefined ||
      htmlFiles(clusterPages).some((f) => readFileSync(f, 'utf8').includes(`<h1>${rename}</h1>`))
    publishes.push({ seconds: seconds ?? updateSeconds, updateSeconds, update, live })
  }
  const rendererRssMb = residentMb(keptRendererPid())
  const sorted = [...publishes].sort((a, b) => a.seconds - b.seconds)
  const { update } = sorted[Math.floor(PUBLISHES / 2)]
  started = performance.now()
  const searchRefresh = await refreshSearchIndex({ liveDir })
  const searchRefreshSeconds = searchRefresh.refreshed ? secondsSince(started) : null
  started = performance.now()
  const fullIndex = await refreshSearchIndex({ liveDir })
  const searchFullIndexSeconds = fullIndex.refreshed ? secondsSince(started) : null
  return {
    seconds: sorted[Math.floor(PUBLISHES / 2)].seconds,
    runs: publishes.map((p) => p.seconds),
    updateRuns: publishes.map((p) => p.updateSeconds),
    kind: update.kind,
    renderedDocuments: update.renderedDocuments ?? 0,
    renderedFiles: update.renderedFiles ?? 0,
    renderedBy: update.renderedBy,
    rendererStartSeconds,
    rendererRssMb,
    changedPageLive: publishes.every((p) => p.live),
    searchRefreshSeconds,
    searchRefreshKind: searchRefresh.kind,
    searchOverlayPages: searchRefresh.pages,
    searchFullIndexSeconds,
    fullRebuildSeconds: fullSeconds,
    // the same images again, now from Astro's image cache: unchanged images are not encoded twice
    fullRebuildImagesSeconds: imageStepSeconds(full.output),
    fullRebuildImages: imageCacheUse(full.output),
    rebuildUnchangedSeconds: idleSeconds,
    unchangedKind: idle.kind,
    strategy:
      'incremental: the pages of changed documents and their neighbours, and the list pages, feeds and sitemap parts showing them, rendered by the kept renderer (the site bundled once, after the full build), then moved into the live build in place; then the changed pages indexed into the search overlay, and the whole site indexed again after',
  }
}

/**
 * Reads the page every 10 ms from `started` on until it shows `text`: the moment the changed page
 * went live, as a reader would get it, rather than when the update finished (which then saves its
 * snapshot). It reads in a worker thread: the update's own work after the move (the snapshot) runs
 * on this thread without a pause, so a watcher here would only look once it was done. `stop()`
 * answers the seconds, or undefined when the page never showed it. A page first seen after the update
 * returned (its last step took less than one look's interval) was live by then: it counts as live
 * when the update returned.
 */
function watchUntilShown(
  page: string,
  text: string,
  started: number,
): { stop(updateSeconds: number): Promise<number | undefined> } {
  const worker = new Worker(
    `const { parentPort, workerData } = require('node:worker_threads')
    const { readFileSync } = require('node:fs')
    let stopped = false
    parentPort.on('message', () => { stopped = true })
    const look = () => {
      let shown = false
      try { shown = readFileSync(workerData.page, 'utf8').includes(workerData.text) } catch {}
      if (shown) parentPort.postMessage(performance.timeOrigin + performance.now())
      else if (stopped) parentPort.postMessage(null)
      else setTimeout(look, 10)
    }
    look()`,
    { eval: true, workerData: { page, text } },
  )
  const shownAt = new Promise<number | null>((resolve, reject) => {
    worker.once('message', resolve)
    worker.once('error', reject)
  })
  return {
    async stop(updateSeconds) {
      worker.postMessage('stop')
      const at = await shownAt
      await worker.terminate()
      if (at === null) return undefined
      return Math.min(updateSeconds, hundredths((at - (performance.timeOrigin + started)) / 1000))
    },
  }
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')
}

/** A process's resident memory in MB, from /proc (Linux), or 0 when it is not running. */
function residentMb(pid: number | undefined): number {
  if (pid === undefined) return 0
  const kb = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1]
  return Math.round(Number(kb ?? 0) / 1024)
}
