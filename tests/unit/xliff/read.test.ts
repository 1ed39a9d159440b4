import { describe, expect, it } from 'vitest'
import { readXliff } from '../../../cms/translation/xliff/read'

const NS = 'urn:oasis:names:tc:xliff:document:2.0'

const xliff = (body: string, languages = 'srcLang="en" trgLang="lt"') =>
  `<?xml version="1.0" encoding="UTF-8"?>\n<xliff xmlns="${NS}" version="2.0" ${languages}>\n${body}\n</xliff>\n`
const file = (units: string, attributes = 'id="f1" original="clusters/12"') => `<file ${attributes}>${units}</file>`
const unit = (content: string, attributes = 'id="name" type="cms:plain"') => `<unit ${attributes}>${content}</unit>`
const segment = (source: string, target?: string, state = target === undefined ? '' : ' state="translated"') =>
  `<segment${state}><source>${source}</source>${target === undefined ? '' : `<target>${target}</target>`}</segment>`
const link =
  '<originalData><data id="d1">{"linkType":"custom","newTab":true,"url":"https://example.com"}</data></originalData>'

function problemsOf(xml: string): string[] {
  const result = readXliff(xml)
  if (result.ok) throw new Error('expected the file to be rejected')
  return result.problems
}

/** An inline text run as readXliff gives it. */
const textRun = (text: string, format = 0) => ({ kind: 'text', text, format })
/** A bold link to https://example.com, opening in a new tab, as readXliff gives it. */
const boldLink = (text: string) => ({
  kind: 'link',
  fields: { linkType: 'custom', newTab: true, url: 'https://example.com' },
  children: [textRun(text, 1)],
})

describe('readXliff accepts', () => {
  it('what CAT tools do to a file: extensions, comments, CDATA, annotations, bare target codes', () => {
    const xml = xliff(
      file(
        `<mda:metadata xmlns:mda="urn:oasis:names:tc:xliff:metadata:2.0"><mda:metaGroup/></mda:metadata>
        <notes><note category="title">Klasteris &amp; co</note></notes>
        <!-- exported by a CAT tool -->
        ${unit(
          `${link}${segment(
            'A <pc id="1" type="fmt" subType="xlf:b">bold <pc id="2" type="link" dataRefStart="d1">link</pc></pc><ph id="3" type="fmt" subType="xlf:lb"/>x',
            '<![CDATA[Labas <b>]]> <mrk id="m1" type="term" value="x"><pc id="1">paryškinta</pc></mrk><sm id="s1" type="comment"/> <pc id="2"><pc id="1">nuoroda</pc></pc><ph id="3"/>&#x10000;<cp hex="000B"/>',
          )}`,
          'id="body" name="Body" type="cms:richText"',
        )}`,
        'id="f1" original="clusters/12" canResegment="no"',
      ),
    )
    const result = readXliff(xml)
    expect(result).toEqual({
      ok: true,
      document: {
        srcLang: 'en',
        trgLang: 'lt',
        files: [
          {
            id: 'f1',
            original: 'clusters/12',
            title: 'Klasteris & co',
            units: [
              {
                id: 'body',
                name: 'Body',
                kind: 'richText',
                segments: [
                  {
                    source: [textRun('A '), textRun('bold ', 1), boldLink('link'), { kind: 'break' }, textRun('x')],
                    target: [
                      textRun('Labas <b> '),
                      textRun('paryškinta', 1),
                      textRun(' '),
                      boldLink('nuoroda'),
                      { kind: 'break' },
                      textRun('𐀀\u000B'),
                    ],
                    state: 'translated',
                  },
                ],
              },
            ],
          },
        ],
      },
    })
  })

  it('reads Windows line ends as XML does, but keeps U+2028 and U+0085 (XML 1.0, unlike xmldom by default)', () => {
    const xml = xliff(file(unit(segment('TEXT')))).replaceAll('\n', '\r\n')
    const result = readXliff(xml.replace('TEXT', 'a\r\nb\u2028c\u0085d\re'))
    expect(result.ok && result.document.files[0].units[0].segments[0].source).toEqual([
      { kind: 'text', text: 'a\nb\u2028c\u0085d\ne', format: 0 },
    ])
  })
})

