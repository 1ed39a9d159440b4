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
  const key = `${language}:${code}`
  let name = names.get(key)
  if (name === undefined) {
    let display = regionNames.get(language)
    if (!display) {
      display = new Intl.DisplayNames([language], { type: 'region' })
      regionNames.set(language, display)
    }
    name = display.of(code) ?? code
    names.set(key, name)
  }
  return name
}
// made once per language: making one costs far more than asking it
const regionNames = new Map<string, Intl.DisplayNames>()
// and each name asked once: a site's lists and filters ask for a country name per organisation and
// project partner, and asking Intl each time was a third of planning an update at 10,000 documents
const names = new Map<string, string>()
