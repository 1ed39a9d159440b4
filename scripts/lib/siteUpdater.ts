import type { Payload } from 'payload'
import { buildSite, type SiteBuildResult } from './siteBuild'

/** How often the updater looks for queued site updates. */
const POLL_MS = 500
/** How much of a build's output is kept on its site-update record. */
const LOG_TAIL = 4000

/**
 * Keeps the static site in step with the CMS: takes every queued site update at once (a burst of
 * publishes becomes one build), builds the site (staged; swapped in only when complete), and records
 * the result on those updates for the admin. One loop, so builds never run concurrently. Returns a
 * function that stops it after the build in progress, if any.
 */
export function startSiteUpdater(
  payload: Payload,
  env: NodeJS.ProcessEnv,
  {
    build = (e: NodeJS.ProcessEnv) => buildSite(e, { quiet: true }),
    onPublished = async () => {},
  }: { build?: (env: NodeJS.ProcessEnv) => Promise<SiteBuildResult>; onPublished?: () => Promise<void> } = {},
): () => Promise<void> {
  let stopped = false
  const loop = (async () => {
    while (!stopped) {
      try {
        if ((await runQueuedUpdate(payload, env, build)) === 'published') await onPublished()
      } catch (error) {
        console.error('The site updater hit an error and carries on:', error)
      }
      await new Promise((r) => setTimeout(r, POLL_MS))
    }
  })()
  return async () => {
    stopped = true
    await loop
  }
}

/** Runs one build for everything queued now, and says how it went. */
export async function runQueuedUpdate(
  payload: Payload,
  env: NodeJS.ProcessEnv,
  build: (env: NodeJS.ProcessEnv) => Promise<SiteBuildResult>,
): Promise<'idle' | 'published' | 'failed'> {
  const { docs } = await payload.find({
    collection: 'site-updates',
    where: { status: { equals: 'queued' } },
    pagination: false,
    depth: 0,
    overrideAccess: true,
  })
  if (docs.length === 0) return 'idle'
  const ids = docs.map((d) => d.id)
  const startedAt = new Date()
  await payload.update({
    collection: 'site-updates',
    where: { id: { in: ids } },
    data: { status: 'running', startedAt: startedAt.toISOString() },
    overrideAccess: true,
  })
  const result = await build(env)
  const finishedAt = new Date()
  await payload.update({
    collection: 'site-updates',
    where: { id: { in: ids } },
    data: {
      status: result.ok ? 'succeeded' : 'failed',
      finishedAt: finishedAt.toISOString(),
      durationMs: finishedAt.getTime() - startedAt.getTime(),
      log: result.output.slice(-LOG_TAIL),
    },
    overrideAccess: true,
  })
  const line = `Site update ${result.ok ? 'published' : 'FAILED (the live site is unchanged)'} in ${finishedAt.getTime() - startedAt.getTime()} ms: ${docs.map((d) => d.reasons).join('; ')}`
  ;(result.ok ? console.log : console.error)(line)
  return result.ok ? 'published' : 'failed'
}
