import { describe, expect, it } from 'vitest'
import { KeptResults } from '../../site/src/lib/keptResults'

describe('KeptResults', () => {
  it('makes a result once per key and hands the kept one back after', () => {
    const results = new KeptResults<string[]>(10)
    let made = 0
    const make = (key: string) => () => {
      made++
      return [key]
    }
    const first = results.get('a', make('a'))
    expect(results.get('a', make('a'))).toBe(first)
    expect(results.get('b', make('b'))).toEqual(['b'])
    expect(made).toBe(2)
  })

  it('forgets the least recently used first, never the ones used last', () => {
    const results = new KeptResults<string>(2)
    const made: string[] = []
    const get = (key: string) =>
      results.get(key, () => {
        made.push(key)
        return key.toUpperCase()
      })
    for (const key of ['a', 'b', 'c', 'b', 'a']) expect(get(key)).toBe(key.toUpperCase())
    // b, asked for again, became the most recently used: a, made again, pushed out c rather than b,
    // though b was kept before c
    expect(made).toEqual(['a', 'b', 'c', 'a'])
    expect(get('b')).toBe('B')
    expect(made).toEqual(['a', 'b', 'c', 'a'])
    expect(get('c')).toBe('C')
    expect(made).toEqual(['a', 'b', 'c', 'a', 'c'])
  })

  it('keeps the last `limit` keys through many new ones, and forgets the old', () => {
    const results = new KeptResults<number>(3)
    let made = 0
    const get = (key: number) =>
      results.get(`k${key}`, () => {
        made++
        return key
      })
    for (let key = 0; key < 1000; key++) get(key)
    expect(made).toBe(1000)
    for (const key of [999, 998, 997]) expect(get(key)).toBe(key)
    expect(made).toBe(1000)
    expect(get(0)).toBe(0)
    expect(made).toBe(1001)
  })
})
