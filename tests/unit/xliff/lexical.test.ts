import type { SerializedEditorState } from '@payloadcms/richtext-lexical/lexical'
import { describe, expect, it } from 'vitest'
import {
  inlineText,
  normalizeInlines,
  plainToSegments,
  richTextToSegments,
  segmentsIntoRichText,
  segmentsToPlain,
} from '../../../cms/translation/xliff/lexical'
import { externalLink, internalLink, paragraph, richBody, text, toLithuanian, translateInlines } from './fixtures'

/** The tree without its text, to compare structure. */
function shape(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(shape)
  if (!node || typeof node !== 'object') return node
  return Object.fromEntries(
    Object.entries(node)
      .filter(([key]) => key !== 'text')
      .map(([key, value]) => [key, shape(value)]),
  )
}

const editorState = (...children: unknown[]) =>
  ({
    root: { children, direction: 'ltr', format: '', indent: 0, type: 'root', version: 1 },
  }) as unknown as SerializedEditorState

describe('richTextToSegments', () => {
  const segments = richTextToSegments(richBody)

  it('gives one segment per text block in document order, skipping blocks without text', () => {
    expect(segments.map(inlineText)).toEqual([
      'Baltic clusters',
      'Plain both and under gone, npm i H2O x2 marked\nsecond line with our site and about us.',
      '  spaced   out  ',
      'first',
      'nested ąčęėįšųūž',
      'nested łóżź',
      'last',
      'own text',
      'child',
      '<quote> & "marks" \'single\'',
      'a\tb',
    ])
  })

  it('keeps formats, breaks and links with their fields', () => {
    expect(segments[0]).toEqual([
      { kind: 'text', text: 'Baltic ', format: 0 },
      { kind: 'text', text: 'clusters', format: 1 },
    ])
    expect(segments[1].slice(0, 4)).toEqual([
      { kind: 'text', text: 'Plain ', format: 0 },
      { kind: 'text', text: 'both', format: 3 },
      { kind: 'text', text: ' and ', format: 0 },
      { kind: 'text', text: 'under', format: 8 },
    ])
    expect(segments[1].filter((inline) => inline.kind !== 'text')).toEqual([
      { kind: 'break' },
      { kind: 'link', fields: externalLink, children: [{ kind: 'text', text: 'our site', format: 0 }] },
      {
        kind: 'link',
        fields: internalLink,
        children: [
          { kind: 'text', text: 'about ', format: 0 },
          { kind: 'text', text: 'us', format: 1 },
        ],
      },
    ])
  })

  it('does not depend on the order of link field keys', () => {
    const reordered = (fields: Record<string, unknown>) =>
      editorState(paragraph({ ...paragraph(text('x')), type: 'link', version: 3, fields }))
    const a = richTextToSegments(reordered({ url: 'u', newTab: false, linkType: 'custom' }))
    const b = richTextToSegments(reordered({ linkType: 'custom', newTab: false, url: 'u' }))
    expect(JSON.stringify(a)).toBe(JSON.stringify(b))
  })

  it('copes with empty and missing content', () => {
    expect(richTextToSegments(editorState())).toEqual([])
    expect(richTextToSegments(editorState(paragraph(), paragraph(text(' '))))).toEqual([])
    expect(richTextToSegments(null as unknown as SerializedEditorState)).toEqual([])
  })
})

describe('segmentsIntoRichText', () => {
  it('rebuilds the original from its own segments', () => {
    const rebuilt = segmentsIntoRichText(richBody, richTextToSegments(richBody))
    expect(rebuilt).toEqual(richBody)
    expect(rebuilt).not.toBe(richBody)
  })

  it('changes only the text when given translated segments', () => {
    const translated = richTextToSegments(richBody).map((segment) => translateInlines(segment, toLithuanian))
    const result = segmentsIntoRichText(richBody, translated)
    expect(shape(result)).toEqual(shape(richBody))
    expect(richTextToSegments(result)).toEqual(translated)
    expect(JSON.stringify(result)).toContain('"text":"clustersąš"')
    expect(JSON.stringify(richBody)).not.toContain('ąš') // the skeleton is not touched
  })

  it('follows the translation where it reorders, adds or drops formatting and links', () => {
    const skeleton = editorState(
      paragraph(
        text('Read '),
        { ...paragraph(text('this')), type: 'autolink', version: 2, fields: externalLink, id: 'a1' },
        text(' or '),
        { ...paragraph(text('that')), type: 'link', version: 3, fields: internalLink, id: 'l1' },
      ),
    )
    const newLink = { linkType: 'custom', newTab: false, url: 'https://lt.example.com' }
    const result = segmentsIntoRichText(skeleton, [
      [
        { kind: 'link', fields: internalLink, children: [{ kind: 'text', text: 'Tą', format: 2 }] },
        { kind: 'text', text: ' arba ', format: 0 },
        { kind: 'link', fields: externalLink, children: [{ kind: 'text', text: 'šitą', format: 0 }] },
        { kind: 'break' },
        { kind: 'link', fields: newLink, children: [{ kind: 'text', text: 'naują', format: 0 }] },
      ],
    ])
    const children = (result.root.children[0] as unknown as { children: Record<string, unknown>[] }).children
    expect(children.map((node) => [node.type, node.id])).toEqual([
      ['link', 'l1'],
      ['text', undefined],
      ['autolink', 'a1'],
      ['linebreak', undefined],
      ['link', undefined],
    ])
    expect(children[0].children).toEqual([{ ...text('Tą', 2) }])
    expect(children[4]).toEqual({
      children: [text('naują')],
      direction: 'ltr',
      format: '',
      indent: 0,
      type: 'link',
      version: 3,
      fields: newLink,
    })
  })

  it('refuses segments that do not match the text blocks', () => {
    const segments = richTextToSegments(richBody)
    expect(() => segmentsIntoRichText(richBody, segments.slice(1))).toThrow(/11 text block\(s\) but 10 segment\(s\)/)
  })
})

describe('plain text', () => {
  it.each([
    ['one line', [[{ kind: 'text', text: 'one line', format: 0 }]]],
    ['a\nb', [[{ kind: 'text', text: 'a', format: 0 }, { kind: 'break' }, { kind: 'text', text: 'b', format: 0 }]]],
    ['\n', [[{ kind: 'break' }]]],
    ['', [[]]],
  ])('%j as segments', (value, segments) => {
    expect(plainToSegments(value)).toEqual(segments)
    expect(segmentsToPlain(plainToSegments(value))).toBe(value)
  })

  it('reads Windows and old Mac line ends as breaks', () => {
    expect(segmentsToPlain(plainToSegments('a\r\nb\rc'))).toBe('a\nb\nc')
  })

  it('ignores formats and links when flattening', () => {
    const segment = normalizeInlines([
      { kind: 'text', text: ' bold ', format: 1 },
      { kind: 'link', fields: externalLink, children: [{ kind: 'text', text: 'link', format: 2 }] },
      { kind: 'break' },
      { kind: 'text', text: '', format: 0 },
    ])
    expect(inlineText(segment)).toBe(' bold link\n')
    expect(segmentsToPlain([segment, plainToSegments('next')[0]])).toBe(' bold link\n\nnext')
  })
})
