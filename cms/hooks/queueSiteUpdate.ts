import type {
  CollectionAfterChangeHook,
  CollectionAfterDeleteHook,
  GlobalAfterChangeHook,
  PayloadRequest,
} from 'payload'
import type { AnyDocument } from '../lib/anyDocument'

/**
 * Asks for a site update: joins the request to the one already queued (so a burst of publishes makes
 * one update) or queues a new one. Runs in the request's transaction, so a failed save queues nothing.
 */
export async function queueSiteUpdate(req: PayloadRequest, reason: string): Promise<void> {
  const { docs } = await req.payload.find({
    collection: 'site-updates',
    where: { status: { equals: 'queued' } },
    limit: 1,
    sort: 'createdAt',
    overrideAccess: true,
    req,
  })
  const queued = docs[0] as { id: number | string; reasons?: string | null } | undefined
  if (queued) {
    // only while it is still queued: if the updater has just taken it, this change needs a new request.
    // The row lock (or SQLite's write lock) held until this save commits makes the updater wait for it.
    const { docs: joined } = await req.payload.update({
      collection: 'site-updates',
      where: { id: { equals: queued.id }, status: { equals: 'queued' } },
      data: { reasons: [queued.reasons, reason].filter(Boolean).join('\n') },
      overrideAccess: true,
      req,
    })
    if (joined.length > 0) return
  }
  await req.payload.create({
    collection: 'site-updates',
    data: { status: 'queued', reasons: reason },
    overrideAccess: true,
    // queued by a content change (an incremental update), not an editor asking for a full rebuild
    context: { queuedByContentChange: true },
    req,
  })
}

const who = (req: PayloadRequest) => (req.user?.email ? ` by ${req.user.email}` : '')

/**
 * After a save: the public site changes when the document is published now or was before (publish,
 * update, unpublish). A draft saved over a published document changes nothing public and queues nothing.
 */
export const queueAfterChange: CollectionAfterChangeHook<AnyDocument> = async ({
  doc,
  previousDoc,
  collection,
  req,
  context,
}) => {
  if (context.seed || context.skipSiteUpdate) return doc
  if (!collection.versions?.drafts) {
    await queueSiteUpdate(req, `${collection.slug} ${doc.id} updated${who(req)}`)
    return doc
  }
  const publishedNow = doc._status === 'published'
  const publishedBefore = previousDoc?._status === 'published'
  if (!publishedNow && !publishedBefore) return doc
  if (!publishedNow) {
    // either an unpublish, or a draft saved over the published version: ask what readers get now
    const live = (await req.payload.findByID({
      collection: collection.slug as never,
      id: doc.id,
      draft: false,
      depth: 0,
      overrideAccess: true,
      req,
    })) as { _status?: string }
    if (live._status === 'published') return doc
  }
  const what = !publishedNow ? 'unpublished' : publishedBefore ? 'updated' : 'published'
  await queueSiteUpdate(req, `${collection.slug} ${doc.id} ${what}${who(req)}`)
  return doc
}

/** After a delete of a published document. */
export const queueAfterDelete: CollectionAfterDeleteHook<AnyDocument> = async ({ doc, collection, req, context }) => {
  if (context.seed || context.skipSiteUpdate) return doc
  if (collection.versions?.drafts && doc._status !== 'published') return doc
  await queueSiteUpdate(req, `${collection.slug} ${doc.id} deleted${who(req)}`)
  return doc
}

/** After site settings change. */
export const queueAfterGlobalChange: GlobalAfterChangeHook = async ({ doc, global, req, context }) => {
  if (context.seed || context.skipSiteUpdate) return doc
  await queueSiteUpdate(req, `${global.slug} updated${who(req)}`)
  return doc
}
