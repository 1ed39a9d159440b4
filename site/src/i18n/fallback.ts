import { fallbackOrder, type LocaleCode, localeCodes } from '../../../cms/locales'
import type { LocaleMap } from '../../../shared/localized'

/** True when a localized value has real content in this locale. */
export function hasText(map: LocaleMap<unknown> | null | undefined, locale: LocaleCode): boolean {
  const value = map?.[locale]
  if (value === null || value === undefined) return false
  return typeof value === 'string' ? value.trim() !== '' : true
}

/** How a document is shown in one locale. */
export interface LocaleVariant {
  /** The reader's locale: the page's URL and interface language. */
  locale: LocaleCode
  /** The locale the document's text is taken from: the reader's, or the fallback. */
  contentLocale: LocaleCode
  /** True when the document is translated into the reader's locale. */
  translated: boolean
}

/**
 * Which text a reader of `locale` gets, following docs/ARCHITECTURE.md ("Locales and fallback"): their own locale when the document is
 * translated into it, otherwise English, otherwise the document's source locale, otherwise any
 * locale that has text. `isTranslated` decides what "translated" means (the CMS's translation state; see siteIndex).
 */
export function resolveVariant(
  locale: LocaleCode,
  sourceLocale: LocaleCode,
  isTranslated: (locale: LocaleCode) => boolean,
): LocaleVariant {
  if (isTranslated(locale)) return { locale, contentLocale: locale, translated: true }
  const order = [...fallbackOrder, sourceLocale, ...localeCodes]
  const contentLocale = order.find((l) => isTranslated(l)) ?? sourceLocale
  return { locale, contentLocale, translated: false }
}

/** The text of a localized field for a variant; empty fields of a translated page fall back the same way. */
export function pick<T>(
  map: LocaleMap<T> | null | undefined,
  variant: Pick<LocaleVariant, 'contentLocale'>,
  sourceLocale?: LocaleCode,
): T | undefined {
  if (!map) return undefined
  for (const l of [variant.contentLocale, ...fallbackOrder, ...(sourceLocale ? [sourceLocale] : [])]) {
    if (hasText(map, l)) return map[l] as T
  }
  return undefined
}
