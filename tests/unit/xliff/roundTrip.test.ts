import { describe, expect, it } from 'vitest'
import { richTextToSegments, segmentsIntoRichText } from '../../../cms/translation/xliff/lexical'
import type { Inline, XliffDocument } from '../../../cms/translation/xliff/model'
import { readXliff } from '../../../cms/translation/xliff/read'
import { writeXliff } from '../../../cms/translation/xliff/write'
import { externalLink, internalLink, richBody, sampleDocument, toLithuanian, translateInlines } from './fixtures'

function roundTrip(doc: XliffDocument): XliffDocument {
  const result = readXliff(writeXliff(doc))
  if (!result.ok) throw new Error(result.problems.join('\n'))
  return result.document
}

function oneUnit(source: Inline[], target: Inline[] | null, kind: 'plain' | 'richText' = 'richText'): XliffDocument {
  return {
    srcLang: 'en',
    trgLang: 'pl',
    files: [
      {
        id: 'f1',
        original: 'pages/1',
        units: [{ id: 'body', kind, segments: [{ source, target, state: target ? 'translated' : 'initial' }] }],
      },
    ],
  }
}

const t = (text: string, format = 0): Inline => ({ kind: 'text', text, format })

describe('writeXliff → readXliff', () => {
  it('gives back the model it was given', () => {
    expect(roundTrip(sampleDocument)).toEqual(sampleDocument)
  })

  it.each([
    ['leading, trailing and repeated spaces', '   a  b   '],
    ['only spaces', '   '],
    ['markup characters and entity-like text', `<p class="x">&amp; &nbsp; & 'q' "dq" ]]> &#169; &#x41;</p>`],
    ['tabs and newlines inside a run', 'a\tb\nc\n'],
    ['Lithuanian', 'Ąžuolas šlamėjo ūkanotą rytą: ąčęėįšųūž ĄČĘĖĮŠŲŪŽ'],
    ['Polish', 'Łódź, gęś, żółw, źrebię: łóżź ŁÓŻŹ'],
    ['line and paragraph separators (XML 1.1 line ends)', 'a\u2028b\u2029c\u0085d'],
    ['characters XML cannot hold (written as <cp>)', 'bell\u0007 vt\u000B ff\u000C nul\u0000 \uFFFF'],
    ['astral characters', 'emoji 🇱🇹 𝄞'],
  ])('keeps text exactly: %s', (_name, text) => {
    const doc = oneUnit([t(text)], [t(`${text}!`)], 'plain')
    expect(roundTrip(doc)).toEqual(doc)
  })

  it('keeps nested formats, breaks and links in source and target', () => {
    const source: Inline[] = [
      t('a', 1),
      t('b', 3),
      { kind: 'break' },
      t('c', 1 | 8),
      t(' '),
      { kind: 'link', fields: externalLink, children: [t('x', 4), t('y', 16)] },
      t('z', 32 | 64 | 128),
    ]
    const target: Inline[] = [
      { kind: 'link', fields: externalLink, children: [t('y', 16), t('x', 4)] },
      t(' '),
      t('c', 9),
      { kind: 'break' },
      t('b', 3),
      t('a', 1),
    ]
    const doc = oneUnit(source, target)
    expect(roundTrip(doc)).toEqual(doc)
  })

  it('keeps target formatting and links the source does not have', () => {
    const localized = { ...internalLink, doc: { relationTo: 'pages', value: 8 } }
    const doc = oneUnit(
      [t('plain '), { kind: 'link', fields: internalLink, children: [t('about')] }],
      [t('bold', 1), t(' '), t('twice', 1 | 2), { kind: 'link', fields: localized, children: [t('apie')] }],
    )
    expect(roundTrip(doc)).toEqual(doc)
  })

  it('merges adjacent runs with the same format, which XML cannot tell apart', () => {
    const doc = oneUnit([t('a', 1), t('b', 1), t(''), t('c')], null)
    expect(roundTrip(doc).files[0].units[0].segments[0].source).toEqual([t('ab', 1), t('c')])
  })

  it('writes no state for a segment without target, which reads back as initial', () => {
    const doc = oneUnit([t('a')], null)
    doc.files[0].units[0].segments[0].state = 'reviewed'
    expect(writeXliff(doc)).not.toContain('state=')
    expect(roundTrip(doc).files[0].units[0].segments[0].state).toBe('initial')
  })

  it('carries rich text through XLIFF and back into the same editor state', () => {
    const body = sampleDocument.files[0].units.find((unit) => unit.id === 'body')!
    const read = roundTrip(sampleDocument).files[0].units.find((unit) => unit.id === 'body')!
    expect(
      segmentsIntoRichText(
        richBody,
        read.segments.map((segment) => segment.source),
      ),
    ).toEqual(richBody)
    const targets = read.segments.map((segment, index) => segment.target ?? body.segments[index].source)
    const translated = richTextToSegments(richBody).map((segment, index) =>
      index === 2 ? segment : translateInlines(segment, toLithuanian),
    )
    expect(richTextToSegments(segmentsIntoRichText(richBody, targets))).toEqual(translated)
  })

  it('is deterministic', () => {
    expect(writeXliff(sampleDocument)).toBe(writeXliff(structuredClone(sampleDocument)))
  })

  it.each([
    ['a unit id that is not an NMTOKEN', (doc: XliffDocument) => (doc.files[0].units[0].id = 'has space'), /NMTOKEN/],
    ['a duplicate unit id', (doc: XliffDocument) => (doc.files[0].units[1].id = 'name'), /used twice/],
    ['a duplicate file id', (doc: XliffDocument) => (doc.files[1].id = 'f1'), /used twice/],
    ['a file without units', (doc: XliffDocument) => (doc.files[1].units = []), /has no units/],
    ['a unit without segments', (doc: XliffDocument) => (doc.files[0].units[0].segments = []), /no segments/],
    ['a bad language tag', (doc: XliffDocument) => (doc.trgLang = 'lt LT'), /language tag/],
  ])('refuses to write %s', (_name, spoil, message) => {
    const doc = structuredClone(sampleDocument)
    spoil(doc)
    expect(() => writeXliff(doc)).toThrow(message)
  })
})
