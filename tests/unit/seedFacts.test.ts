/**
 * The seed states no fact its source documents do not contain. Every number, amount, date, partner
 * role, official name, acronym and web address in content-seed/ must be listed for its document in
 * content-seed/provenance/facts/<folder>/<key>.yaml, with the words of a source document
 * (content-seed/provenance/sources/) that state it. This test checks that the list is complete, that
 * each quote is in the document's sources word for word, and that the quote carries the value: the same
 * digits for amounts and numbers, the year for dates, the very words for names and the host for a web
 * address. Whether the quote really says what the field means stays a reader's judgement; that every
 * value has a quote a reader can check is what this guards.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import type { Field } from 'payload'
import { describe, expect, it } from 'vitest'
import { parse } from 'yaml'
import { PROVENANCE, readSeedFiles } from '../../cms/seed/readSeedFiles'
import { defaultSeedDir } from '../../cms/seed/runSeed'

/** What kind of fact a guarded value is, which decides how its quote must carry it. */
type FactKind = 'amount' | 'number' | 'date' | 'role' | 'name' | 'web'

interface Guarded {
  path: string
  value: string
  kind: FactKind
}

interface Fact {
  field: string
  value: unknown
  quote: string
}

const provenance = path.join(defaultSeedDir, PROVENANCE)
const normalize = (text: string) => text.replace(/\s+/g, ' ').trim()
const digits = (text: string) => text.replace(/\D/g, '')

/** The kind of fact a field holds, or undefined for fields that are not guarded. */
function factKind(field: Field): FactKind | undefined {
  const cell = (field.admin as { components?: { Cell?: unknown } } | undefined)?.components?.Cell
  if (cell === '/components/ReadableValues#MoneyCell') return 'amount'
  if (cell === '/components/ReadableValues#PartialDateCell') return 'date'
  if (field.type === 'number') return 'number'
  if (!('name' in field)) return undefined
  if (field.name === 'role' && field.type === 'select') return 'role'
  if (field.name === 'officialName' || field.name === 'acronym') return 'name'
  if (field.name === 'website' || field.name === 'url') return 'web'
  return undefined
}

/** Every guarded value in a seed file's data, with its path ("partners.0.role"). */
function guardedValues(fields: Field[], data: unknown, prefix = ''): Guarded[] {
  const out: Guarded[] = []
  const record = (data && typeof data === 'object' ? data : {}) as Record<string, unknown>
  for (const field of fields) {
    if (field.type === 'row' || field.type === 'collapsible' || (field.type === 'group' && !('name' in field))) {
      out.push(...guardedValues(field.fields, record, prefix))
      continue
    }
    if (field.type === 'tabs') {
      for (const tab of field.tabs) {
        if ('name' in tab && tab.name) out.push(...guardedValues(tab.fields, record[tab.name], `${prefix}${tab.name}.`))
        else out.push(...guardedValues(tab.fields, record, prefix))
      }
      continue
    }
    if (!('name' in field) || !(field.name in record)) continue
    const value = record[field.name]
    const at = `${prefix}${field.name}`
    if (field.type === 'group') out.push(...guardedValues(field.fields, value, `${at}.`))
    else if (field.type === 'array' && Array.isArray(value)) {
      for (const [index, row] of value.entries()) out.push(...guardedValues(field.fields, row, `${at}.${index}.`))
    } else {
      const kind = factKind(field)
      if (!kind || value === null || value === undefined || value === '') continue
      const values = Array.isArray(value) ? value : [value]
      for (const [index, one] of values.entries()) {
        out.push({ path: values.length > 1 ? `${at}.${index}` : at, value: String(one), kind })
      }
    }
  }
  return out
}

/** How a quote must carry a value of its kind; undefined when it does. */
function quoteProblem(kind: FactKind, value: string, quote: string): string | undefined {
  switch (kind) {
    case 'amount':
    case 'number':
      return digits(quote).includes(digits(value)) ? undefined : `the quote does not hold the digits ${digits(value)}`
    case 'date': {
      const year = value.slice(0, 4)
      return quote.includes(year) ? undefined : `the quote does not hold the year ${year}`
    }
    case 'name':
      return normalize(quote).includes(normalize(value)) ? undefined : 'the quote does not hold the name as written'
    case 'web': {
      const host = value
        .replace(/^https?:\/\//, '')
        .replace(/^www\./, '')
        .replace(/\/.*$/, '')
      return quote.toLowerCase().includes(host.toLowerCase()) ? undefined : `the quote does not hold ${host}`
    }
    case 'role':
      return undefined
  }
}

describe('the seed and its sources', () => {
  it('states no number, amount, date, role, official name or web address its source documents do not contain', async () => {
    const { contentCollections } = await import('../../cms/collections')
    const { SiteSettings } = await import('../../cms/globals/SiteSettings')
    const fieldsOf = (kind: string, slug: string): Field[] =>
      kind === 'global' ? SiteSettings.fields : (contentCollections as Record<string, { fields: Field[] }>)[slug].fields
    const { files, problems: readProblems } = await readSeedFiles(defaultSeedDir)
    expect(readProblems).toEqual([])
    expect(files.length).toBeGreaterThan(40)
    const problems: string[] = []
    for (const seed of files) {
      // the facts of content-seed/<folder>/<key>.yaml are in provenance/facts/<folder>/<key>.yaml
      const factsFile = path.join(provenance, 'facts', seed.file)
      if (!existsSync(factsFile)) {
        problems.push(`${seed.file}: no provenance/facts/${seed.file} naming its sources`)
        continue
      }
      const { sources, facts = [] } = parse(readFileSync(factsFile, 'utf8')) as { sources?: string[]; facts?: Fact[] }
      if (!sources?.length) problems.push(`${seed.file}: its facts file names no source document`)
      const text = normalize(
        (sources ?? [])
          .map((name) => {
            const file = path.join(provenance, 'sources', name)
            if (existsSync(file)) return readFileSync(file, 'utf8')
            problems.push(`${seed.file}: source "${name}" is not in provenance/sources`)
            return ''
          })
          .join('\n'),
      )
      const guarded = guardedValues(fieldsOf(seed.kind, seed.slug), seed.data)
      for (const value of guarded) {
        const fact = facts.find((f) => f.field === value.path)
        if (!fact) {
          problems.push(`${seed.file} › ${value.path} = ${value.value}: no fact quotes a source for it`)
          continue
        }
        if (String(fact.value) !== value.value)
          problems.push(`${seed.file} › ${value.path}: the fact says ${String(fact.value)}, the seed ${value.value}`)
        if (!text.includes(normalize(fact.quote ?? '')) || !normalize(fact.quote ?? ''))
          problems.push(`${seed.file} › ${value.path}: the quote is not in its sources: "${fact.quote}"`)
        const mismatch = quoteProblem(value.kind, value.value, fact.quote ?? '')
        if (mismatch) problems.push(`${seed.file} › ${value.path}: ${mismatch}: "${fact.quote}"`)
      }
      for (const fact of facts) {
        if (!guarded.some((g) => g.path === fact.field))
          problems.push(`${seed.file}: a fact names ${fact.field}, which the seed does not set (or does not guard)`)
      }
    }
    const known = new Set(files.map((f) => f.file))
    for (const slug of readdirSync(path.join(provenance, 'facts'))) {
      for (const name of readdirSync(path.join(provenance, 'facts', slug))) {
        if (!known.has(`${slug}/${name}`)) problems.push(`provenance/facts/${slug}/${name}: no such seed file`)
      }
    }
    expect(problems).toEqual([])
    // loading the CMS's collection config is seconds of CPU: minutes on a busy machine
  }, 180_000)
})
