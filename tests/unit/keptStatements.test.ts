import { describe, expect, it } from 'vitest'
import { KeptStatements } from '../../cms/keptStatements'

describe('KeptStatements', () => {
  const statements = (limit = 4, seenLimit = 4, longestSql = 100) =>
    new KeptStatements<{ sql: string; prepared: number }>({ limit, seenLimit, longestSql })

  /** Runs `sql` as the client does: the kept statement, or one prepared now and offered. */
  const run = (kept: ReturnType<typeof statements>, sql: string, prepared: string[]) => {
    const statement = kept.get(sql)
    if (statement) return statement
    prepared.push(sql)
    const fresh = { sql, prepared: prepared.length }
    kept.offer(sql, fresh)
    return fresh
  }

  it('keeps a statement only when its SQL comes a second time, and reuses it from then on', () => {
    const kept = statements()
    const prepared: string[] = []
    run(kept, 'SELECT 1', prepared)
    expect(kept.has('SELECT 1')).toBe(false)
    const second = run(kept, 'SELECT 1', prepared)
    expect(kept.has('SELECT 1')).toBe(true)
    expect(run(kept, 'SELECT 1', prepared)).toBe(second)
    expect(run(kept, 'SELECT 1', prepared)).toBe(second)
    expect(prepared).toEqual(['SELECT 1', 'SELECT 1'])
  })

  it('never keeps SQL seen once, however much of it passes (a fresh alias on every query)', () => {
    const kept = statements(4, 4)
    const prepared: string[] = []
    for (const sql of ['SELECT a', 'SELECT a']) run(kept, sql, prepared)
    for (let i = 0; i < 1000; i++) run(kept, `SELECT a FROM t AS "alias_${i}"`, prepared)
    expect(kept.has('SELECT a')).toBe(true)
    for (let i = 0; i < 1000; i++) expect(kept.has(`SELECT a FROM t AS "alias_${i}"`)).toBe(false)
  })

  it('forgets SQL seen once long ago: seen again after that, it counts as the first time', () => {
    const kept = statements(4, 2)
    const prepared: string[] = []
    run(kept, 'SELECT old', prepared)
    // quick-lru remembers between seenLimit and twice that: 4 others push the first out for sure
    for (const sql of ['SELECT 1', 'SELECT 2', 'SELECT 3', 'SELECT 4']) run(kept, sql, prepared)
    run(kept, 'SELECT old', prepared)
    expect(kept.has('SELECT old')).toBe(false)
    run(kept, 'SELECT old', prepared)
    expect(kept.has('SELECT old')).toBe(true)
  })

  it('keeps at most twice the limit, forgetting the least recently used first', () => {
    const kept = statements(2, 100)
    const prepared: string[] = []
    const twice = (sql: string) => {
      run(kept, sql, prepared)
      run(kept, sql, prepared)
    }
    for (const sql of ['SELECT a', 'SELECT b', 'SELECT c', 'SELECT d', 'SELECT e']) {
      twice(sql)
      // a, used after each other one is kept, stays the most recently used
      run(kept, 'SELECT a', prepared)
    }
    expect(kept.has('SELECT a')).toBe(true)
    expect(kept.has('SELECT e')).toBe(true)
    expect(['SELECT b', 'SELECT c', 'SELECT d'].filter((sql) => kept.has(sql)).length).toBeLessThanOrEqual(2)
    expect(kept.has('SELECT b')).toBe(false)
  })

  it('never keeps SQL longer than the longest it is given', () => {
    const kept = statements(4, 4, 10)
    const prepared: string[] = []
    for (let i = 0; i < 3; i++) run(kept, 'SELECT 1234567', prepared)
    expect(kept.has('SELECT 1234567')).toBe(false)
    expect(prepared).toHaveLength(3)
    for (let i = 0; i < 3; i++) run(kept, 'SELECT 12', prepared)
    expect(kept.has('SELECT 12')).toBe(true)
  })

  it('forgets everything when cleared', () => {
    const kept = statements()
    const prepared: string[] = []
    for (let i = 0; i < 2; i++) run(kept, 'SELECT 1', prepared)
    run(kept, 'SELECT 2', prepared)
    kept.clear()
    expect(kept.has('SELECT 1')).toBe(false)
    run(kept, 'SELECT 2', prepared)
    expect(kept.has('SELECT 2')).toBe(false)
  })
})
