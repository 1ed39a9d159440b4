/**
 * XLIFF export and import against the seed content on a real database: exports are valid XLIFF 2.0
 * that an independent parser reads into the same units; an unchanged round trip changes nothing; a
 * translated file changes only its target locale; every kind of bad file is rejected with its problem
 * named and nothing written.
 */
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { xliff2js } from 'xliff'
import { localeCodes } from '../../cms/locales'
import { runSeed } from '../../cms/seed/runSeed'
import { exportTranslations } from '../../cms/translation/exportTranslations'
import { importTranslations } from '../../cms/translation/importTranslations'
import { translatableCollections } from '../../cms/translation/translatableCollections'
import { inlineText } from '../../cms/translation/xliff/lexical'
import type { Inline, XliffDocument } from '../../cms/translation/xliff/model'
import { readXliff } from '../../cms/translation/xliff/read'
import { writeXliff } from '../../cms/translation/xliff/write'
import { apiClient } from './support/api'
import { signIn } from './support/factories'
import { startTestCms, testDatabase } from './support/testCms'

/** Every content document in all locales (latest versions), plus the number of versions: what "nothing written" compares. */
async function snapshot(payload: Payload): Promise<string> {
  const parts: unknown[] = []
  for (const { slug: collection } of translatableCollections(payload)) {
    const { docs } = await payload.find({
      collection,
      locale: 'all',
      draft: true,
      depth: 0,
      pagination: false,
      sort: 'id',
    })
    const versions = await payload.countVersions({ collection })
    parts.push(collection, versions.totalDocs, docs)
  }
  return JSON.stringify(parts)
}

/** Replaces every target with a marked copy of its source, as a CAT tool's translator would. */
function translateAll(doc: XliffDocument, mark: (text: string) => string): XliffDocument {
  const translate = (runs: Inline[]): Inline[] =>
    runs.map((run) =>
      run.kind === 'text'
        ? { ...run, text: mark(run.text) }
        : run.kind === 'link'
          ? { ...run, children: translate(run.children) }
          : run,
    )
  return {
    ...doc,
    files: doc.files.map((file) => ({
      ...file,
      units: file.units.map((unit) => ({
        ...unit,
        segments: unit.segments.map((s) => ({ ...s, target: translate(s.source), state: 'translated' as const })),
      })),
    })),
  }
}

function parsed(xml: string): XliffDocument {
  const result = readXliff(xml)
  if (!result.ok) throw new Error(result.problems.join('\n'))
  return result.document
}

