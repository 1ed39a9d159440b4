/**
 * The one list of content locales. Payload's `localization`, the seed loader, the tests and (later) the
 * Astro site's routing all read it; nothing else spells the locale codes.
 *
 * This module has no imports so that any part of the project (including the site) can use it without
 * pulling in the CMS runtime.
 */

export const locales = [
  { code: 'pl', label: 'Polski', englishName: 'Polish', intl: 'pl-PL' },
  { code: 'it', label: 'Italiano', englishName: 'Italian', intl: 'it-IT' },
  { code: 'lt', label: 'Lietuvių', englishName: 'Lithuanian', intl: 'lt-LT' },
  { code: 'en', label: 'English', englishName: 'English', intl: 'en-GB' },
] as const

/** A content locale code: 'pl' | 'it' | 'lt' | 'en'. */
export type LocaleCode = (typeof locales)[number]['code']

/** Every locale code, in display order. */
export const localeCodes: LocaleCode[] = locales.map((l) => l.code)

/** The locale the admin opens in and that anonymous API reads default to. */
export const defaultLocale: LocaleCode = 'en'

/**
 * Fallback order when a localized field is empty in the requested locale: English first (the lingua
 * franca of the Baltic partnerships), then the document's source locale. Payload itself can only fall
 * back to fixed locales, so the CMS falls back to English and the site applies the source-locale step,
 * which depends on each document (see docs/ARCHITECTURE.md, "Locales and fallback").
 */
export const fallbackOrder: LocaleCode[] = ['en']

/** True when `value` is one of the content locale codes. */
export function isLocaleCode(value: unknown): value is LocaleCode {
  return typeof value === 'string' && (localeCodes as string[]).includes(value)
}
