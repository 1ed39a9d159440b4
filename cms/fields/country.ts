import type { SelectField } from 'payload'
import { adminLanguages } from '../i18n/adminLanguages'
import { countryCodes, countryName } from '../lib/countries'

/** A country select whose labels follow the admin's interface language. */
export function countryField(overrides: Partial<Omit<SelectField, 'type' | 'options'>> = {}): SelectField {
  return {
    name: 'country',
    type: 'select',
    options: countryCodes.map((code) => ({
      value: code,
      label: Object.fromEntries(adminLanguages.map((lang) => [lang, countryName(code, lang)])),
    })),
    ...overrides,
  } as SelectField
}
