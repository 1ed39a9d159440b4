/**
 * The translation states a document can be in, per locale. This module has no imports beyond the locale
 * list so the admin components and the site can use it too.
 *
 * - source: the locale the document was written in; translations are made from it.
 * - missing: no text in this locale yet.
 * - in-progress: a translation was started (for example copied from another locale) but not finished.
 * - translated: finished, made from the current source text.
 * - reviewed: translated and checked by a second person.
 * - outdated: translated or reviewed, but the source text changed since.
 */
export const translationStatuses = ['source', 'missing', 'in-progress', 'translated', 'reviewed', 'outdated'] as const

/** One translation state. */
export type TranslationStatus = (typeof translationStatuses)[number]

/** The states a person may set by hand; the others follow from the text. */
export const requestableStatuses = ['in-progress', 'translated', 'reviewed'] as const

/** One state a person may set by hand. */
export type RequestableStatus = (typeof requestableStatuses)[number]

/** Labels shown in the admin. */
export const statusLabels: Record<TranslationStatus, string> = {
  source: 'Source',
  missing: 'Missing',
  'in-progress': 'In progress',
  translated: 'Translated',
  reviewed: 'Reviewed',
  outdated: 'Outdated',
}

/**
 * States whose text a reader may be sent to and a search engine may index. An outdated translation is
 * one of them: it was approved (the review gate keeps unapproved text off the published document), and
 * its readers are better served by it, with a note that the original has changed, than by the original
 * in another language while a translator updates it.
 */
export const publishableStatuses: readonly TranslationStatus[] = ['source', 'translated', 'reviewed', 'outdated']

/** States a translator still has work in: the "needs translation" filter. */
export const needsWorkStatuses: readonly TranslationStatus[] = ['missing', 'in-progress', 'outdated']

/** True when `value` is one of the translation states. */
export function isTranslationStatus(value: unknown): value is TranslationStatus {
  return typeof value === 'string' && (translationStatuses as readonly string[]).includes(value)
}

/**
 * Where a locale's new text stands in review. Text a translator or reviewer writes is `pending` until
 * someone who may approve that locale approves it (which publishes it) or sends it back (`rejected`,
 * with a comment). Until then the published document keeps the locale's last approved text. No state
 * (null) means nothing is waiting: the locale's draft text is approved or was written by an editor.
 */
export const reviewStates = ['pending', 'rejected'] as const

/** One review state. */
export type ReviewState = (typeof reviewStates)[number]

/** Labels shown in the admin. */
export const reviewLabels: Record<ReviewState, string> = {
  pending: 'Waiting for review',
  rejected: 'Sent back',
}

/** True when a locale's draft text is not approved: a publish keeps its last approved text instead. */
export function isUnapproved(review: unknown): review is ReviewState {
  return typeof review === 'string' && (reviewStates as readonly string[]).includes(review)
}
