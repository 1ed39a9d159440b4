import type { SelectField } from 'payload'
import { localeCodes } from '../locales'

/** January to December as "1" to "12", what a select stores. */
export const monthValues = Array.from({ length: 12 }, (_, i) => String(i + 1))

/**
 * A month of the year, with the months named in the admin's language by the runtime's own calendar
 * data (as the site names them), so nobody keeps a list of month names.
 */
export function monthField(name: string, overrides: Partial<Omit<SelectField, 'type' | 'options' | 'name'>> = {}) {
  return {
    name,
    type: 'select',
    options: monthValues.map((value) => ({
      value,
      label: Object.fromEntries(
        localeCodes.map((locale) => [
          locale,
          new Intl.DateTimeFormat(locale, { month: 'long', timeZone: 'UTC' }).format(
            Date.UTC(2026, Number(value) - 1, 15),
          ),
        ]),
      ),
    })),
    ...overrides,
  } as SelectField
}
