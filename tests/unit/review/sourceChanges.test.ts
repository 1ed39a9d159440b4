import { describe, expect, it } from 'vitest'
import { sourceChanges, unitText } from '../../../cms/translation/review/sourceText'

const unit = (id: string, text: string) => ({ id, label: id.toUpperCase(), text })

describe('sourceChanges', () => {
  it('gives a word-level diff per changed field and leaves unchanged fields out', () => {
    const changes = sourceChanges(
      [unit('name', 'Baltic Amber Clustr'), unit('summary', 'Same text.')],
      [unit('name', 'Baltic Amber Cluster'), unit('summary', 'Same text.')],
    )
    expect(changes).toEqual([
      {
        id: 'name',
        label: 'NAME',
        before: 'Baltic Amber Clustr',
        after: 'Baltic Amber Cluster',
        parts: [{ value: 'Baltic Amber ' }, { value: 'Clustr', removed: true }, { value: 'Cluster', added: true }],
      },
    ])
  })

  it('counts a field only one side has as empty on the other, in the current order', () => {
    const changes = sourceChanges([unit('old', 'Gone now')], [unit('new', 'Brand new')])
    expect(changes.map((c) => [c.id, c.before, c.after])).toEqual([
      ['new', '', 'Brand new'],
      ['old', 'Gone now', ''],
    ])
  })

  it('rebuilds both texts exactly from its parts, line breaks included', () => {
    const before = 'Pierwszy akapit o porcie.\nDrugi akapit,  z dwiema spacjami.'
    const after = 'Pierwszy akapit o nowym porcie.\nDrugi akapit,  z dwiema spacjami.\nTrzeci.'
    const [change] = sourceChanges([unit('body', before)], [unit('body', after)])
    expect(
      change.parts
        .filter((p) => !p.added)
        .map((p) => p.value)
        .join(''),
    ).toBe(before)
    expect(
      change.parts
        .filter((p) => !p.removed)
        .map((p) => p.value)
        .join(''),
    ).toBe(after)
  })
})

describe('unitText', () => {
  it('reads rich text as its blocks, one per line, without formats', () => {
    const text = (value: string, format = 0) => ({ type: 'text', text: value, format, version: 1 })
    const paragraph = (...children: object[]) => ({ type: 'paragraph', version: 1, children })
    const value = {
      root: {
        type: 'root',
        version: 1,
        children: [paragraph(text('Port '), text('Gdynia', 1)), paragraph(text('Second.'))],
      },
    }
    expect(unitText({ kind: 'richText', value })).toBe('Port Gdynia\nSecond.')
    expect(unitText({ kind: 'plain', value: 'Plain' })).toBe('Plain')
    expect(unitText({ kind: 'plain', value: null })).toBe('')
  })
})
