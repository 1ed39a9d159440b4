import { APIError, type Field, type PayloadRequest, type SanitizedCollectionConfig } from 'payload'
import { actingUser, queueSiteUpdate } from '../../hooks/queueSiteUpdate'
import { requestTranslator } from '../../i18n/messages'
import { documentTitle } from '../../lib/describeDocument'
import { mayApproveLocale } from '../../lib/roles'
import { isLocaleCode, type LocaleCode } from '../../locales'
import type { LocaleTranslation, TranslationRecord } from '../hooks/trackTranslationStatus'
import { isUnapproved } from '../statuses'
import { translatableCollections } from '../translatableCollections'
import { isEmptyUnitValue, translatableUnits } from '../units'
import { withLocaleText } from './localeText'
import { publishedTranslation } from './publishedTranslation'
import { queueReviewMails } from './reviewMail'
import { writePublished } from './writePublished'

type Doc = Record<string, unknown>

/** A reviewer's decision on one locale of one document. */
export interface ReviewDecision {
  collection: string
  id: number | string
  locale: string
  decision: 'approve' | 'reject'
  /** Why, for a sending back (required); optional with an approval. */
  comment?: string
}

/** What a decision did. */
export interface ReviewOutcome {
  decision: 'approve' | 'reject'
  locale: LocaleCode
  /** True when the approved text went live (the document is published); false when it waits for the first publish. */
  published: boolean
}

/**
 * Approves or sends back a locale's text that waits for review, as the signed-in user (an editor or
 * admin for any locale, a reviewer for their own).
 *
 * Approving publishes exactly that locale's draft text: the live document gets it (and the locale's
 * state "reviewed", against the source text as it is now: the reviewer was shown what changed) while every other locale and every shared field stays
 * as published, and the rest of the draft stays the latest version. The public site is updated like
 * after any publish. A document never published only loses the gate: its first publish carries the text.
 *
 * Sending back records the reason and marks the locale "sent back" in the draft; the published text
 * stays. Either way the decision is recorded in the locale's review conversation.
 */
export async function decideReview(req: PayloadRequest, request: ReviewDecision): Promise<ReviewOutcome> {
  const t = requestTranslator(req)
  const refuse = (message: string, status = 400) => new APIError(message, status, undefined, true)
  const config = translatableCollections(req.payload).find((c) => c.slug === request.collection)
  if (!config) throw refuse(t('review.unknownCollection', { collection: String(request.collection) }))
  const locale = request.locale
  if (!isLocaleCode(locale)) throw refuse(t('review.unknownLocale', { locale: String(locale) }))
  if (request.decision !== 'approve' && request.decision !== 'reject') {
    throw refuse(t('review.unknownDecision', { decision: String(request.decision) }))
  }
  if (!mayApproveLocale(req.user, locale)) throw refuse(t('review.mayNotDecide', { locale }), 403)
  const comment = typeof request.comment === 'string' ? request.comment.trim() : ''
  if (request.decision === 'reject' && !comment) throw refuse(t('review.reasonRequired'))

  const { db } = req.payload
  const { docs } = await db.findVersions({
    collection: config.slug,
    where: { and: [{ parent: { equals: request.id } }, { latest: { equals: true } }] },
    sort: '-updatedAt',
    limit: 1,
    pagination: false,
    req,
  })
  const latest = (docs[0] as unknown as { version: Doc } | undefined)?.version
  if (!latest) throw refuse(t('review.noDocument', { id: String(request.id) }), 404)
  const draft: Doc = { ...latest, id: request.id }
  const states = (draft.translation ?? {}) as TranslationRecord
  const state: LocaleTranslation = states[locale] ?? {}
  if (!isUnapproved(state.review)) throw refuse(t('review.nothingWaiting', { locale }), 409)

  const now = new Date().toISOString()
  // an approval says the text is right for the source as it is now: reviewed against the current source
  // text (even if the source changed after it was written, which the reviewer was shown), or missing
  const hasText = translatableUnits(config.fields as Field[], draft, locale).some((u) => !isEmptyUnitValue(u.value))
  const decided: LocaleTranslation =
    request.decision === 'approve'
      ? draft.sourceLocale === locale
        ? { status: 'source', sourceHash: states.sourceHash ?? null, review: null, updatedAt: now }
        : hasText
          ? {
              status: 'reviewed',
              sourceHash: states.sourceHash ?? state.sourceHash ?? null,
              review: null,
              updatedAt: now,
            }
          : { status: 'missing', sourceHash: null, review: null, updatedAt: now }
      : { ...state, review: 'rejected', updatedAt: now }
  const next: Doc = { ...draft, translation: { ...states, [locale]: decided }, updatedAt: now }

  const live = (await db.findOne({ collection: config.slug, where: { id: { equals: request.id } }, req })) as Doc | null
  const publishes = request.decision === 'approve' && live?._status === 'published'
  if (publishes && live) {
    const approved = withLocaleText(config.fields as Field[], live, next, [locale])
    approved.updatedAt = now
    approved.translation = publishedTranslation(config.fields as Field[], approved, next, live)
    await writePublished({ req, collection: config.slug, id: request.id, live: approved, draft: next })
    await queueSiteUpdate(req, {
      action: 'approved',
      collection: config.slug,
      id: String(request.id),
      locale,
      ...titled(config, approved),
      ...actingUser(req),
    })
  } else {
    await db.createVersion({
      collectionSlug: config.slug,
      parent: request.id,
      versionData: { ...next, _status: 'draft' } as never,
      autosave: false,
      createdAt: now,
      updatedAt: now,
      req,
      returning: false,
    })
  }
  await req.payload.create({
    collection: 'review-comments',
    data: {
      document: `${config.slug}:${request.id}`,
      locale,
      kind: request.decision === 'approve' ? 'approved' : 'rejected',
      text: comment || null,
    },
    context: { reviewDecision: request.decision === 'approve' ? 'approved' : 'rejected' },
    req,
  })
  if (request.decision === 'reject') {
    const actor = req.user as { id?: number | string; name?: string | null } | null
    await queueReviewMails(req, {
      kind: 'rejected',
      collection: config.slug,
      id: request.id,
      locale,
      doc: next,
      actorId: actor?.id,
      actorName: actor?.name ?? undefined,
      comment,
    })
  }
  return { decision: request.decision, locale, published: publishes }
}

function titled(config: SanitizedCollectionConfig, doc: Doc): { title?: string } {
  const title = documentTitle(config, doc)
  return title ? { title } : {}
}
