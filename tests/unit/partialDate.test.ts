import { describe, expect, it } from 'vitest'
import { earliestDay, endsBeforeStart, latestDay, parsePartialDate, precisionOf } from '../../cms/lib/partialDate'

describe('partial dates', () => {
  it('keeps the precision the source gave', () => {
    expect(precisionOf('2012')).toBe('year')
    expect(precisionOf('2009-06')).toBe('month')
    expect(precisionOf('2015-03-11')).toBe('day')
    expect(parsePartialDate('2009-06')).toEqual({ year: 2009, month: 6, precision: 'month' })
  })

  it('rejects impossible or misspelt dates with a reason', () => {
    expect(parsePartialDate('2021-02-29')).toMatchObject({
      error: expect.stringMatching(/not a day of the calendar/),
      problem: { key: 'validation.noSuchDay', values: { value: '2021-02-29' } },
    })
    expect(parsePartialDate('2020-13')).toMatchObject({
      error: expect.stringMatching(/no month 13/),
      problem: { key: 'validation.noSuchMonth', values: { value: '2020-13', month: '13' } },
    })
    expect(parsePartialDate('11.03.2015')).toMatchObject({
      error: expect.stringMatching(/YYYY, YYYY-MM or YYYY-MM-DD/),
      problem: { key: 'validation.notADate' },
    })
    expect(parsePartialDate('2024-02-29')).toEqual({ year: 2024, month: 2, day: 29, precision: 'day' })
  })

  it('knows the range a partial date covers', () => {
    expect(earliestDay('2009-06')).toBe('2009-06-01')
    expect(latestDay('2009-06')).toBe('2009-06-30')
    expect(latestDay('2024-02')).toBe('2024-02-29')
    expect(latestDay('2012')).toBe('2012-12-31')
  })

  it('compares periods of mixed precision without inventing days', () => {
    expect(endsBeforeStart('2017-01', '2021-12-31')).toBe(false)
    expect(endsBeforeStart('2017-01-15', '2017-01')).toBe(false)
    expect(endsBeforeStart('2017', '2017-03')).toBe(false)
    expect(endsBeforeStart('2019-12-31', '2017')).toBe(true)
    expect(endsBeforeStart('2017-02', '2017-01-31')).toBe(true)
  })
})
