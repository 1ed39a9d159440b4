import type { CollectionAfterChangeHook, PayloadRequest } from 'payload'
import type { AnyDocument } from '../../lib/anyDocument'
import type { LocaleCode } from '../../locales'
import { queueReviewMails, type ReviewEvent } from './reviewMail'

type Noted = Pick<ReviewEvent, 'kind' | 'locale'>

const contextKey = (collection: string, id: unknown) => `reviewEvents:${collection}:${String(id)}`

/**
 * Notes, while a write is being prepared (the status hook), that a locale's translation became
 * outdated or its new text began to wait for review; the people concerned are told once the write has
 * gone through (notifyReviewEvents).
 */
export function noteReviewEvent(req: PayloadRequest, collection: string, id: number | string, event: Noted): void {
  const key = contextKey(collection, id)
  const list = (req.context[key] as Noted[] | undefined) ?? []
  list.push(event)
  req.context[key] = list
}

/** After a write: queues the mails for the review events the status hook noted (reviewMail.ts). */
export const notifyReviewEvents: CollectionAfterChangeHook<AnyDocument> = async ({ doc, req, collection, context }) => {
  const key = contextKey(collection.slug, doc.id)
  const events = req.context[key] as Noted[] | undefined
  if (!events) return doc
  delete req.context[key]
  if (context.seed) return doc
  const actor = req.user as { id?: number | string; name?: string | null } | null | undefined
  for (const event of events) {
    await queueReviewMails(req, {
      ...event,
      locale: event.locale as LocaleCode,
      collection: collection.slug,
      id: doc.id,
      doc,
      actorId: actor?.id,
      actorName: actor?.name ?? undefined,
    })
  }
  return doc
}
