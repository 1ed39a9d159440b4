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

  it('keeps at most its limit, forgetting the least recently used first', () => {
    const results = new KeptResults<string>(2)
    const made: string[] = []
    const get = (key: string) =>
      results.get(key, () => {
        made.push(key)
        return key.toUpperCase()
      })
    for (const key of ['a', 'b', 'c', 'b', 'a']) expect(get(key)).toBe(key.toUpperCase())
    // c pushed a out; b was still there, and asked for again it became the most recently used, so
    // a, made again, pushed c out rather than b (the oldest one kept)
    expect(made).toEqual(['a', 'b', 'c', 'a'])
    expect(get('b')).toBe('B')
    expect(made).toEqual(['a', 'b', 'c', 'a'])
    expect(get('c')).toBe('C')
    expect(made).toEqual(['a', 'b', 'c', 'a', 'c'])
  })
})
