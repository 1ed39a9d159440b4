import type { Field } from 'payload'
import { describe, expect, it } from 'vitest'
import { fieldSizeProblem, withFieldLimits } from '../../cms/fields/limits'
import { formatBytes } from '../../cms/lib/formatBytes'
import { ProblemList } from '../../cms/translation/problems'

const summary: Field = { name: 'summary', type: 'textarea', localized: true }

describe('field size limits', () => {
  it('checks every locale of a write with locale=all, not only a single value', () => {
    expect(fieldSizeProblem(summary, { pl: 'ok', lt: 'x'.repeat(40_001) })).toBe(
      'At most 40,000 characters are allowed; this has 40,001.',
    )
    expect(fieldSizeProblem(summary, { pl: 'ok', lt: 'x'.repeat(40_000) })).toBeUndefined()
  })

  it("keeps a field's own lower limit, and checks each value and the count of a hasMany text", () => {
    const tags: Field = { name: 'tags', type: 'text', hasMany: true, maxLength: 10, maxRows: 3 }
    expect(fieldSizeProblem(tags, ['short', 'much too long'])).toBe('At most 10 characters are allowed; this has 13.')
    expect(fieldSizeProblem(tags, ['a', 'b', 'c', 'd'])).toBe('At most 3 rows are allowed; this has 4.')
  })

  it('measures rich text by its text and by its stored JSON', () => {
    const paragraph = (text: string) => ({ type: 'paragraph', children: [{ type: 'text', text }] })
    const body: Field = { name: 'body', type: 'richText' }
    const state = (children: unknown[]) => ({ root: { type: 'root', children } })
    expect(fieldSizeProblem(body, state([paragraph('a'.repeat(60_000)), paragraph('b'.repeat(40_001))]))).toBe(
      'At most 100,000 characters of text are allowed; this has 100,001.',
    )
    // 40,000 empty paragraphs: hardly any text, but half a million characters of structure and more
    const empty = Array.from({ length: 40_000 }, () => paragraph(''))
    expect(fieldSizeProblem(body, state(empty))).toMatch(/^The rich text is too large: [\d,]+ characters of stored/)
  })

  it('gives fields their default limits without changing the shared field objects', () => {
    const name: Field = { name: 'name', type: 'text' }
    const goals: Field = { name: 'goals', type: 'array', fields: [{ name: 'goal', type: 'textarea' }] }
    const [limitedName, limitedGoals] = withFieldLimits([name, goals]) as [
      Field & { maxLength: number; validate: unknown },
      Field & { maxRows: number; fields: (Field & { maxLength: number })[] },
    ]
    expect(limitedName.maxLength).toBe(2_000)
    expect(typeof limitedName.validate).toBe('function')
    expect(limitedGoals.maxRows).toBe(200)
    expect(limitedGoals.fields[0].maxLength).toBe(40_000)
    expect(name).toEqual({ name: 'name', type: 'text' })
  })
})

describe('problem list', () => {
  it('keeps the first problems and counts the rest', () => {
    const problems = new ProblemList(2)
    problems.push('one', 'two', 'three')
    problems.push('four')
    expect(problems.length).toBe(4)
    expect(problems.full).toBe(true)
    expect(problems.list()).toEqual(['one', 'two', '…and 2 more problems (only the first 2 are listed).'])
  })
})

describe('formatBytes', () => {
  it('names sizes in binary units, rounding up so a size over a limit never reads as the limit', () => {
    expect(formatBytes(4 * 1024 * 1024)).toBe('4 MiB')
    expect(formatBytes(10 * 1024 * 1024 + 1)).toBe('10.1 MiB')
    expect(formatBytes(1536)).toBe('1.5 KiB')
    expect(formatBytes(999)).toBe('999 bytes')
  })
})
