import { describe, expect, it } from 'vitest'
import {
  formatCountry,
  formatLanguage,
  formatMoney,
  formatNumber,
  formatPartialDate,
  formatPercent,
  formatPeriod,
  periodStatus,
} from '../../../site/src/i18n/format'
import { perLocale } from './perLocale'

/** Intl separates digit groups with U+00A0 / U+202F; compare with plain spaces. */
const plain = (text: string) => text.replace(/\s/g, ' ')

describe('formatPartialDate', () => {
  it('keeps a year a year in every locale', () => {
    const years = perLocale((locale) => formatPartialDate('2012', locale))
    expect(years).toEqual({ pl: '2012', it: '2012', lt: '2012', en: '2012' })
  })

  it('shows a month as month and year, without inventing a day', () => {
    const months = perLocale((locale) => formatPartialDate('2009-06', locale))
    // only Lithuanian is compared with plain spaces: Intl may separate its parts with U+00A0
    months.lt = plain(months.lt)
    expect(months).toEqual({ pl: 'czerwiec 2009', it: 'giugno 2009', lt: '2009 m. birželis', en: 'June 2009' })
  })

  it('shows a full date with its day', () => {
    const days = perLocale((locale) => formatPartialDate('2015-03-11', locale))
    days.lt = plain(days.lt)
    expect(days).toEqual({ pl: '11 marca 2015', it: '11 marzo 2015', lt: '2015 m. kovo 11 d.', en: '11 March 2015' })
  })

  it('does not shift the first day of a year or month across a time zone', () => {
    expect(formatPartialDate('2017-01-01', 'en')).toBe('1 January 2017')
    expect(formatPartialDate('2017-01', 'en')).toBe('January 2017')
  })

  it('returns a value that is not a partial date unchanged', () => {
    expect(formatPartialDate('11.03.2015', 'pl')).toBe('11.03.2015')
    expect(formatPartialDate('2021-02-29', 'en')).toBe('2021-02-29')
  })
})

describe('formatPeriod', () => {
  it('joins start and end at their own precisions', () => {
    expect(formatPeriod('2017-01', '2021-12-31', 'en')).toBe('January 2017 – 31 December 2021')
    expect(formatPeriod('2017', '2019-06', 'pl')).toBe('2017 – czerwiec 2019')
  })

  it('shows an ellipsis for a missing end or start', () => {
    expect(formatPeriod('2017-01', null, 'en')).toBe('January 2017 – …')
    expect(formatPeriod(undefined, '2021', 'en')).toBe('… – 2021')
  })
})

describe('formatMoney', () => {
  it('formats Polish amounts with spaces between groups and the euro sign after', () => {
    expect(plain(formatMoney('1337521.14', 'EUR', 'pl'))).toBe('1 337 521,14 €')
  })

  it('formats Lithuanian amounts with the same digits and the euro sign after', () => {
    expect(plain(formatMoney('1337521.14', 'EUR', 'lt'))).toBe('1 337 521,14 €')
  })

  it('formats English (en-GB) amounts with the euro sign first and commas between groups', () => {
    expect(formatMoney('1337521.14', 'EUR', 'en')).toBe('€1,337,521.14')
  })

  it('formats Italian amounts with dots between groups', () => {
    expect(plain(formatMoney('1337521.14', 'EUR', 'it'))).toBe('1.337.521,14 €')
  })

  it('is exact to the cent for amounts beyond floating-point precision', () => {
    expect(plain(formatMoney('12345678901234567.89', 'EUR', 'pl'))).toBe('12 345 678 901 234 567,89 €')
    expect(formatMoney('0.10', 'EUR', 'en')).toBe('€0.10')
  })

  it('always shows two decimals', () => {
    expect(formatMoney('85', 'EUR', 'en')).toBe('€85.00')
  })

  it('uses the currency given', () => {
    expect(plain(formatMoney('1337521.14', 'PLN', 'pl'))).toBe('1 337 521,14 zł')
  })
})

describe('formatPercent', () => {
  it('shows whole percentages without decimals', () => {
    expect(formatPercent(85, 'en')).toBe('85%')
    expect(formatPercent(85, 'pl')).toBe('85%')
  })

  it('shows up to two decimals with the locale decimal separator', () => {
    expect(formatPercent(81.51, 'pl')).toBe('81,51%')
    expect(formatPercent(81.51, 'en')).toBe('81.51%')
    expect(plain(formatPercent(81.51, 'lt'))).toBe('81,51 %')
  })

  it('rounds to two decimals', () => {
    expect(formatPercent(33.3333, 'en')).toBe('33.33%')
  })
})

describe('formatNumber', () => {
  it('uses the locale decimal separator and at most two decimals', () => {
    expect(formatNumber(12.5, 'pl')).toBe('12,5')
    expect(formatNumber(12.5, 'en')).toBe('12.5')
    expect(formatNumber(1.23456, 'en')).toBe('1.23')
  })
})

describe('formatCountry', () => {
  it("names a country in the reader's language", () => {
    expect(perLocale((locale) => formatCountry('LT', locale))).toMatchObject({
      pl: 'Litwa',
      lt: 'Lietuva',
      en: 'Lithuania',
    })
    expect(formatCountry('PL', 'it')).toBe('Polonia')
    expect(formatCountry('PL', 'lt')).toBe('Lenkija')
  })
})

describe('formatLanguage', () => {
  it("names a language in the reader's language", () => {
    expect(formatLanguage('lt', 'pl')).toBe('litewski')
    expect(formatLanguage('pl', 'lt')).toBe('lenkų')
    expect(formatLanguage('it', 'en')).toBe('Italian')
  })
})

describe('periodStatus', () => {
  it('is unknown without start and end', () => {
    expect(periodStatus(null, null, '2026-11-21')).toBe('unknown')
    expect(periodStatus(undefined, '', '2026-11-21')).toBe('unknown')
  })

  it('is completed after the last day a partial end can mean', () => {
    expect(periodStatus('2017-01', '2021-12-31', '2026-11-21')).toBe('completed')
    expect(periodStatus('2017', '2019-06', '2019-07-01')).toBe('completed')
  })

  it('is ongoing within a period given by years only', () => {
    expect(periodStatus('2017', '2017', '2017-06-01')).toBe('ongoing')
  })

  it('is ongoing on the first and last day a partial period can mean', () => {
    expect(periodStatus('2017', '2017', '2017-01-01')).toBe('ongoing')
    expect(periodStatus('2017', '2017', '2017-12-31')).toBe('ongoing')
    expect(periodStatus('2017-03', '2019-06', '2019-06-30')).toBe('ongoing')
  })

  it('is upcoming before the first day a partial start can mean', () => {
    expect(periodStatus('2027', '2030', '2026-12-31')).toBe('upcoming')
    expect(periodStatus('2026-12', null, '2026-11-30')).toBe('upcoming')
  })

  it('is ongoing after a start with no end', () => {
    expect(periodStatus('2017-01', null, '2026-11-21')).toBe('ongoing')
  })

  it('is completed after an end with no start', () => {
    expect(periodStatus(null, '2021', '2026-11-21')).toBe('completed')
  })

  it('is unknown before an end with no start', () => {
    expect(periodStatus(null, '2030', '2026-11-21')).toBe('unknown')
  })
})
