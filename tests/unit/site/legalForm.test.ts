import { describe, expect, it } from 'vitest'
import { legalFormParts, legalFormsIgnoredInHtml } from '../../../site/src/lib/legalForm'

describe('legal forms in names and text', () => {
  it('finds the legal form of a company’s name, and gives the whole name back when joined', () => {
    const name = 'Zarząd Nadbałtyckich Inicjatyw Klastrowych Sp. z o.o.'
    const parts = legalFormParts(name)
    expect(parts).toEqual([
      { text: 'Zarząd Nadbałtyckich Inicjatyw Klastrowych ', legalForm: false },
      { text: 'Sp. z o.o.', legalForm: true },
    ])
    expect(parts.map((p) => p.text).join('')).toBe(name)
    expect(
      legalFormParts('UAB „Klaipėdos keltas“')
        .filter((p) => p.legalForm)
        .map((p) => p.text),
    ).toEqual(['UAB'])
    expect(legalFormParts('Porto di Trieste S.p.A. e Fincantieri S.r.l.').filter((p) => p.legalForm)).toHaveLength(2)
  })

  it('leaves words that merely contain a legal form alone', () => {
    for (const text of ['spiaggia', 'Sp', 'SIAULIAI', 'Oyster bay', 'a GmbHx', 'ASIA']) {
      expect(
        legalFormParts(text).some((p) => p.legalForm),
        text,
      ).toBe(false)
    }
  })

  it('keeps legal forms in rich text out of the search index, as escaped HTML', () => {
    expect(legalFormsIgnoredInHtml('la società Zarząd Sp. z o.o., in qualità di &amp; Ltd. partner')).toBe(
      'la società Zarząd <span data-pagefind-ignore>Sp. z o.o.</span>, in qualità di &amp; <span data-pagefind-ignore>Ltd.</span> partner',
    )
  })
})
