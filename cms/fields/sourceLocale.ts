import type { SelectField } from 'payload'
import { defaultLocale, locales } from '../locales'

/**
 * The language a document was written in. Translations are made from it, and the site falls back to
 * it (after English) when a locale has no translation.
 */
export const sourceLocaleField: SelectField = {
  name: 'sourceLocale',
  type: 'select',
  required: true,
  defaultValue: defaultLocale,
  options: locales.map((l) => ({ label: l.label, value: l.code })),
  admin: {
    position: 'sidebar',
    description: 'The language this document was originally written in.',
  },
}
