import type { OptionObject } from 'payload'
import { adminLanguages, type InAdminLanguages } from '../i18n/adminLanguages'
import { languageName } from '../i18n/languageName'
import { locales } from '../locales'

/**
 * The content locales as select options, each named in the admin's language by the runtime's own
 * language names ("lenkų", "polacco", "Polish"), so nobody keeps a list of them.
 */
export function localeOptions(): OptionObject[] {
  return locales.map((locale) => ({
    value: locale.code,
    label: languageNames(locale.code),
  }))
}

/** A language's name in every admin language. */
export function languageNames(code: string): InAdminLanguages {
  return Object.fromEntries(
    adminLanguages.map((language) => [language, languageName(code, language)]),
  ) as InAdminLanguages
}
