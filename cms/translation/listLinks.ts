import type { ReviewState, TranslationStatus } from './statuses'

/**
 * The admin list URL of a collection filtered to documents whose `locale` is in one of `statuses`,
 * in the or/and shape the list view's filter builder reads back, so the filter shows and can be edited.
 * The admin switches to that locale too, so the documents open ready to translate.
 */
export function statusListUrl(
  adminRoute: string,
  collection: string,
  locale: string,
  statuses: readonly TranslationStatus[],
): string {
  const params = new URLSearchParams({ locale })
  statuses.forEach((status, i) => {
    params.append(`where[or][0][and][0][translation.${locale}.status][in][${i}]`, status)
  })
  return `${adminRoute}/collections/${collection}?${params.toString()}`
}

/** The admin list URL of a collection filtered to documents whose `locale` text is in a review state. */
export function reviewListUrl(adminRoute: string, collection: string, locale: string, review: ReviewState): string {
  const params = new URLSearchParams({ locale })
  params.append(`where[or][0][and][0][translation.${locale}.review][equals]`, review)
  return `${adminRoute}/collections/${collection}?${params.toString()}`
}
