/**
 * Countries an organisation can be in: the Baltic Sea region and the rest of Europe, as ISO 3166-1
 * alpha-2 codes. Names are never stored; the admin and the site spell them per language with
 * Intl.DisplayNames.
 */
export const countryCodes = [
  'PL',
  'LT',
  'LV',
  'EE',
  'FI',
  'SE',
  'DK',
  'DE',
  'NO',
  'IS',
  'IT',
  'AT',
  'BE',
  'BG',
  'HR',
  'CY',
  'CZ',
  'FR',
  'GR',
  'HU',
  'IE',
  'LU',
  'MT',
  'NL',
  'PT',
  'RO',
  'SK',
  'SI',
  'ES',
  'CH',
  'GB',
  'UA',
  'BY',
  'RU',
] as const

/** An ISO 3166-1 alpha-2 code from the list above. */
export type CountryCode = (typeof countryCodes)[number]

/** The name of a country in the given language ("LT" in "pl" -> "Litwa"). */
export function countryName(code: string, language: string): string {
  let names = regionNames.get(language)
  if (!names) {
    names = new Intl.DisplayNames([language], { type: 'region' })
    regionNames.set(language, names)
  }
  return names.of(code) ?? code
}
// made once per language: making one costs far more than asking it
const regionNames = new Map<string, Intl.DisplayNames>()
