import type { Field } from 'payload'
import { describe, expect, it } from 'vitest'
import { withLocaleText } from '../../../cms/translation/review/localeText'

/** Fields shaped like our collections: a localized title, a shared field, rows with localized text, a group. */
const fields: Field[] = [
  { name: 'title', type: 'text', localized: true },
  { name: 'country', type: 'text' },
  {
    name: 'stops',
    type: 'array',
    fields: [
      { name: 'name', type: 'text', localized: true },
      { name: 'lat', type: 'number' },
    ],
  },
  { type: 'row', fields: [{ name: 'region', type: 'text', localized: true }] },
  { name: 'contact', type: 'group', fields: [{ name: 'address', type: 'textarea', localized: true }] },
]

const published = {
  title: { en: 'Amber Coast', lt: 'Gintaro krantas' },
  country: 'LT',
  stops: [
    { id: 'a', name: { en: 'Nida', lt: 'Nida' }, lat: 55.3 },
    { id: 'b', name: { en: 'Juodkrante', lt: 'Juodkrantė' }, lat: 55.5 },
  ],
  region: { en: 'Neringa', lt: 'Neringa' },
  contact: { address: { en: 'Main St 1', lt: 'Pagrindinė g. 1' } },
}

const draft = {
  title: { en: 'Amber Coast Route', lt: 'Gintaro kranto maršrutas (nepatvirtinta)' },
  country: 'LT',
  // a row added in front, one removed, one kept
  stops: [
    { id: 'c', name: { en: 'Klaipeda', lt: 'Klaipėda (nauja)' }, lat: 55.7 },
    { id: 'a', name: { en: 'Nida village', lt: 'Nidos kaimas' }, lat: 55.31 },
  ],
  region: { en: 'Neringa', lt: 'Neringos sav.' },
  contact: { address: { en: 'Main St 2', lt: 'Pagrindinė g. 2' } },
}

describe('withLocaleText', () => {
  it('takes the given locales from the other document and keeps everything else', () => {
    const live = withLocaleText(fields, draft, published, ['lt'])
    expect(live).toEqual({
      title: { en: 'Amber Coast Route', lt: 'Gintaro krantas' },
      country: 'LT',
      stops: [
        // a row the published document does not have gets no Lithuanian text
        { id: 'c', name: { en: 'Klaipeda', lt: null }, lat: 55.7 },
        // rows are matched by id, not by position
        { id: 'a', name: { en: 'Nida village', lt: 'Nida' }, lat: 55.31 },
      ],
      region: { en: 'Neringa', lt: 'Neringa' },
      contact: { address: { en: 'Main St 2', lt: 'Pagrindinė g. 1' } },
    })
  })

  it('empties the locales when there is no other document (never published)', () => {
    const live = withLocaleText(fields, draft, undefined, ['lt'])
    expect(live.title).toEqual({ en: 'Amber Coast Route', lt: null })
    expect((live.stops as { name: unknown }[]).map((s) => s.name)).toEqual([
      { en: 'Klaipeda', lt: null },
      { en: 'Nida village', lt: null },
    ])
  })

  it('does not change the documents it reads', () => {
    const before = JSON.stringify(draft)
    withLocaleText(fields, draft, published, ['lt', 'en'])
    expect(JSON.stringify(draft)).toBe(before)
  })
})
