import { APIError, type CollectionBeforeChangeHook, type Field, type PayloadRequest } from 'payload'
import type { AnyDocument } from '../../lib/anyDocument'
import { latestVersion } from '../../lib/latestVersion'
import { mayApproveLocale, worksInAssignedLocales } from '../../lib/roles'
import { defaultLocale, isLocaleCode, type LocaleCode, localeCodes } from '../../locales'
import { textFingerprint } from '../fingerprint'
import { noteReviewEvent } from '../review/reviewEvents'
import {
  isUnapproved,
  type RequestableStatus,
  type ReviewState,
  requestableStatuses,
  type TranslationStatus,
} from '../statuses'
import { isEmptyUnitValue, type TranslatableUnit, translatableUnits } from '../units'

/** What the `translation` group stores for one locale. */
export interface LocaleTranslation {
  status?: TranslationStatus | null
  sourceHash?: string | null
  updatedAt?: string | null
  /** Whether this locale's draft text waits for review or was sent back; null when nothing waits. */
  review?: ReviewState | null
}

/** The stored `translation` group. */
export type TranslationRecord = { sourceHash?: string | null } & Partial<Record<LocaleCode, LocaleTranslation>>

/**
 * Keeps `translation` true on every write, whatever API it came through:
 * - the source locale is "source", and its text fingerprint is recorded;
 * - a locale with no text is "missing";
 * - writing a locale's text makes it "translated" from the current source (an unfinished "in progress"
 *   stays so until someone marks it), unless the write asks for a state with `translationRequest`;
 * - a translated or reviewed locale whose recorded source fingerprint differs from the current one is
 *   "outdated", and becomes "translated" again if the source text returns to what it was.
 * - text a translator or reviewer changes waits for review (`review: pending`) until it is approved; a
 *   publish by someone who may approve the locale being written approves it (they published what they
 *   saw); otherwise the review state stays as it was (see translation/review/).
 * Values sent for `translation` itself are ignored: it is derived, like `updatedAt`.
 */
export const trackTranslationStatus: CollectionBeforeChangeHook<AnyDocument> = async ({
  data,
  originalDoc,
  req,
  collection,
}) => {
  const request = takeRequest(data)
  const fields = collection.fields as Field[]
  const merged = { ...(originalDoc ?? {}), ...data }
  const sourceLocale: LocaleCode = isLocaleCode(merged.sourceLocale) ? merged.sourceLocale : defaultLocale
  const previous: TranslationRecord = (originalDoc?.translation as TranslationRecord | undefined) ?? {}
  const writingAll = req.locale === 'all'
  const locale: LocaleCode = isLocaleCode(req.locale) ? req.locale : defaultLocale

  // the text of each locale after this write, and before it, for the locales this write touches
  const after = new Map<LocaleCode, TranslatableUnit[]>()
  const before = new Map<LocaleCode, TranslatableUnit[]>()
  if (writingAll) {
    for (const code of localeCodes) {
      after.set(code, translatableUnits(fields, merged, code))
      before.set(code, originalDoc ? translatableUnits(fields, originalDoc, code) : [])
    }
  } else {
    after.set(locale, translatableUnits(fields, merged))
    before.set(locale, originalDoc ? translatableUnits(fields, originalDoc) : [])
  }

  // a document saved before translation tracking existed: read its other locales once to start tracking
  const untracked = !previous.sourceHash && originalDoc?.id !== undefined && !writingAll
  const stored = untracked
    ? await latestVersion({ req, collection: collection.slug, id: originalDoc.id, locale: 'all' })
    : undefined
  const unitsOf = (code: LocaleCode): TranslatableUnit[] | undefined =>
    after.get(code) ?? (stored ? translatableUnits(fields, stored, code) : undefined)

  const sourceUnits = unitsOf(sourceLocale)
  const sourceHash = sourceUnits
    ? textFingerprint(sourceUnits)
    : (previous.sourceHash ??
      textFingerprint(await readSourceUnits(req, collection.slug, originalDoc?.id, sourceLocale, fields)))

  const now = new Date().toISOString()
  const next: TranslationRecord = { sourceHash }
  const publishing = data._status === 'published'
  for (const code of localeCodes) {
    const prior = previous[code] ?? {}
    const written = after.get(code)
    const textChanged = written !== undefined && textFingerprint(written) !== textFingerprint(before.get(code) ?? [])
    const review = reviewAfterWrite(req, code, prior.review, textChanged, publishing)
    if (code === sourceLocale) {
      const changed = prior.status !== 'source' || prior.sourceHash !== sourceHash
      next[code] = { status: 'source', sourceHash, updatedAt: changed ? now : (prior.updatedAt ?? now), review }
      continue
    }
    if (written) {
      next[code] = afterWrite(
        prior,
        written,
        before.get(code) ?? [],
        code === locale ? request : undefined,
        sourceHash,
        now,
      )
    } else if (!prior.status && stored) {
      const text = translatableUnits(fields, stored, code)
      next[code] = text.every((u) => isEmptyUnitValue(u.value))
        ? { status: 'missing', sourceHash: null, updatedAt: now }
        : { status: 'translated', sourceHash, updatedAt: now }
    } else if (prior.status === 'source') {
      // this was the source locale until this write changed `sourceLocale`: its text is a translation now
      next[code] = { status: 'translated', sourceHash, updatedAt: now }
    } else {
      next[code] = checkOutdated(
        { status: prior.status ?? 'missing', sourceHash: prior.sourceHash ?? null, updatedAt: prior.updatedAt ?? null },
        sourceHash,
        now,
      )
    }
    next[code] = { ...next[code], review }
    const becameOutdated =
      next[code]?.status === 'outdated' && (prior.status === 'translated' || prior.status === 'reviewed')
    const becameWaiting = review === 'pending' && prior.review !== 'pending'
    if (originalDoc?.id !== undefined && (becameOutdated || becameWaiting)) {
      noteReviewEvent(req, collection.slug, originalDoc.id, {
        kind: becameWaiting ? 'waiting' : 'outdated',
        locale: code,
      })
      if (becameOutdated && becameWaiting)
        noteReviewEvent(req, collection.slug, originalDoc.id, { kind: 'outdated', locale: code })
    }
  }
  data.translation = next
  return data
}

