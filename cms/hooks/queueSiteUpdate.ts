import type {
  CollectionAfterChangeHook,
  CollectionAfterDeleteHook,
  CollectionSlug,
  GlobalAfterChangeHook,
  PayloadRequest,
} from 'payload'
import type { AnyDocument } from '../lib/anyDocument'
import { documentTitle } from '../lib/describeDocument'
import { changedDocument, changeLine, type SiteChange, type SiteChangeAction } from '../siteUpdates/changes'
import { takeSiteUpdateQueueTurn } from '../siteUpdates/queueTurn'

/**
 * Asks for a site update: joins the request to the one already queued (so a burst of publishes makes
 * one update) or queues a new one. Runs in the request's transaction, so a failed save queues nothing;
 * saves queueing at once take turns (siteUpdates/queueTurn.ts).
 */
export async function queueSiteUpdate(
  req: PayloadRequest,
  change: SiteChange,
  { fullRebuild = false }: { fullRebuild?: boolean } = {},
): Promise<void> {
  const reason = changeLine(change)
  const key = changedDocument(change)
  await takeSiteUpdateQueueTurn(req)
  const { docs } = await req.payload.find({
    collection: 'site-updates',
    where: { status: { equals: 'queued' } },
    limit: 1,
    sort: 'createdAt',
    overrideAccess: true,
    req,
  })
  const queued = docs[0] as
    | { id: number | string; reasons?: string | null; changes?: unknown; documents?: string[] | null }
    | undefined
  if (queued) {
    // only while it is still queued: if the updater has just taken it, this change needs a new request.
    // The row lock (or SQLite's write lock) held until this save commits makes the updater wait for it.
    const { docs: joined } = await req.payload.update({
      collection: 'site-updates',
      where: { id: { equals: queued.id }, status: { equals: 'queued' } },
      data: {
        reasons: [queued.reasons, reason].filter(Boolean).join('\n'),
        changes: [...(Array.isArray(queued.changes) ? queued.changes : []), change],
        documents: [...new Set([...(queued.documents ?? []), ...(key ? [key] : [])])],
        ...(fullRebuild ? { fullRebuild } : {}),
      },
      overrideAccess: true,
      req,
    })
    if (joined.length > 0) return
  }
  await req.payload.create({
    collection: 'site-updates',
    data: { status: 'queued', reasons: reason, changes: [change], documents: key ? [key] : [], fullRebuild },
    overrideAccess: true,
    req,
  })
}

/** A change to a document by the request's user (by name: other users' e-mail addresses stay private). */
function documentChange(
  req: PayloadRequest,
  collection: { slug: string },
  doc: AnyDocument,
  action: SiteChangeAction,
): SiteChange {
  const config = req.payload.collections[collection.slug as CollectionSlug]?.config
  const title = config ? documentTitle(config, doc as Record<string, unknown>) : ''
  return { action, collection: collection.slug, id: String(doc.id), ...(title ? { title } : {}), ...actingUser(req) }
}

/** The acting user's name, or their role when they gave none; nothing for automatic changes. */
export function actingUser(req: PayloadRequest): { user?: string } {
  const user = req.user as { name?: string | null; role?: string | null; id?: unknown } | null | undefined
  if (!user) return {}
  return { user: user.name?.trim() || `${user.role ?? 'user'} #${user.id}` }
}

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
    await queueSiteUpdate(req, documentChange(req, collection, doc, 'updated'))
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
  await queueSiteUpdate(req, documentChange(req, collection, doc, what))
  return doc
}

/** After a delete of a published document. */
export const queueAfterDelete: CollectionAfterDeleteHook<AnyDocument> = async ({ doc, collection, req, context }) => {
  if (context.seed || context.skipSiteUpdate) return doc
  if (collection.versions?.drafts && doc._status !== 'published') return doc
  await queueSiteUpdate(req, documentChange(req, collection, doc, 'deleted'))
  return doc
}

/** After site settings change. */
export const queueAfterGlobalChange: GlobalAfterChangeHook = async ({ doc, req, context }) => {
  if (context.seed || context.skipSiteUpdate) return doc
  await queueSiteUpdate(req, { action: 'settings', ...actingUser(req) })
  return doc
}
