import type { Payload } from 'payload'
import { requeueFailedSince } from './interruptedUpdates'
import { buildSite, refreshSearchIndex, type SiteBuildResult } from './siteBuild'
import { updatesWithStatus } from './siteUpdateRecords'

/** How often the updater looks for queued site updates. */
const POLL_MS = 500
/** How much of a build's output is kept on its site-update record. */
const LOG_TAIL = 4000

/** Builds the site; `full` asks for every page rather than only those the changes touch. */
export type SiteBuilder = (env: NodeJS.ProcessEnv, options: { full: boolean }) => Promise<SiteBuildResult>
/**
 * Brings the live site's search up to date, one step per call (siteBuild/searchRefresh.ts); aborted
 * when an update is waiting. `more`: another step is due once nothing waits.
 */
export type SearchRefresher = (signal: AbortSignal) => Promise<{ refreshed: boolean; more?: boolean }>

/**
 * Keeps the static site in step with the CMS: takes every queued site update at once (a burst of
 * publishes becomes one build), builds the site (staged; swapped in only when complete), and records
 * the result on those updates for the admin. One loop, so builds never run concurrently.
 *
 * Incremental updates carry the previous search index over; when no update is waiting the loop
 * indexes the changed pages into the search overlay (seconds), then, still idle, the whole site
 * again, and swaps that in too. A publish arriving meanwhile stops the re-indexing and goes first, so
 * the search index never delays a page.
 */
export function startSiteUpdater(
  payload: Payload,
  env: NodeJS.ProcessEnv,
  {
    build = (e, options) => buildSite(e, { quiet: true, keepRenderer: true, ...options }),
    refreshSearch = (signal) => refreshSearchIndex({ signal }),
    onPublished = async () => {},
  }: { build?: SiteBuilder; refreshSearch?: SearchRefresher; onPublished?: () => Promise<void> } = {},
): SiteUpdater {
  let stopped = false
  // the live build's search may be behind when the updater starts (the process ended between an update
  // and its search refresh): looked at in the first idle pass, which finds nothing to do otherwise
  let searchPending = true
  let failedSince: Date | undefined
  const loop = (async () => {
    while (!stopped) {
      try {
        // between two passes, so an update that was running when the CMS went down has finished
        if (failedSince) {
          const since = failedSince
          failedSince = undefined
          await requeueFailedSince(payload, since)
        }
        const outcome = await runQueuedUpdate(payload, env, build)
        if (outcome.state === 'published') {
          await onPublished()
          searchPending ||= outcome.searchPending
        } else if (outcome.state === 'idle' && searchPending) {
          const search = await refreshWhileIdle(payload, refreshSearch)
          if (search.refreshed) await onPublished()
          // an aborted refresh is tried again once the waiting update is done, and so is the next step
          // of a finished one; one that found nothing to do (after a full build) is not
          if (!search.aborted) searchPending = search.more
        }
      } catch (error) {
        console.error('The site updater hit an error and carries on:', error)
      }
      await new Promise((r) => setTimeout(r, POLL_MS))
    }
  })()
  return {
    async stop() {
      stopped = true
      await loop
    },
    buildAgainFailedSince(since) {
      failedSince = failedSince && failedSince < since ? failedSince : since
    },
  }
}

/** The running site updater. */
export interface SiteUpdater {
  /** Stops the loop after the step in progress, if any. */
  stop(): Promise<void>
  /** Queues again, before the next pass, the updates that failed since then (the CMS was down). */
  buildAgainFailedSince(since: Date): void
}

/** Runs the search refresh, aborting it as soon as a site update is queued. */
async function refreshWhileIdle(
  payload: Payload,
  refreshSearch: SearchRefresher,
): Promise<{ refreshed: boolean; aborted: boolean; more: boolean }> {
  const abort = new AbortController()
  const watch = setInterval(() => {
    void payload
      .count({ collection: 'site-updates', where: { status: { equals: 'queued' } }, overrideAccess: true })
      .then(({ totalDocs }) => totalDocs > 0 && abort.abort())
      .catch(() => {})
  }, POLL_MS)
  try {
    const result = await refreshSearch(abort.signal)
    if (abort.signal.aborted) return { refreshed: false, aborted: true, more: true }
    if (result.refreshed) console.log('Search index refreshed.')
    return { refreshed: result.refreshed, aborted: false, more: result.more === true }
  } finally {
    clearInterval(watch)
  }
}

/** What one pass of the updater did. */
export type UpdateOutcome =
  | { state: 'idle' | 'failed'; searchPending?: undefined }
  | { state: 'published'; searchPending: boolean }

/** Runs one build for everything queued now, and says how it went. */
export async function runQueuedUpdate(
  payload: Payload,
  env: NodeJS.ProcessEnv,
  build: SiteBuilder,
): Promise<UpdateOutcome> {
  const docs = await updatesWithStatus(payload, 'queued')
  if (docs.length === 0) return { state: 'idle' }
  const ids = docs.map((d) => d.id)
  const startedAt = new Date()
  await payload.update({
    collection: 'site-updates',
    where: { id: { in: ids } },
    data: { status: 'running', startedAt: startedAt.toISOString() },
    overrideAccess: true,
  })
  const result = await build(env, { full: docs.some((d) => d.fullRebuild) })
  const finishedAt = new Date()
  await payload.update({
    collection: 'site-updates',
    where: { id: { in: ids } },
    data: {
      status: result.ok ? 'succeeded' : 'failed',
      kind: result.ok ? result.kind : undefined,
      finishedAt: finishedAt.toISOString(),
      durationMs: finishedAt.getTime() - startedAt.getTime(),
      log: result.output.slice(-LOG_TAIL),
    },
    overrideAccess: true,
  })
  const how = result.ok ? `${result.kind ?? ''} update published` : 'update FAILED (the live site is unchanged)'
  const line = `Site ${how} in ${finishedAt.getTime() - startedAt.getTime()} ms: ${docs.map((d) => d.reasons).join('; ')}`
  ;(result.ok ? console.log : console.error)(line)
  return result.ok ? { state: 'published', searchPending: result.searchPending === true } : { state: 'failed' }
}
