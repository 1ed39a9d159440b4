import type { SerializedEditorState } from '@payloadcms/richtext-lexical/lexical'
import { plainToSegments, richTextToSegments } from '../../../cms/translation/xliff/lexical'
import type { Inline, SegmentState, XliffDocument, XliffUnit } from '../../../cms/translation/xliff/model'

/** Node shapes as @payloadcms/richtext-lexical 3.x stores them (checked against convertMarkdownToLexical). */
export const text = (value: string, format = 0) => ({
  detail: 0,
  format,
  mode: 'normal',
  style: '',
  text: value,
  type: 'text',
  version: 1,
})
const element = (type: string, children: unknown[], extra: Record<string, unknown> = {}) => ({
  children,
  direction: 'ltr',
  format: '',
  indent: 0,
  type,
  version: 1,
  ...extra,
})
export const paragraph = (...children: unknown[]) => element('paragraph', children, { textFormat: 0, textStyle: '' })
const heading = (tag: string, ...children: unknown[]) => element('heading', children, { tag })
const quote = (...children: unknown[]) => element('quote', children)
const listItem = (value: number, ...children: unknown[]) => element('listitem', children, { value })
const list = (listType: 'bullet' | 'number', ...items: unknown[]) =>
  element('list', items, { listType, start: 1, tag: listType === 'number' ? 'ol' : 'ul' })
const link = (id: string, fields: Record<string, unknown>, ...children: unknown[]) =>
  element('link', children, { version: 3, fields, id })
const linebreak = { type: 'linebreak', version: 1 }
const tab = { detail: 2, format: 0, mode: 'normal', style: '', text: '\t', type: 'tab', version: 1 }
const upload = {
  type: 'upload',
  version: 3,
  format: '',
  id: '6650aa00aa00aa00aa00aa01',
  fields: null,
  relationTo: 'media',
  value: 12,
}

export const externalLink = { linkType: 'custom', newTab: true, url: 'https://example.com/?a=1&b=<2>' }
export const internalLink = { linkType: 'internal', newTab: false, doc: { relationTo: 'pages', value: 7 } }

/** A body with every construct the editor offers: formats, links, breaks, headings, nested lists, uploads, empties. */
export const richBody = {
  root: element('root', [
    heading('h2', text('Baltic '), text('clusters', 1)),
    paragraph(
      text('Plain '),
      text('both', 3),
      text(' and '),
      text('under', 8),
      text(' '),
      text('gone', 4),
      text(', '),
      text('npm i', 16),
      text(' H'),
      text('2', 32),
      text('O x'),
      text('2', 64),
      text(' '),
      text('marked', 128),
      linebreak,
      text('second line with '),
      link('6650aa00aa00aa00aa00aa02', externalLink, text('our site')),
      text(' and '),
      link('6650aa00aa00aa00aa00aa03', internalLink, text('about '), text('us', 1)),
      text('.'),
    ),
    paragraph(),
    upload,
    paragraph(text('  spaced   out  ')),
    list(
      'bullet',
      listItem(1, text('first')),
      listItem(2, list('bullet', listItem(1, text('nested ąčęėįšųūž')), listItem(2, text('nested łóżź', 2)))),
      listItem(2, text('last')),
    ),
    list('number', listItem(1, text('own text'), list('number', listItem(1, text('child'))))),
    quote(text('<quote> & "marks" \'single\'')),
    paragraph(linebreak),
    paragraph(text('a'), tab, text('b')),
    paragraph(text('   ')),
  ]),
} as unknown as SerializedEditorState

/** Replaces every text run with `translate(text)`, keeping all structure. */
export function translateInlines(inlines: Inline[], translate: (text: string) => string): Inline[] {
  return inlines.map((inline) => {
    if (inline.kind === 'text') return { ...inline, text: inline.text === '\t' ? '\t' : translate(inline.text) }
    if (inline.kind === 'link') return { ...inline, children: translateInlines(inline.children, translate) }
    return inline
  })
}

/** A pseudo-translation that is visibly different and non-Latin. */
export const toLithuanian = (value: string) => value.replace(/[a-z]+/g, (word) => `${word}ąš`)

const richSource = richTextToSegments(richBody)

/** A named plain-text unit of one segment, with no target when `target` is null. */
const plainUnit = (
  id: string,
  name: string,
  source: string,
  target: string | null,
  state: SegmentState,
): XliffUnit => ({
  id,
  name,
  kind: 'plain',
  segments: [
    { source: plainToSegments(source)[0], target: target === null ? null : plainToSegments(target)[0], state },
  ],
})

/** A document exercising what a real export carries: plain and rich units, translated and untranslated segments. */
export const sampleDocument: XliffDocument = {
  srcLang: 'en',
  trgLang: 'lt',
  files: [
    {
      id: 'f1',
      original: 'clusters/12',
      title: 'Baltic Health Tourism Cluster & friends',
      units: [
        plainUnit(
          'name',
          'Name',
          'Bałtycki Klaster <Turystyki> & "Zdrowotnej"',
          'Baltijos sveikatos turizmo klasteris',
          'translated',
        ),
        plainUnit(
          'summary',
          'Summary',
          '  Leading space\nsecond  line with  doubles \n\nafter an empty line  ',
          null,
          'initial',
        ),
        {
          id: 'body',
          name: 'Body',
          kind: 'richText',
          segments: richSource.map((source, index) => ({
            source,
            target: index === 2 ? null : translateInlines(source, toLithuanian),
            state: index === 2 ? 'initial' : index === 0 ? 'final' : 'reviewed',
          })),
        },
        plainUnit(
          'timeline.65a1b2c3d4e5f6a7b8c9d0e1.title',
          'Timeline › 1 › Title',
          'Zażółć gęślą jaźń — ąčęėįšųūž',
          '',
          'translated',
        ),
      ],
    },
    {
      id: 'f2',
      original: 'pages/7',
      units: [
        {
          id: 'title',
          kind: 'plain',
          segments: [{ source: plainToSegments('About us')[0], target: null, state: 'initial' }],
        },
      ],
    },
  ],
}
