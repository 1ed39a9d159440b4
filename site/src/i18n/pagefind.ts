import type { TFunction } from 'i18next'

/**
 * Every string Pagefind's search widget shows (its `translations` option). Pagefind ships no
 * Lithuanian and words of its own elsewhere; ours come from the site's translation files
 * (`pagefind.<key>`, its underscores as hyphens so that i18next does not take `_one` and `_many` for
 * plural forms), with Pagefind's [SEARCH_TERM], [COUNT] and [DIFFERENT_TERM] left for it to fill.
 */
export const pagefindKeys = [
  'placeholder',
  'clear_search',
  'load_more',
  'search_label',
  'filters_label',
  'zero_results',
  'many_results',
  'one_result',
  'total_zero_results',
  'total_one_result',
  'total_many_results',
  'alt_search',
  'search_suggestion',
  'searching',
  'results_label',
  'keyboard_navigate',
  'keyboard_select',
  'keyboard_clear',
  'keyboard_close',
  'keyboard_search',
  'error_search',
  'filter_selected_one',
  'filter_selected_many',
  'input_hint',
  'loading',
] as const

/** The widget's strings in the reader's language. */
export function pagefindTranslations(t: TFunction): Record<(typeof pagefindKeys)[number], string> {
  return Object.fromEntries(pagefindKeys.map((key) => [key, t(`pagefind.${key.replaceAll('_', '-')}`)])) as Record<
    (typeof pagefindKeys)[number],
    string
  >
}
