import { parse } from 'node-html-parser'
import { describe, expect, it } from 'vitest'
import { richTextToHtml } from '../../../site/src/lib/richText'

/** A Lexical document holding one list of the given type with two items, as Payload stores it. */
function listOf(listType: 'bullet' | 'number') {
  const item = (value: number, text: string) => ({
    type: 'listitem',
    value,
    version: 1,
    direction: 'ltr',
    format: '',
    indent: 0,
    children: [{ type: 'text', text, version: 1, detail: 0, format: 0, mode: 'normal', style: '' }],
  })
  return {
    root: {
      type: 'root',
      version: 1,
      direction: 'ltr',
      format: '',
      indent: 0,
      children: [
        {
          type: 'list',
          listType,
          tag: listType === 'number' ? 'ol' : 'ul',
          start: 1,
          version: 1,
          direction: 'ltr',
          format: '',
          indent: 0,
          children: [item(1, 'Gdańsk'), item(2, 'Kłajpeda')],
        },
      ],
    },
  }
}

describe('richTextToHtml', () => {
  it('writes a bulleted list without the value attribute HTML allows only in ordered lists', () => {
    const html = parse(richTextToHtml(listOf('bullet')))
    expect(html.querySelectorAll('ul > li').map((li) => li.text)).toEqual(['Gdańsk', 'Kłajpeda'])
    expect(html.querySelectorAll('li[value]')).toHaveLength(0)
  })

  it('keeps the numbers of an ordered list', () => {
    const html = parse(richTextToHtml(listOf('number')))
    expect(html.querySelectorAll('ol > li').map((li) => li.getAttribute('value'))).toEqual(['1', '2'])
  })
})