describe(`XLIFF export and import (${testDatabase})`, () => {
  let payload: Payload
  let mewa: { id: number | string }

  beforeAll(async () => {
    payload = await startTestCms()
    await runSeed(payload)
    mewa = (await payload.find({ collection: 'funding-projects', where: { seedKey: { equals: 'mewa' } } })).docs[0]
  })
  afterAll(async () => payload?.destroy())

  it('exports one valid XLIFF 2.0 file per source language that the xliff package reads into the same units', async () => {
    const files = await exportTranslations(payload, { locale: 'lt' })
    expect(files.map((f) => f.srcLang).sort()).toEqual(['it', 'pl'])
    for (const file of files) {
      expect(file.xml).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>/)
      expect(file.xml).toContain('xmlns="urn:oasis:names:tc:xliff:document:2.0"')
      const ours = parsed(file.xml)
      expect(ours).toMatchObject({ srcLang: file.srcLang, trgLang: 'lt' })
      expect(ours.files).toHaveLength(file.documents)
      const theirs = await xliff2js(file.xml)
      expect(theirs.sourceLanguage).toBe(file.srcLang)
      expect(theirs.targetLanguage).toBe('lt')
      expect(Object.keys(theirs.resources)).toEqual(ours.files.map((f) => f.id))
      for (const doc of ours.files) {
        expect(Object.keys(theirs.resources[doc.id])).toEqual(doc.units.map((u) => u.id))
        for (const unit of doc.units) {
          if (unit.segments.length !== 1 || unit.kind !== 'plain') continue
          // the package keeps one segment per unit and drops some whitespace: compare the words
          const words = (value: unknown) => JSON.stringify(value).replace(/[^\p{L}\p{N}]+/gu, '')
          expect(words(theirs.resources[doc.id][unit.id].source)).toBe(words(inlineText(unit.segments[0].source)))
        }
      }
    }
  })

  it('exports each localized field of a document as one unit, rich text as one segment per block', async () => {
    const [file] = await exportTranslations(payload, { locale: 'en', collection: 'funding-projects', id: mewa.id })
    const doc = parsed(file.xml)
    expect(doc.srcLang).toBe('pl')
    const units = doc.files[0].units
    expect(units.map((u) => u.id)).toContain('title')
    expect(units.every((u) => u.segments.every((s) => s.target !== null && s.state === 'translated'))).toBe(true)
    expect(doc.files[0].original).toBe(`funding-projects/${mewa.id}`)
  })

  it('re-importing an unchanged export changes nothing', async () => {
    const before = await snapshot(payload)
    for (const locale of localeCodes) {
      for (const file of await exportTranslations(payload, { locale })) {
        const report = await importTranslations(payload, file.xml)
        expect(report).toMatchObject({ ok: true, updated: [] })
      }
    }
    expect(await snapshot(payload)).toBe(before)
  })

  it('a translated file updates only its target locale and marks it translated against the current source', async () => {
    const [file] = await exportTranslations(payload, { locale: 'lt', collection: 'funding-projects', id: mewa.id })
    const all = async () =>
      (await payload.findByID({
        collection: 'funding-projects',
        id: mewa.id,
        locale: 'all',
        draft: true,
        depth: 0,
      })) as any
    const before = await all()
    const report = await importTranslations(payload, writeXliff(translateAll(parsed(file.xml), (t) => `${t} [LT]`)))
    expect(report).toMatchObject({ ok: true, updated: [`funding-projects/${mewa.id}`] })
    const after = await all()
    expect(after.title.lt).toBe(`${before.title.pl} [LT]`)
    for (const locale of ['pl', 'it', 'en']) {
      expect(JSON.stringify(after.title[locale])).toBe(JSON.stringify(before.title[locale]))
      expect(JSON.stringify(after.body?.[locale])).toBe(JSON.stringify(before.body?.[locale]))
      expect(JSON.stringify(after.summary?.[locale])).toBe(JSON.stringify(before.summary?.[locale]))
    }
    expect(after.translation.lt).toMatchObject({ status: 'translated', sourceHash: after.translation.sourceHash })
    // the published document stays published with the new text
    const published = await apiClient(payload).rest(`/api/funding-projects/${mewa.id}?locale=lt`)
    expect(published.body.title).toBe(`${before.title.pl} [LT]`)
  })

  it('a file whose segments are all reviewed marks the translation reviewed', async () => {
    const [file] = await exportTranslations(payload, { locale: 'it', collection: 'funding-projects', id: mewa.id })
    const doc = translateAll(parsed(file.xml), (t) => `${t} [IT]`)
    for (const unit of doc.files[0].units) for (const s of unit.segments) s.state = 'reviewed'
    expect(await importTranslations(payload, writeXliff(doc))).toMatchObject({ ok: true })
    const stored = (await payload.findByID({ collection: 'funding-projects', id: mewa.id, draft: true })) as any
    expect(stored.translation.it.status).toBe('reviewed')
  })

  describe('rejects a bad file with every problem named, and writes nothing', () => {
    let good: string
    beforeAll(async () => {
      ;[{ xml: good }] = await exportTranslations(payload, {
        locale: 'lt',
        collection: 'funding-projects',
        id: mewa.id,
      })
      good = writeXliff(translateAll(parsed(good), (t) => `${t} (bad)`))
    })

    const cases: [string, (xml: string) => string, RegExp][] = [
      ['not well-formed', (xml) => xml.replace('</xliff>', ''), /well-formed|not closed|unclosed|end/i],
      [
        'not XLIFF 2.0',
        () =>
          '<?xml version="1.0"?><xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2"><file source-language="pl" target-language="lt" datatype="plaintext" original="x"><body/></file></xliff>',
        /1\.2/,
      ],
      [
        'an unknown document',
        (xml) => xml.replace(/original="funding-projects\/[^"]+"/, 'original="funding-projects/999999"'),
        /no such document/,
      ],
      [
        'an unknown field',
        (xml) => xml.replace('<unit id="title"', '<unit id="subtitle"'),
        /no translatable field "subtitle"/,
      ],
      [
        'a target locale that is not a CMS locale',
        (xml) => xml.replace('trgLang="lt"', 'trgLang="lv"'),
        /trgLang "lv"/,
      ],
    ]
    for (const [name, breakIt, problem] of cases) {
      it(name, async () => {
        const before = await snapshot(payload)
        const report = await importTranslations(payload, breakIt(good))
        expect(report.ok).toBe(false)
        if (!report.ok) expect(report.problems.join('\n')).toMatch(problem)
        expect(await snapshot(payload)).toBe(before)
      })
    }

    it('a source that changed since the export', async () => {
      const pl = await payload.findByID({ collection: 'funding-projects', id: mewa.id, locale: 'pl' })
      await payload.update({
        collection: 'funding-projects',
        id: mewa.id,
        locale: 'pl',
        data: { title: `${pl.title}!` },
      })
      const before = await snapshot(payload)
      const report = await importTranslations(payload, good)
      expect(report.ok).toBe(false)
      if (!report.ok) expect(report.problems.join('\n')).toMatch(/unit "title": the source text differs/)
      expect(await snapshot(payload)).toBe(before)
      await payload.update({ collection: 'funding-projects', id: mewa.id, locale: 'pl', data: { title: pl.title } })
    })

    it('a translator importing into a locale not assigned to them', async () => {
      const { user } = await signIn(payload, 'translator', { assignedLocales: ['it'] })
      const translator = await payload.findByID({ collection: 'users', id: user!.id })
      const before = await snapshot(payload)
      const report = await importTranslations(payload, good, translator)
      expect(report.ok).toBe(false)
      if (!report.ok) expect(report.problems.join('\n')).toMatch(/target locale is "lt"/)
      expect(await snapshot(payload)).toBe(before)
    })

    it('several problems at once, all reported', async () => {
      const broken = good
        .replace('<unit id="title"', '<unit id="subtitle"')
        .replace(/original="funding-projects\/[^"]+"/, 'original="clusters/999999"')
      const report = await importTranslations(payload, broken)
      expect(report.ok).toBe(false)
      if (!report.ok) expect(report.problems.length).toBeGreaterThanOrEqual(1)
      const twoFiles = parsed(good)
      twoFiles.files.push({ ...twoFiles.files[0], id: 'd-other', original: 'routes/999999' })
      twoFiles.files[0].units[0] = { ...twoFiles.files[0].units[0], id: 'subtitle' }
      const many = await importTranslations(payload, writeXliff(twoFiles))
      expect(many.ok).toBe(false)
      if (!many.ok) {
        expect(many.problems.join('\n')).toMatch(/no translatable field "subtitle"/)
        expect(many.problems.join('\n')).toMatch(/routes\/999999.*no such document/)
      }
    })
  })

  it('the admin download exports what the signed-in user asked for, as an XLIFF attachment', async () => {
    const { token } = await signIn(payload, 'translator', { assignedLocales: ['lt'] })
    const { REST_GET } = await import('@payloadcms/next/routes')
    const get = REST_GET(Promise.resolve(payload.config)) as unknown as (
      request: Request,
      context: { params: Promise<{ slug: string[] }> },
    ) => Promise<Response>
    const call = (query: string, auth?: string) =>
      get(
        new Request(`http://localhost/api/translations/export?${query}`, {
          headers: auth ? { Authorization: `JWT ${auth}` } : {},
        }),
        { params: Promise.resolve({ slug: ['translations', 'export'] }) },
      )
    const anonymous = await call('locale=lt&group=pl')
    expect(anonymous.status).toBe(401)
    const several = await call('locale=lt', token)
    expect(several.status).toBe(409)
    expect((await several.json()).errors[0].message).toMatch(/several languages: .*pl/)
    const response = await call('locale=lt&group=pl&collection=funding-projects', token)
    expect(response.status).toBe(200)
    expect(response.headers.get('content-disposition')).toBe('attachment; filename="lt-from-pl-funding-projects.xlf"')
    const doc = parsed(await response.text())
    expect(doc).toMatchObject({ srcLang: 'pl', trgLang: 'lt' })
    expect(doc.files.every((f) => f.original.startsWith('funding-projects/'))).toBe(true)
  })

  it('the admin upload takes a form file and answers 422 with the problems of a bad one', async () => {
    const { token } = await signIn(payload, 'editor')
    const form = new FormData()
    form.append('file', new Blob(['<xliff version="1.2"/>'], { type: 'application/xml' }), 'bad.xlf')
    const response = await fetchEndpoint(payload, '/api/translations/import', form, token)
    expect(response.status).toBe(422)
    expect(response.body.ok).toBe(false)
    expect(response.body.problems.join('\n')).toMatch(/1\.2/)
  })

  it('a translator imports into their locale through the admin endpoint, as a draft', async () => {
    const { token } = await signIn(payload, 'translator', { assignedLocales: ['en'] })
    const [file] = await exportTranslations(payload, { locale: 'en', collection: 'funding-projects', id: mewa.id })
    const xml = writeXliff(translateAll(parsed(file.xml), (t) => `${t} [EN]`))
    const published = async () =>
      (await apiClient(payload).rest(`/api/funding-projects/${mewa.id}?locale=en`)).body.title
    const before = await published()
    const response = await fetchEndpoint(payload, '/api/translations/import', xml, token)
    expect(response.status).toBe(200)
    expect(response.body).toMatchObject({ ok: true, updated: [`funding-projects/${mewa.id}`] })
    expect(await published()).toBe(before)
    const draft = await payload.findByID({ collection: 'funding-projects', id: mewa.id, locale: 'en', draft: true })
    expect(draft.title).toMatch(/\[EN\]$/)
  })
})

/** POSTs a raw body to one of the CMS's custom endpoints through the real REST handler. */
async function fetchEndpoint(payload: Payload, path: string, body: string | FormData, token: string) {
  const { restRoutes } = await import('../../cms/api/routes')
  const handler = restRoutes(Promise.resolve(payload.config)).POST as unknown as (
    request: Request,
    context: { params: Promise<{ slug: string[] }> },
  ) => Promise<Response>
  const url = new URL(path, 'http://localhost')
  const response = await handler(
    new Request(url, {
      method: 'POST',
      // a FormData body brings its own multipart Content-Type with the boundary
      headers:
        typeof body === 'string'
          ? { 'Content-Type': 'application/xliff+xml', Authorization: `JWT ${token}` }
          : { Authorization: `JWT ${token}` },
      body,
    }),
    { params: Promise.resolve({ slug: url.pathname.replace(/^\/api\//, '').split('/') }) },
  )
  return { status: response.status, body: await response.json() }
}
