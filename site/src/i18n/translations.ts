import i18next, { type TFunction } from 'i18next'
import { defaultLocale, type LocaleCode, localeCodes } from '../../../cms/locales'
import { terms } from '../../../shared/terms'
import { KeptResults } from '../lib/keptResults'
import en from '../translations/en.json'
import it from '../translations/it.json'
import lt from '../translations/lt.json'
import pl from '../translations/pl.json'

/** Interface strings: one flat JSON file per locale with dotted keys. */
export type Strings = Record<string, string>

const siteStrings: Record<LocaleCode, Strings> = { pl, it, lt, en }

/**
 * Every string a page can show: the site's own (`site/src/translations/`) and the names of the content
 * model's fixed values, shared with the admin's select options (`shared/terms/`).
 */
export const interfaceStrings = Object.fromEntries(
  localeCodes.map((locale) => [locale, { ...terms[locale], ...siteStrings[locale] }]),
) as Record<LocaleCode, Strings>

/**
 * Checks every locale's strings against the English file: the same keys, plural keys with exactly the
 * plural categories the language has (Intl.PluralRules: "2 partnerzy", "5 partnerów" in Polish), and
 * the same {{placeholders}}. Returns one message per problem; empty when all is well.
 */
export function checkTranslations(all: Record<string, Strings>, reference: string = defaultLocale): string[] {
  const problems: string[] = []
  const pluralBase = (key: string) => key.replace(/_(zero|one|two|few|many|other)$/, '')
  const ref = all[reference]
  const refBases = new Set(Object.keys(ref).map(pluralBase))
  const placeholders = (text: string) =>
    // i18next's {{name}}, and the [SEARCH_TERM]-style tokens Pagefind's widget fills in
    [...text.matchAll(/\{\{\w+\}\}|\[[A-Z_]+\]/g)]
      .map((m) => m[0])
      .sort()
      .join(',')
  const refPlaceholders = new Map<string, string>()
  for (const [key, text] of Object.entries(ref)) refPlaceholders.set(pluralBase(key), placeholders(text))

  for (const [locale, strings] of Object.entries(all)) {
    const categories = new Intl.PluralRules(locale).resolvedOptions().pluralCategories
    const bases = new Set(Object.keys(strings).map(pluralBase))
    for (const base of refBases) if (!bases.has(base)) problems.push(`${locale}: missing "${base}"`)
    for (const base of bases) if (!refBases.has(base)) problems.push(`${locale}: unknown key "${base}"`)
    for (const [key, text] of Object.entries(strings)) {
      if (typeof text !== 'string' || text.trim() === '') problems.push(`${locale}: "${key}" is empty`)
      else if (refPlaceholders.has(pluralBase(key)) && placeholders(text) !== refPlaceholders.get(pluralBase(key))) {
        problems.push(`${locale}: "${key}" must use the placeholders ${refPlaceholders.get(pluralBase(key))}`)
      }
    }
    const pluralBases = [...refBases].filter((b) => Object.keys(ref).some((k) => k !== b && pluralBase(k) === b))
    for (const base of pluralBases) {
      for (const category of categories) {
        if (!(`${base}_${category}` in strings)) problems.push(`${locale}: missing plural form "${base}_${category}"`)
      }
      for (const key of Object.keys(strings).filter((k) => pluralBase(k) === base && k !== base)) {
        const category = key.slice(base.length + 1) as Intl.LDMLPluralRule
        if (!categories.includes(category)) problems.push(`${locale}: "${key}" is not a plural form of ${locale}`)
      }
    }
  }
  return problems
}

// Checked at import, so a missing or misspelt key fails the build rather than a page.
const problems = checkTranslations(interfaceStrings)
if (problems.length > 0) throw new Error(`Interface strings are incomplete:\n  ${problems.join('\n  ')}`)

const instance = i18next.createInstance()
await instance.init({
  resources: Object.fromEntries(localeCodes.map((l) => [l, { translation: interfaceStrings[l] }])),
  lng: defaultLocale,
  fallbackLng: false,
  keySeparator: false,
  nsSeparator: false,
  interpolation: { escapeValue: false },
  returnNull: false,
  initAsync: false,
})

/** The translate function for a locale: t('count.partners', { count: 5 }). */
export function useTranslations(locale: LocaleCode): TFunction {
  return fixedFor[locale]
}
// one per locale, made once: every component of every page asks for one
const fixedFor = Object.fromEntries(localeCodes.map((l) => [l, remembering(instance.getFixedT(l))])) as Record<
  LocaleCode,
  TFunction
>

/**
 * A translate function that keeps what it was asked for once looked up: every page asks for the same
 * few dozen labels, and for the same counts and names to fill in ("5 partners", "Polish"). i18next
 * resolves a key, its plural form and its placeholders anew on every call. Options whose values are
 * all plain (numbers, texts, yes/no) are part of what is kept; any other call is passed through. At
 * 1,000 documents a full build's own time in i18next went from 0.87 s to 0.31 s with the strings
 * without options kept; at 10,000 the calls with options were 3.8 s of a 96 s render profile. A call
 * with one option (a count, most of them) is found by the key, the option's name and its value, with
 * no key text built for it: building one cost as much as i18next saved.
 */
function remembering(t: TFunction): TFunction {
  const translate = t as unknown as (...args: unknown[]) => string
  const kept = new Map<string, KeptTexts>()
  return ((key: unknown, ...rest: unknown[]) => {
    if (typeof key !== 'string' || rest.length > 1) return translate(key, ...rest)
    let texts = kept.get(key)
    if (!texts) {
      texts = { byOption: new Map(), byOptions: new KeptResults(KEPT_TEXTS) }
      kept.set(key, texts)
    }
    if (rest.length === 0) {
      texts.plain ??= translate(key)
      return texts.plain
    }
    const options = rest[0]
    if (typeof options !== 'object' || options === null || Array.isArray(options)) return translate(key, ...rest)
    let only: string | undefined
    let count = 0
    for (const name in options) {
      only = name
      if (++count > 1) break
    }
    if (count === 1) {
      const value = (options as Record<string, unknown>)[only as string]
      if (!isPlain(value)) return translate(key, ...rest)
      let byValue = texts.byOption.get(only as string)
      if (!byValue) {
        byValue = new KeptResults(KEPT_TEXTS)
        texts.byOption.set(only as string, byValue)
      }
      // kept by the value itself: 1 and "1" are different keys, and may read differently
      return byValue.get(value, () => translate(key, ...rest))
    }
    const filled = plainOptionsKey(options)
    if (filled === undefined) return translate(key, ...rest)
    return texts.byOptions.get(filled, () => translate(key, ...rest))
  }) as unknown as TFunction
}

/**
 * The most texts kept per key and option (or set of options): more than the counts and names of
 * 10,000 documents, and few enough that names edited away do not pile up in the kept renderer, which
 * lives through many updates.
 */
const KEPT_TEXTS = 10_000

/** A key's texts: without options, by its one option's name and value, and by all its options. */
interface KeptTexts {
  plain?: string
  byOption: Map<string, KeptResults<string, string | number | boolean>>
  byOptions: KeptResults<string>
}

const isPlain = (value: unknown): value is string | number | boolean =>
  typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean'

/** Options of several values as a key, when every value is plain; otherwise undefined. */
function plainOptionsKey(options: object): string | undefined {
  let key = ''
  for (const name in options) {
    const value = (options as Record<string, unknown>)[name]
    if (!isPlain(value)) return undefined
    // the kind is part of the key: a count of 1 and a text "1" may read differently
    key += `${name}\u0001${(typeof value)[0]}${value}\u0002`
  }
  return key
}
