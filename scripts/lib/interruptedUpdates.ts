import type { Payload } from 'payload'
import { updatesWithStatus } from './siteUpdateRecords'

type SiteUpdate = {
  id: number | string
  reasons?: string | null
  fullRebuild?: boolean | null
  changes?: unknown
  documents?: string[] | null
}

/**
 * Site updates that a crash cut short. An update left `running` when `npm start` starts was
 * interrupted (the process that ran it was killed); one that failed while the CMS server was down
 * failed for that reason alone. Either way its changes are not live, so they are queued again.
 */

/** At start-up: marks updates left running as failed ("interrupted") and queues their changes again. */
export async function recoverInterruptedUpdates(payload: Payload): Promise<SiteUpdate[]> {
  const docs = await updatesWithStatus(payload, 'running')
  if (docs.length === 0) return []
  const finishedAt = new Date().toISOString()
  await payload.update({
    collection: 'site-updates',
    where: { id: { in: docs.map((d) => d.id) } },
    data: {
      status: 'failed',
      finishedAt,
      log: 'Interrupted: npm start stopped while this update was running (a crash or a kill). Its changes were queued again when npm start next started.',
    },
    overrideAccess: true,
  })
  await queueAgain(payload, docs, 'interrupted')
  return docs
}

/** After the CMS server came back: queues again the updates that failed since it went down. */
export async function requeueFailedSince(payload: Payload, since: Date): Promise<SiteUpdate[]> {
  const { docs } = await payload.find({
    collection: 'site-updates',
    where: { status: { equals: 'failed' }, finishedAt: { greater_than_equal: since.toISOString() } },
    pagination: false,
    depth: 0,
    overrideAccess: true,
  })
  if (docs.length > 0) await queueAgain(payload, docs, 'failed while the CMS server was down')
  return docs
}

/** One queued update that does again what `updates` meant to do (a full rebuild if any of them was). */
async function queueAgain(payload: Payload, updates: SiteUpdate[], why: string): Promise<void> {
  const reasons = updates.map((u) => `Again (update ${u.id} ${why}): ${u.reasons ?? ''}`.trim())
  await payload.create({
    collection: 'site-updates',
    data: {
      status: 'queued',
      reasons: reasons.join('\n'),
      fullRebuild: updates.some((u) => u.fullRebuild),
      changes: updates.flatMap((u) => (Array.isArray(u.changes) ? u.changes : [])),
      documents: [...new Set(updates.flatMap((u) => u.documents ?? []))],
    },
    overrideAccess: true,
  })
}
