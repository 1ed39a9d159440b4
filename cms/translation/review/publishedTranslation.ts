import type { Field } from 'payload'
import { defaultLocale, isLocaleCode, type LocaleCode, localeCodes } from '../../locales'
import { textFingerprint } from '../fingerprint'
import { checkOutdated, type LocaleTranslation, type TranslationRecord } from '../hooks/trackTranslationStatus'
import { translatableUnits } from '../units'

type Doc = Record<string, unknown>

/**
 * The translation state of a published document whose text per locale was taken from either the draft
 * or the previously published document (translation/review/: a publish keeps unapproved locales' last
 * approved text). Each locale keeps the state recorded with the text it now shows — the draft's when
 * its text is the draft's, else the previously published one's — checked against the published source
 * text, so a kept translation whose source changed in this publish reads as outdated. Nothing in a
 * published document waits for review: that is the draft's business.
 */
export function publishedTranslation(
  fields: Field[],
  target: Doc,
  draft: Doc,
  published: Doc | undefined,
): TranslationRecord {
  const sourceLocale: LocaleCode = isLocaleCode(target.sourceLocale) ? target.sourceLocale : defaultLocale
  const fingerprint = (doc: Doc | undefined, code: LocaleCode) =>
    doc ? textFingerprint(translatableUnits(fields, doc, code)) : undefined
  const sourceHash = fingerprint(target, sourceLocale) as string
  const draftStates = (draft.translation ?? {}) as TranslationRecord
  const publishedStates = (published?.translation ?? {}) as TranslationRecord
  const now = new Date().toISOString()
  const record: TranslationRecord = { sourceHash }
  for (const code of localeCodes) {
    const text = fingerprint(target, code)
    const fromDraft = text === fingerprint(draft, code)
    const recorded: LocaleTranslation = (fromDraft ? draftStates[code] : publishedStates[code]) ??
      draftStates[code] ?? { status: 'missing' }
    let state: LocaleTranslation
    if (code === sourceLocale) state = { status: 'source', sourceHash, updatedAt: recorded.updatedAt ?? now }
    else if (!published && !fromDraft) state = { status: 'missing', sourceHash: null, updatedAt: now }
    else
      state = checkOutdated(
        {
          status: recorded.status ?? 'missing',
          sourceHash: recorded.sourceHash ?? null,
          updatedAt: recorded.updatedAt ?? now,
        },
        sourceHash,
        now,
      )
    record[code] = { ...state, review: null }
  }
  return record
}
