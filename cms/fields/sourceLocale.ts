import type { SelectField } from 'payload'
import { defaultLocale } from '../locales'
import { localeOptions } from './localeOptions'

/**
 * The language a document was written in. Translations are made from it, and the site falls back to
 * it (after English) when a locale has no translation.
 */
export const sourceLocaleField: SelectField = {
  name: 'sourceLocale',
  type: 'select',
  required: true,
  defaultValue: defaultLocale,
  options: localeOptions(),
  admin: {
    position: 'sidebar',
    description: 'The language this document was originally written in.',
  },
}
