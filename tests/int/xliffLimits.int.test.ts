/**
 * The bounds of an XLIFF import (cms/limits.ts), through the upload endpoint and the importer the
 * command line uses: a file too large, with too much markup, too many documents or units is refused
 * before it is parsed or read, with one short problem; a file with many faults is answered with the
 * first 100 and a count of the rest; a target longer than its field allows is refused naming the file,
 * unit and limit. Nothing is written in any case.
 */
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { XLIFF_MAX_BYTES } from '../../cms/limits'
import { exportTranslations } from '../../cms/translation/exportTranslations'
import { importTranslations } from '../../cms/translation/importTranslations'
import { readXliff } from '../../cms/translation/xliff/read'
import { writeXliff } from '../../cms/translation/xliff/write'
import { apiClient } from './support/api'
import { signIn } from './support/factories'
import { startTestCms, testDatabase } from './support/testCms'

const head =
  '<?xml version="1.0" encoding="UTF-8"?><xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="pl" trgLang="lt">'
const xliff = (body: string) => `${head}${body}</xliff>`

/** A `<file>` of `units` units with one segment each, naming a document that does not exist. */
function fileOf(n: number, units: number): string {
  const unit = (u: number) =>
    `<unit id="u${u}" type="cms:plain"><segment state="translated"><source>a</source><target>b</target></segment></unit>`
  return `<file id="f${n}" original="clusters/${1_000_000 + n}">${Array.from({ length: units }, (_, u) => unit(u)).join('')}</file>`
}

describe(`XLIFF import limits (${testDatabase})`, () => {
  let payload: Payload
  let api: ReturnType<typeof apiClient>
  let token: string
  let clusterId: number | string

  /** Every cluster in every locale and the number of versions: what "nothing written" compares. */
  const stored = async () => {
    const { docs } = await payload.find({ collection: 'clusters', locale: 'all', draft: true, depth: 0 })
    return JSON.stringify([docs, (await payload.countVersions({ collection: 'clusters' })).totalDocs])
  }

  /** Uploads `xml` as a translator would, and answers the status, the report and the answer's size. */
  async function upload(xml: string) {
    const { status, text } = await api.sendRaw(
      'POST',
      '/api/translations/import',
      xml,
      { 'Content-Type': 'application/xliff+xml' },
      token,
    )
    return { status, bytes: text.length, body: JSON.parse(text) }
  }

  beforeAll(async () => {
    payload = await startTestCms()
    api = apiClient(payload)
    token = (await signIn(payload, 'translator', { assignedLocales: ['lt'] })).token
    const cluster = await payload.create({
      collection: 'clusters',
      locale: 'pl',
      data: { name: 'Klaster', summary: 'Krótkie podsumowanie.', sourceLocale: 'pl', _status: 'published' },
    })
    clusterId = cluster.id
  })
  afterAll(async () => payload?.destroy())

  it('refuses an upload over 10 MiB with 413 and writes nothing', async () => {
    const before = await stored()
    const huge = xliff('<file/>'.repeat(Math.ceil((XLIFF_MAX_BYTES + 128 * 1024) / 7)))
    const response = await upload(huge)
    expect(response.status).toBe(413)
    expect(response.body.errors[0].message).toBe(
      'The upload is larger than 10 MiB, the most an XLIFF file may be; export fewer documents per file.',
    )
    expect(await stored()).toBe(before)
  })

  it('the importer itself (as the command line runs it) refuses a file over 10 MiB with one problem', async () => {
    const report = await importTranslations(payload, xliff(' '.repeat(XLIFF_MAX_BYTES)))
    expect(report).toEqual({
      ok: false,
      problems: [
        'The file is 10.1 MiB; an XLIFF file may be at most 10 MiB. Please export fewer documents per file (by collection, document or status).',
      ],
      problemCount: 1,
    })
  })

  it('refuses a file of more than 200,000 elements before parsing, with one short problem', async () => {
    const before = await stored()
    const bogus = xliff('<file/>'.repeat(700_000)) // 4.7 MiB: above the ordinary body limit, under the XLIFF one
    const response = await upload(bogus)
    expect(response.status).toBe(422)
    expect(response.body).toEqual({
      ok: false,
      problems: [
        'The file has more than 200,000 elements (tags); that is the most one file may have. Please export fewer documents per file (by collection, document or status).',
      ],
      problemCount: 1,
    })
    expect(await stored()).toBe(before)
  })

  it('refuses more than 2,000 documents or 20,000 units before reading any of them', async () => {
    const files = await upload(xliff(Array.from({ length: 2_001 }, (_, n) => fileOf(n, 1)).join('')))
    expect(files.status).toBe(422)
    expect(files.body.problems).toEqual([
      'The file has 2,001 <file> elements (documents); at most 2,000 are allowed. Please export fewer documents per file (by collection, document or status).',
    ])
    const units = await upload(xliff(Array.from({ length: 21 }, (_, n) => fileOf(n, 1_000)).join('')))
    expect(units.status).toBe(422)
    expect(units.body.problems).toEqual([
      'The file has 21,000 <unit> elements (fields); at most 20,000 are allowed. Please export fewer documents per file (by collection, document or status).',
    ])
  })

  it('lists the first 100 problems of a file full of faults and counts the rest, in a short answer', async () => {
    const before = await stored()
    // each empty <file> has no id, no original and no unit: three problems
    const response = await upload(xliff('<file/>'.repeat(1_000)))
    expect(response.status).toBe(422)
    expect(response.body.problemCount).toBe(3_000)
    expect(response.body.problems).toHaveLength(101)
    expect(response.body.problems[0]).toBe('File 1 has no id.')
    expect(response.body.problems[100]).toBe('…and 2,900 more problems (only the first 100 are listed).')
    expect(response.bytes).toBeLessThan(10_000)
    expect(await stored()).toBe(before)
  })

  it('stops checking documents in the database once 100 problems are listed', async () => {
    // 150 well-formed files naming documents that do not exist: one problem each, found by reading
    const report = await importTranslations(
      payload,
      xliff(Array.from({ length: 150 }, (_, n) => fileOf(n, 1)).join('')),
    )
    expect(report.ok).toBe(false)
    if (report.ok) return
    expect(report.problemCount).toBe(100)
    expect(report.problems.at(-1)).toBe('Checking stopped there: 50 more documents were not checked.')
  })

  it('refuses a target longer than its field allows, naming the file, unit and limit', async () => {
    const [file] = await exportTranslations(payload, { locale: 'lt', collection: 'clusters', id: clusterId })
    const parsed = readXliff(file.xml)
    if (!parsed.ok) throw new Error(parsed.problems.join('\n'))
    const long = 'ž'.repeat(40_001)
    const doc = parsed.document
    const translated = {
      ...doc,
      files: doc.files.map((f) => ({
        ...f,
        units: f.units.map((u) => ({
          ...u,
          segments: u.segments.map((s) => ({
            ...s,
            state: 'translated' as const,
            target: u.id === 'summary' ? [{ kind: 'text' as const, text: long, format: 0 }] : s.source,
          })),
        })),
      })),
    }
    const before = await stored()
    const response = await upload(writeXliff(translated))
    expect(response.status).toBe(422)
    expect(response.body.problems).toEqual([
      `file "${doc.files[0].id}" (clusters/${clusterId}), unit "summary" (Summary): the target does not fit the field. At most 40,000 characters are allowed; this has 40,001.`,
    ])
    expect(await stored()).toBe(before)
  })
})
