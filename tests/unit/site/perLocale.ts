import { type LocaleCode, localeCodes } from '../../../cms/locales'

/** What `fn` gives in each locale, keyed by locale code: one assertion compares all four. */
export function perLocale<T>(fn: (locale: LocaleCode) => T): Record<LocaleCode, T> {
  return Object.fromEntries(localeCodes.map((locale) => [locale, fn(locale)])) as Record<LocaleCode, T>
}
