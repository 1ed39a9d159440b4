import { describe, expect, it } from 'vitest'
import { AnswerCache, type KeptAnswer } from '../../cms/api/answerCache'

const answerOf = (bytes: number, version = 'v1'): KeptAnswer => ({
  version,
  body: new Uint8Array(bytes),
  headers: new Headers(),
  etag: '"x"',
  modified: undefined,
})

describe('AnswerCache', () => {
  it('gives an answer back only at the content version it was kept under', () => {
    const cache = new AnswerCache(1024 * 1024)
    const answer = answerOf(100)
    cache.set('/api/clusters', answer)
    expect(cache.get('/api/clusters', 'v1')).toBe(answer)
    expect(cache.get('/api/clusters', 'v2')).toBeUndefined()
    // an answer of an older version is dropped, not kept for later
    expect(cache.get('/api/clusters', 'v1')).toBeUndefined()
    expect(cache.bytes).toBe(0)
  })

  it('lets the least recently used answers go once the answers take more than the limit', () => {
    const cache = new AnswerCache(40_000)
    for (const key of ['a', 'b', 'c']) cache.set(key, answerOf(9_000))
    cache.get('a', 'v1') // a is now used more recently than b
    cache.set('d', answerOf(9_000))
    cache.set('e', answerOf(9_000))
    expect(cache.get('b', 'v1')).toBeUndefined()
    for (const key of ['a', 'c', 'd', 'e']) expect(cache.get(key, 'v1'), key).toBeDefined()
    expect(cache.bytes).toBeLessThanOrEqual(40_000)
  })

  it('does not keep an answer larger than a quarter of the limit', () => {
    const cache = new AnswerCache(40_000)
    cache.set('big', answerOf(20_000))
    expect(cache.get('big', 'v1')).toBeUndefined()
    expect(cache.bytes).toBe(0)
  })

  it('counts a replaced answer once', () => {
    const cache = new AnswerCache(1024 * 1024)
    cache.set('a', answerOf(1_000))
    const once = cache.bytes
    cache.set('a', answerOf(1_000, 'v2'))
    expect(cache.bytes).toBe(once)
  })
})