describe('readXliff rejects', () => {
  it('an empty file', () => {
    expect(problemsOf('')).toEqual(['The file is empty.'])
    expect(problemsOf('  \n')).toEqual(['The file is empty.'])
  })

  it('malformed XML, saying where', () => {
    const problems = problemsOf(xliff(file(unit(segment('a <pc id="1" type="fmt" subType="xlf:b">b</source>')))))
    expect(problems).toHaveLength(1)
    expect(problems[0]).toMatch(/^The file is not well-formed XML: .*mismatch.*\(near line 3, column \d+\)\.$/)
  })

  it('text that is not XML', () => {
    expect(problemsOf('Hello, translator')).toEqual(['The file is not well-formed XML: missing root element.'])
  })

  it('XML errors xmldom only reports, such as an unknown entity or content after the root', () => {
    expect(problemsOf(xliff(file(unit(segment('&nbsp;'))))).join('\n')).toMatch(/not well-formed XML: entity not found/)
    expect(problemsOf(`${xliff(file(unit(segment('a'))))}junk`).join('\n')).toMatch(/Extra content/)
  })

  it('an XLIFF 1.2 document', () => {
    const xml = `<xliff xmlns="urn:oasis:names:tc:xliff:document:1.2" version="1.2">
      <file original="x" source-language="en" target-language="lt" datatype="plaintext">
        <body><trans-unit id="1"><source>a</source><target>b</target></trans-unit></body>
      </file></xliff>`
    expect(problemsOf(xml)).toEqual(['This is not XLIFF 2.0 (version 1.2); export the translation as XLIFF 2.0.'])
  })

  it('a document that is not XLIFF', () => {
    expect(problemsOf('<html><body/></html>')).toEqual([
      'This is not an XLIFF file: its root element is <html>, not <xliff>.',
    ])
    expect(problemsOf('<xliff version="2.0" srcLang="en" trgLang="lt"/>')).toEqual([
      `The <xliff> element is not in the XLIFF 2.0 namespace ${NS} (it has no namespace).`,
    ])
    expect(problemsOf(`<xliff xmlns="${NS}" srcLang="en" trgLang="lt"/>`)).toEqual([
      'This is not XLIFF 2.0 (version missing); export the translation as XLIFF 2.0.',
    ])
  })

  it('a missing trgLang', () => {
    expect(problemsOf(xliff(file(unit(segment('a'))), 'srcLang="en"'))).toEqual([
      'The <xliff> element has no trgLang (the language the translation is in).',
    ])
  })

  it('a duplicate unit id', () => {
    expect(problemsOf(xliff(file(unit(segment('a')) + unit(segment('b')))))).toEqual([
      'Unit "name" in file "f1" (clusters/12): the id "name" is used by more than one <unit>.',
    ])
  })

  it('a segment without source', () => {
    expect(problemsOf(xliff(file(unit(`${segment('a', 'b')}<segment><target>x</target></segment>`))))).toEqual([
      'Unit "name" in file "f1" (clusters/12): segment 2 has no <source>.',
    ])
  })

  it('a target code whose id has no code in the source', () => {
    const source = 'a <pc id="1" type="fmt" subType="xlf:b">b</pc>'
    expect(problemsOf(xliff(file(unit(segment(source, 'x <pc id="7">y</pc>')))))).toEqual([
      'Unit "name" in file "f1" (clusters/12): segment 1 <target>: <pc id="7"> matches no code in the source, and does not say what it is; keep the tags exactly as they are in the source.',
    ])
  })

  it('a target code that borrows the id of a code in another segment or of another kind', () => {
    const first = segment('<pc id="1" type="fmt" subType="xlf:b">a</pc>', '<pc id="1">x</pc>')
    const second = segment('<ph id="2" type="fmt" subType="xlf:lb"/>', '<pc id="1">y</pc><pc id="2">z</pc>')
    expect(problemsOf(xliff(file(unit(first + second))))).toEqual([
      'Unit "name" in file "f1" (clusters/12): segment 2 <target>: <pc id="1"> does not match <pc id="1"> in the source of segment 1.',
      'Unit "name" in file "f1" (clusters/12): segment 2 <target>: <pc id="2"> does not match <ph id="2"> in the source of segment 2.',
    ])
  })

  it('an unknown inline element', () => {
    expect(problemsOf(xliff(file(unit(segment('a <b>bold</b>')))))).toEqual([
      'Unit "name" in file "f1" (clusters/12): segment 1 <source> contains <b>, which this import does not support; keep the tags exactly as they are in the source.',
    ])
    expect(problemsOf(xliff(file(unit(segment('a <h:b xmlns:h="http://www.w3.org/1999/xhtml">bold</h:b>')))))).toEqual([
      'Unit "name" in file "f1" (clusters/12): segment 1 <source> contains the unknown element <h:b>.',
    ])
    expect(
      problemsOf(xliff(file(unit(segment('<sc id="1" type="fmt" subType="xlf:b"/>a<ec startRef="1"/>'))))),
    ).toEqual([
      'Unit "name" in file "f1" (clusters/12): segment 1 <source> contains <sc>, which this import does not support; keep the tags exactly as they are in the source.',
      'Unit "name" in file "f1" (clusters/12): segment 1 <source> contains <ec>, which this import does not support; keep the tags exactly as they are in the source.',
    ])
  })

  it('originalData that is not JSON', () => {
    const data = '<originalData><data id="d1">{"url": oops}</data></originalData>'
    const source = '<pc id="1" type="link" dataRefStart="d1">a</pc>'
    const problems = problemsOf(
      xliff(file(unit(data + segment(source, '<pc id="1">b</pc>'), 'id="body" type="cms:richText"'))),
    )
    expect(problems).toHaveLength(1)
    expect(problems[0]).toMatch(
      /^Unit "body" in file "f1" \(clusters\/12\): <data id="d1"> is not valid JSON \(.+\)\.$/,
    )
  })

  it('an unknown unit type', () => {
    expect(problemsOf(xliff(file(unit(segment('a'), 'id="name" type="html"'))))).toEqual([
      'Unit "name" in file "f1" (clusters/12) has the type "html"; expected cms:plain or cms:richText.',
    ])
    expect(problemsOf(xliff(file(unit(segment('a'), 'id="name"'))))).toEqual([
      'Unit "name" in file "f1" (clusters/12) has no type; expected cms:plain or cms:richText.',
    ])
  })

  it.each([
    ['a source code without id', segment('<pc type="fmt" subType="xlf:b">a</pc>'), '<pc> has no id'],
    ['a ph without id', segment('a<ph type="fmt" subType="xlf:lb"/>'), '<ph> has no id'],
    [
      'duplicate code ids in the source',
      segment('<ph id="1" type="fmt" subType="xlf:lb"/>') + segment('<ph id="1" type="fmt" subType="xlf:lb"/>'),
      'segment 2 <source>: <ph id="1">: the id "1" is used by another code in this unit',
    ],
    [
      'a dataRefStart without data',
      segment('<pc id="1" type="link" dataRefStart="d9">a</pc>'),
      'dataRefStart="d9" points to no <data>',
    ],
    ['a link without data', segment('<pc id="1" type="link">a</pc>'), 'is a link without dataRefStart'],
    [
      'an unknown format',
      segment('<pc id="1" type="fmt" subType="xlf:var">a</pc>'),
      'has an unknown type (type="fmt" subType="xlf:var")',
    ],
    ['a code without type', segment('<pc id="1">a</pc>'), '<pc id="1"> has an unknown type (none)'],
    ['a ph that is not a line break', segment('<ph id="1" type="ui"/>'), 'has an unknown type (type="ui")'],
    [
      'a link inside a link',
      `${link}${segment('<pc id="1" type="link" dataRefStart="d1"><pc id="2" type="link" dataRefStart="d1">a</pc></pc>')}`,
      '<pc id="2"> is a link inside a link',
    ],
    ['a bad code point', segment('<cp hex="D800X"/>'), 'has a <cp> with the invalid hex "D800X"'],
    ['an unknown state', segment('a', 'b', ' state="done"'), 'segment 1 has the state "done"'],
    [
      'a translated segment without target',
      '<segment state="final"><source>a</source></segment>',
      'is "final" but has no <target>',
    ],
    ['two sources', '<segment><source>a</source><source>b</source></segment>', 'segment 1 has 2 <source> elements'],
    ['a unit without segments', '<notes><note>x</note></notes>', 'has no <segment>'],
  ])('%s', (_name, content, message) => {
    const problems = problemsOf(xliff(file(unit(content))))
    expect(problems).toHaveLength(1)
    expect(problems[0]).toContain(message)
  })

  it.each([
    ['a file without id', file(unit(segment('a')), 'original="x/1"'), 'File 1 (x/1) has no id.'],
    [
      'a file without original',
      file(unit(segment('a')), 'id="f1"'),
      'File "f1" has no original (the document it belongs to).',
    ],
    [
      'a duplicate file id',
      file(unit(segment('a'))) + file(unit(segment('a'))),
      'File "f1" (clusters/12): the id "f1" is used by more than one <file>.',
    ],
    ['a file without units', file('<notes><note>x</note></notes>'), 'File "f1" (clusters/12) has no <unit>.'],
    [
      'a group',
      file(`${unit(segment('a'))}<group id="g1">${unit(segment('b'), 'id="other" type="cms:plain"')}</group>`),
      'File "f1" (clusters/12) contains <group>, which this import does not support.',
    ],
    [
      'a unit id that is not an NMTOKEN',
      file(unit(segment('a'), 'id="a b" type="cms:plain"')),
      'the id "a b" is not an NMTOKEN',
    ],
    ['no file', '', 'The file has no <file> element.'],
  ])('%s', (_name, body, message) => {
    const problems = problemsOf(xliff(body))
    expect(problems).toHaveLength(1)
    expect(problems[0]).toContain(message)
  })

  it('reports every problem in a file at once', () => {
    const xml = xliff(
      file(
        unit(segment('a'), 'id="name" type="html"') +
          unit(segment('b')) +
          unit(`${segment('c', '<pc id="5">d</pc>')}<segment/>`, 'id="body" type="cms:richText"'),
        'id="f1"',
      ) + file(unit('<segment><source>x<b/></source></segment>'), 'id="f2" original="pages/7"'),
      'srcLang="en"',
    )
    expect(problemsOf(xml)).toEqual([
      'The <xliff> element has no trgLang (the language the translation is in).',
      'File "f1" has no original (the document it belongs to).',
      'Unit "name" in file "f1" has the type "html"; expected cms:plain or cms:richText.',
      'Unit "name" in file "f1": the id "name" is used by more than one <unit>.',
      'Unit "body" in file "f1": segment 2 has no <source>.',
      'Unit "body" in file "f1": segment 1 <target>: <pc id="5"> matches no code in the source, and does not say what it is; keep the tags exactly as they are in the source.',
      'Unit "name" in file "f2" (pages/7): segment 1 <source> contains <b>, which this import does not support; keep the tags exactly as they are in the source.',
    ])
  })
})
