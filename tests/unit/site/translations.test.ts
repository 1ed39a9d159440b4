import { describe, expect, it } from 'vitest'
import { localeCodes } from '../../../cms/locales'
import { checkTranslations, type Strings, useTranslations } from '../../../site/src/i18n/translations'
import en from '../../../site/src/translations/en.json'
import itStrings from '../../../site/src/translations/it.json'
import lt from '../../../site/src/translations/lt.json'
import pl from '../../../site/src/translations/pl.json'

const files: Record<string, Strings> = { pl, it: itStrings, lt, en }

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

  it('reports a missing key', () => {
    const all = strings()
    delete all.pl['site.name']
    expect(checkTranslations(all)).toEqual(['pl: missing "site.name"'])
  })

  it('reports a key the reference does not have', () => {
    const all = strings()
    all.pl['site.slogan'] = 'Hasło'
    expect(checkTranslations(all)).toEqual(['pl: unknown key "site.slogan"'])
  })

  it('reports a wrong placeholder', () => {
    const all = strings()
    all.pl['home.seeAll'] = 'Zobacz wszystkie: {{sekcja}}'
    expect(checkTranslations(all)).toEqual(['pl: "home.seeAll" must use the placeholders {{section}}'])
  })

  it('reports a dropped placeholder in a plural form', () => {
    const all = strings()
    all.pl['count.partners_many'] = 'wielu partnerów'
    expect(checkTranslations(all)).toEqual(['pl: "count.partners_many" must use the placeholders {{count}}'])
  })

  it('reports an empty string', () => {
    const all = strings()
    all.pl['site.name'] = '  '
    expect(checkTranslations(all)).toEqual(['pl: "site.name" is empty'])
  })

  it('reports a missing Polish plural form (pl needs one, few, many and other)', () => {
    const all = strings()
    delete all.pl['count.partners_few']
    expect(checkTranslations(all)).toEqual(['pl: missing plural form "count.partners_few"'])
  })

  it('reports a plural form the language does not have', () => {
    const all = strings()
    all.en['count.partners_few'] = '{{count}} partners'
    expect(checkTranslations(all)).toEqual(['en: "count.partners_few" is not a plural form of en'])
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
    const reference = [...new Set(Object.keys(en).map(pluralBase))].sort()
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
  it('uses the Polish plural forms', () => {
    const t = useTranslations('pl')
    expect(t('count.partners', { count: 1 })).toBe('1 partner')
    expect(t('count.partners', { count: 2 })).toBe('2 partnerzy')
    expect(t('count.partners', { count: 5 })).toBe('5 partnerów')
    expect(t('count.partners', { count: 12 })).toBe('12 partnerów')
    expect(t('count.partners', { count: 22 })).toBe('22 partnerzy')
  })

  it('uses the Lithuanian plural forms', () => {
    const t = useTranslations('lt')
    expect(t('count.partners', { count: 1 })).toBe('1 partneris')
    expect(t('count.partners', { count: 2 })).toBe('2 partneriai')
    expect(t('count.partners', { count: 10 })).toBe('10 partnerių')
    expect(t('count.partners', { count: 21 })).toBe('21 partneris')
    expect(t('count.documents', { count: 21 })).toBe('21 dokumentas')
    expect(t('count.documents', { count: 15 })).toBe('15 dokumentų')
  })

  it('uses the English plural forms', () => {
    const t = useTranslations('en')
    expect(t('count.partners', { count: 1 })).toBe('1 partner')
    expect(t('count.partners', { count: 3 })).toBe('3 partners')
  })

  it('returns the string of its own locale', () => {
    expect(useTranslations('lt')('section.clusters')).toBe('Klasteriai')
    expect(useTranslations('en')('section.clusters')).toBe('Clusters')
  })

  it('interpolates values without HTML-escaping them (Astro escapes on output)', () => {
    expect(useTranslations('en')('home.seeAll', { section: 'Projects & <routes>' })).toBe('See all Projects & <routes>')
  })
})
