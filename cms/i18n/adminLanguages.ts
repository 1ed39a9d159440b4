/**
 * The languages the admin speaks: Payload's interface translations for these are loaded
 * (payload.config.ts `i18n`), and every label, description and message this project defines exists in
 * each of them (cms/i18n/). They are the content locales' codes, but a separate idea: an editor may
 * write Lithuanian text in a Polish admin.
 */
export const adminLanguages = ['en', 'pl', 'it', 'lt'] as const

/** One admin language code. */
export type AdminLanguage = (typeof adminLanguages)[number]

/** The language new text is written in first; the other catalogues translate it. */
export const sourceAdminLanguage: AdminLanguage = 'en'

/** Text in every admin language: what Payload accepts wherever a label or description may be localized. */
export type InAdminLanguages = Record<AdminLanguage, string>

/** True when `value` is an admin language code. */
export function isAdminLanguage(value: unknown): value is AdminLanguage {
  return typeof value === 'string' && (adminLanguages as readonly string[]).includes(value)
}
