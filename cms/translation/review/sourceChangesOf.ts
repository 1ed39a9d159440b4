import { APIError, type CollectionSlug, type Field, type PayloadRequest } from 'payload'
import { requestTranslator } from '../../i18n/messages'
import { latestVersion } from '../../lib/latestVersion'
import { isLocaleCode, type LocaleCode } from '../../locales'
import type { TranslationRecord } from '../hooks/trackTranslationStatus'
import { translatableCollections } from '../translatableCollections'
import { type SourceChange, sourceChanges, sourceTextByHash, sourceTextUnits } from './sourceText'

/** What changed in a document's source since its translation into one locale was made. */
export interface TranslationSourceChanges {
  /** Only an outdated translation has changes to show. */
  outdated: boolean
  /** False when the source text the translation was made from is no longer known. */
  available: boolean
  sourceLocale: LocaleCode | null
  changes: SourceChange[]
}

/**
 * For the translation of one document into `locale`, read as the request's user: when it is outdated,
 * the source text it was made from and the source text now, field by field, as word-level diffs.
 */
export async function translationSourceChanges(
  req: PayloadRequest,
  query: { collection: string; id: number | string; locale: string },
): Promise<TranslationSourceChanges> {
  const t = requestTranslator(req)
  const config = translatableCollections(req.payload).find((c) => c.slug === query.collection)
  if (!config) throw new APIError(t('review.unknownCollection', { collection: query.collection }), 400, undefined, true)
  if (!isLocaleCode(query.locale))
    throw new APIError(t('review.unknownLocale', { locale: query.locale }), 400, undefined, true)
  const doc = await latestVersion({ req, collection: config.slug, id: query.id, locale: 'all', asUser: true })
  const fields = config.fields as Field[]
  const sourceLocale = isLocaleCode(doc?.sourceLocale) ? doc.sourceLocale : null
  const state = ((doc?.translation ?? {}) as TranslationRecord)[query.locale]
  if (!doc || !sourceLocale || state?.status !== 'outdated' || !state.sourceHash) {
    return { outdated: false, available: false, sourceLocale, changes: [] }
  }
  const then = await sourceTextByHash(
    { payload: req.payload, req },
    config.slug as CollectionSlug,
    fields,
    query.id,
    state.sourceHash,
  )
  if (!then) return { outdated: true, available: false, sourceLocale, changes: [] }
  // labelled in the reader's admin language (a field only the old text has keeps the label it was kept with)
  const now = sourceTextUnits(fields, doc, sourceLocale, req.i18n?.language)
  return { outdated: true, available: true, sourceLocale, changes: sourceChanges(then.units, now) }
}
