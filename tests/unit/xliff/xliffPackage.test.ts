import { describe, expect, it } from 'vitest'
import { type XliffJsValue, xliff2js } from 'xliff'
import { inlineText } from '../../../cms/translation/xliff/lexical'
import type { Inline, XliffDocument } from '../../../cms/translation/xliff/model'
import { formatSubType, writeXliff } from '../../../cms/translation/xliff/write'
import { sampleDocument } from './fixtures'

/**
 * The writer's output read by an independent parser, the `xliff` package (locize). Its quirks, which the
 * comparisons below allow for: resources are keyed by <file id> (not `original`); a unit keeps only its
 * LAST segment (so every segment is also checked in a one-segment-per-unit document); xml-js drops
 * whitespace-only text between two tags; <cp> is read as ''.
 */

type Found = { text: string; formats: Set<string>; breaks: number; links: number }

function flatten(
  value: XliffJsValue | undefined,
  found: Found = { text: '', formats: new Set(), breaks: 0, links: 0 },
) {
  if (value === undefined) return found
  if (typeof value === 'string') found.text += value
  else if (Array.isArray(value)) for (const part of value) flatten(part, found)
  else {
    for (const [kind, element] of Object.entries(value)) {
      if (kind === 'Standalone' && element.subType === 'xlf:lb') {
        found.text += '\n'
        found.breaks++
      } else if (kind === 'Span' && element.type === 'fmt') found.formats.add(String(element.subType))
      else if (kind === 'Span' && element.type === 'link') found.links++
      flatten(element.contents, found)
    }
  }
  return found
}

function expected(inlines: Inline[]): Found {
  const found: Found = { text: inlineText(inlines), formats: new Set(), breaks: 0, links: 0 }
  const walk = (runs: Inline[]) => {
    for (const run of runs) {
      if (run.kind === 'break') found.breaks++
      else if (run.kind === 'link') {
        found.links++
        walk(run.children)
      } else for (let bit = 1; bit <= run.format; bit <<= 1) if (run.format & bit) found.formats.add(formatSubType(bit))
    }
  }
  walk(inlines)
  return found
}

/** xml-js loses whitespace-only text between tags, so whitespace is compared by our own tests, not here. */
const comparable = ({ text, ...rest }: Found) => ({ ...rest, text: text.replace(/\s+/g, '') })

/** The same content with every segment in a unit of its own, which the package can read in full. */
function oneSegmentPerUnit(doc: XliffDocument): XliffDocument {
  return {
    ...doc,
    files: doc.files.map((file) => ({
      ...file,
      units: file.units.flatMap((unit) =>
        unit.segments.map((segment, index) => ({ ...unit, id: `${unit.id}.s${index + 1}`, segments: [segment] })),
      ),
    })),
  }
}

describe('the writer output read by the xliff package', () => {
  it('has the same languages, files and units', async () => {
    const js = await xliff2js(writeXliff(sampleDocument))
    expect(js.sourceLanguage).toBe('en')
    expect(js.targetLanguage).toBe('lt')
    expect(Object.keys(js.resources)).toEqual(sampleDocument.files.map((file) => file.id))
    for (const file of sampleDocument.files) {
      expect(Object.keys(js.resources[file.id])).toEqual(file.units.map((unit) => unit.id))
      for (const unit of file.units) {
        const attributes = js.resources[file.id][unit.id].additionalAttributes
        expect(attributes?.type).toBe(unit.kind === 'plain' ? 'cms:plain' : 'cms:richText')
        expect(attributes?.name).toBe(unit.name)
      }
    }
  })

  it('has the same source and target text, formats, breaks and links in every segment', async () => {
    const doc = oneSegmentPerUnit(sampleDocument)
    const js = await xliff2js(writeXliff(doc))
    let checked = 0
    for (const file of doc.files) {
      for (const unit of file.units) {
        const read = js.resources[file.id][unit.id]
        const [segment] = unit.segments
        expect(comparable(flatten(read.source)), `${unit.id} source`).toEqual(comparable(expected(segment.source)))
        if (segment.target === null) expect(read.target, `${unit.id} target`).toBeUndefined()
        else expect(comparable(flatten(read.target)), `${unit.id} target`).toEqual(comparable(expected(segment.target)))
        checked++
      }
    }
    expect(checked).toBe(15)
  })

  it('keeps spaces exactly where a text node is not whitespace only', async () => {
    const text = '  leading, inner   and trailing  '
    const doc: XliffDocument = {
      srcLang: 'en',
      trgLang: 'lt',
      files: [
        {
          id: 'f1',
          original: 'pages/1',
          units: [
            {
              id: 'title',
              kind: 'plain',
              segments: [
                {
                  source: [
                    { kind: 'text', text, format: 0 },
                    { kind: 'text', text: ' & bold ', format: 1 },
                  ],
                  target: [{ kind: 'text', text: ' ąčę  ', format: 0 }],
                  state: 'translated',
                },
              ],
            },
          ],
        },
      ],
    }
    const read = (await xliff2js(writeXliff(doc))).resources.f1.title
    expect(flatten(read.source).text).toBe(`${text} & bold `)
    expect(flatten(read.target).text).toBe(' ąčę  ')
  })
})