/**
 * A locale's review state after a write: new text from a translator or reviewer waits for review; a
 * publish by someone who may approve the locale they are writing approves it (a write with no user —
 * the seed, a command-line import — approves what it writes); anything else leaves it as it was.
 */
function reviewAfterWrite(
  req: PayloadRequest,
  code: LocaleCode,
  prior: ReviewState | null | undefined,
  textChanged: boolean,
  publishing: boolean,
): ReviewState | null {
  if (textChanged && worksInAssignedLocales(req.user)) return 'pending'
  const writesThisLocale = req.locale === code || req.locale === 'all'
  if (publishing && writesThisLocale && (!req.user || mayApproveLocale(req.user, code))) return null
  return isUnapproved(prior) ? prior : null
}

function afterWrite(
  prior: LocaleTranslation,
  written: TranslatableUnit[],
  beforeWrite: TranslatableUnit[],
  request: RequestableStatus | undefined,
  sourceHash: string,
  now: string,
): LocaleTranslation {
  if (written.every((u) => isEmptyUnitValue(u.value))) {
    return prior.status === 'missing'
      ? { ...prior, sourceHash: null }
      : { status: 'missing', sourceHash: null, updatedAt: now }
  }
  if (request) {
    const hash = request === 'in-progress' ? (prior.sourceHash ?? sourceHash) : sourceHash
    return { status: request, sourceHash: hash, updatedAt: now }
  }
  if (textFingerprint(written) !== textFingerprint(beforeWrite) || !prior.status || prior.status === 'missing') {
    return { status: prior.status === 'in-progress' ? 'in-progress' : 'translated', sourceHash, updatedAt: now }
  }
  return checkOutdated(
    { status: prior.status, sourceHash: prior.sourceHash ?? null, updatedAt: prior.updatedAt ?? null },
    sourceHash,
    now,
  )
}

export function checkOutdated(state: LocaleTranslation, sourceHash: string, now: string): LocaleTranslation {
  if (state.status !== 'translated' && state.status !== 'reviewed' && state.status !== 'outdated') return state
  if (state.sourceHash === sourceHash) {
    return state.status === 'outdated' ? { ...state, status: 'translated', updatedAt: now } : state
  }
  return state.status === 'outdated' ? state : { ...state, status: 'outdated', updatedAt: now }
}

function takeRequest(data: Record<string, unknown>): RequestableStatus | undefined {
  const request = data.translationRequest
  delete data.translationRequest
  if (request === undefined || request === null || request === '') return undefined
  if (!(requestableStatuses as readonly unknown[]).includes(request)) {
    throw new APIError(
      `translationRequest: "${String(request)}" is not a state you can set; use one of ${requestableStatuses.join(', ')}.`,
      400,
      undefined,
      true,
    )
  }
  return request as RequestableStatus
}

async function readSourceUnits(
  req: PayloadRequest,
  collection: string,
  id: number | string | undefined,
  sourceLocale: LocaleCode,
  fields: Field[],
): Promise<TranslatableUnit[]> {
  if (id === undefined) return []
  return translatableUnits(fields, await latestVersion({ req, collection, id, locale: sourceLocale }))
}
