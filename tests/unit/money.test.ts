import { describe, expect, it } from 'vitest'
import { fromCents, isMoney, normalizeMoney, percentage, toCents } from '../../cms/lib/money'

describe('money', () => {
  it('parses amounts into exact cents', () => {
    expect(toCents('1337521.14')).toBe(133752114n)
    expect(toCents('85')).toBe(8500n)
    expect(toCents('0.5')).toBe(50n)
  })

  it('adds up where floating point would not', () => {
    expect(0.1 + 0.2).not.toBe(0.3)
    expect(fromCents(toCents('0.1') + toCents('0.2'))).toBe('0.30')
    expect(fromCents(toCents('1337521.14') + toCents('303345.71'))).toBe('1640866.85')
    expect(toCents('471285.45') + toCents('83168.02')).toBe(toCents('554453.47'))
  })

  it('rejects malformed amounts', () => {
    for (const bad of ['1 337 521,14', '1,337,521.14', '12.345', '-5', '01', '', 'abc', '1e6']) {
      expect(isMoney(bad), bad).toBe(false)
    }
    expect(() => toCents('12,5')).toThrow(/not an amount/)
  })

  it('normalises to two decimals', () => {
    expect(normalizeMoney('85')).toBe('85.00')
    expect(normalizeMoney('12.5')).toBe('12.50')
  })

  it('computes the co-financing rate with two decimals, rounded half up', () => {
    expect(percentage('471285.45', '554453.47')).toBe(85)
    expect(percentage('1337521.14', '1640866.85')).toBe(81.51)
    expect(percentage('1', '3')).toBe(33.33)
    expect(percentage('2', '3')).toBe(66.67)
    expect(percentage('1', '0')).toBeNull()
  })
})
