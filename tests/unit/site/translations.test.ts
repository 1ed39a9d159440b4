import { describe, expect, it } from 'vitest'
import { type LocaleCode, localeCodes } from '../../../cms/locales'
import { checkTranslations, interfaceStrings, type Strings, useTranslations } from '../../../site/src/i18n/translations'

const files: Record<string, Strings> = interfaceStrings

/** A tiny, consistent set of strings: English reference and Polish with all four plural forms. */
function strings(): { en: Strings; pl: Strings } {
  return {
    en: {
      'home.seeAll': 'See all {{section}}',
      'site.name': 'Baltic',
      'count.partners_one': '{{count}} partner',
      'count.partners_other': '{{count}} partners',
    },
    pl: {
      'home.seeAll': 'Zobacz wszystkie: {{section}}',
      'site.name': 'Bałtyk',
      'count.partners_one': '{{count}} partner',
      'count.partners_few': '{{count}} partnerzy',
      'count.partners_many': '{{count}} partnerów',
      'count.partners_other': '{{count}} partnera',
    },
  }
}

const pluralBase = (key: string) => key.replace(/_(zero|one|two|few|many|other)$/, '')

describe('checkTranslations', () => {
  it('finds no problem in consistent strings', () => {
    expect(checkTranslations(strings())).toEqual([])
  })

  // each case spoils consistent strings in one way and names the one problem reported
  it.each<[name: string, spoil: (all: ReturnType<typeof strings>) => void, problem: string]>([
    ['reports a missing key', (all) => delete all.pl['site.name'], 'pl: missing "site.name"'],
    [
      'reports a key the reference does not have',
      (all) => (all.pl['site.slogan'] = 'Hasło'),
      'pl: unknown key "site.slogan"',
    ],
    [
      'reports a wrong placeholder',
      (all) => (all.pl['home.seeAll'] = 'Zobacz wszystkie: {{sekcja}}'),
      'pl: "home.seeAll" must use the placeholders {{section}}',
    ],
    [
      'reports a dropped placeholder in a plural form',
      (all) => (all.pl['count.partners_many'] = 'wielu partnerów'),
      'pl: "count.partners_many" must use the placeholders {{count}}',
    ],
    [
      'reports a dropped token of the search widget',
      (all) => {
        all.en['pagefind.zero-results'] = 'No results for [SEARCH_TERM]'
        all.pl['pagefind.zero-results'] = 'Brak wyników'
      },
      'pl: "pagefind.zero-results" must use the placeholders [SEARCH_TERM]',
    ],
    ['reports an empty string', (all) => (all.pl['site.name'] = '  '), 'pl: "site.name" is empty'],
    [
      'reports a missing Polish plural form (pl needs one, few, many and other)',
      (all) => delete all.pl['count.partners_few'],
      'pl: missing plural form "count.partners_few"',
    ],
    [
      'reports a plural form the language does not have',
      (all) => (all.en['count.partners_few'] = '{{count}} partners'),
      'en: "count.partners_few" is not a plural form of en',
    ],
  ])('%s', (_name, spoil, problem) => {
    const all = strings()
    spoil(all)
    expect(checkTranslations(all)).toEqual([problem])
  })

  it('reports every problem of every locale at once', () => {
    const all = { ...strings(), it: { 'home.seeAll': 'Vedi tutti {{section}}' } as Strings }
    expect(checkTranslations(all)).toEqual([
      'it: missing "site.name"',
      'it: missing "count.partners"',
      'it: missing plural form "count.partners_one"',
      'it: missing plural form "count.partners_many"',
      'it: missing plural form "count.partners_other"',
    ])
  })

  it('finds no problem in the real translation files', () => {
    expect(checkTranslations(files)).toEqual([])
  })
})

describe('the translation files', () => {
  it('all have exactly the keys of en.json, apart from plural suffixes', () => {
    const reference = [...new Set(Object.keys(files.en).map(pluralBase))].sort()
    for (const locale of localeCodes) {
      expect([...new Set(Object.keys(files[locale]).map(pluralBase))].sort(), locale).toEqual(reference)
    }
  })

  it('have exactly the plural forms each language has', () => {
    for (const locale of localeCodes) {
      const categories = [...new Intl.PluralRules(locale).resolvedOptions().pluralCategories].sort()
      const forms = Object.keys(files[locale])
        .filter((k) => pluralBase(k) === 'count.partners' && k !== 'count.partners')
        .map((k) => k.slice('count.partners_'.length))
        .sort()
      expect(forms, locale).toEqual(categories)
    }
  })
})

describe('useTranslations', () => {
  /** The counted string `key` of `locale` for each of the counts. */
  const counted = (locale: LocaleCode, key: 'count.partners' | 'count.documents', counts: number[]) => {
    const t = useTranslations(locale)
    return counts.map((count) => t(key, { count }))
  }

  it('uses the Polish plural forms', () => {
    expect(counted('pl', 'count.partners', [1, 2, 5, 12, 22])).toEqual([
      '1 partner',
      '2 partnerzy',
      '5 partnerów',
      '12 partnerów',
      '22 partnerzy',
    ])
  })

  it('uses the Lithuanian plural forms', () => {
    expect(counted('lt', 'count.partners', [1, 2, 10, 21])).toEqual([
      '1 partneris',
      '2 partneriai',
      '10 partnerių',
      '21 partneris',
    ])
    expect(counted('lt', 'count.documents', [21, 15])).toEqual(['21 dokumentas', '15 dokumentų'])
  })

  it('uses the English plural forms', () => {
    expect(counted('en', 'count.partners', [1, 3])).toEqual(['1 partner', '3 partners'])
  })

  it('returns the string of its own locale', () => {
    expect(useTranslations('lt')('section.clusters')).toBe('Klasteriai')
    expect(useTranslations('en')('section.clusters')).toBe('Clusters')
  })

  it('interpolates values without HTML-escaping them (Astro escapes on output)', () => {
    expect(useTranslations('en')('home.seeAll', { section: 'Projects & <routes>' })).toBe('See all Projects & <routes>')
  })

  it('answers a call asked again with other values anew, each with its own plural form and values', () => {
    // the strings asked for with options are kept by their values: a kept answer must never stand in
    // for another count, another value, or the same key without options
    const t = useTranslations('pl')
    expect([1, 5, 1, 22, 5].map((count) => t('count.partners', { count }))).toEqual([
      '1 partner',
      '5 partnerów',
      '1 partner',
      '22 partnerzy',
      '5 partnerów',
    ])
    expect(t('list.page', { page: 2, count: 9 })).toBe('Strona 2 z 9')
    expect(t('list.page', { page: 9, count: 2 })).toBe('Strona 9 z 2')
    expect(t('list.page', { page: 2, count: 9 })).toBe('Strona 2 z 9')
    expect(useTranslations('en')('home.seeAll', { section: 'Routes' })).toBe('See all Routes')
    expect(useTranslations('en')('home.seeAll', { section: 'Clusters' })).toBe('See all Clusters')
  })

  it('fills in values that are not plain text or numbers each time, as i18next does', () => {
    const t = useTranslations('en')
    const section = { toString: () => 'Events' }
    expect(t('home.seeAll', { section } as unknown as { section: string })).toBe('See all Events')
    section.toString = () => 'Routes'
    expect(t('home.seeAll', { section } as unknown as { section: string })).toBe('See all Routes')
  })
})
