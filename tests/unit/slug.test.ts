import { describe, expect, it } from 'vitest'
import { MAX_SLUG_LENGTH, SLUG_PATTERN, toSlug, withSuffix } from '../../cms/lib/slug'

describe('toSlug', () => {
  it.each([
    ['Bałtycki Klaster Turystyki Zdrowotnej', 'baltycki-klaster-turystyki-zdrowotnej'],
    ['Zażółć gęślą jaźń', 'zazolc-gesla-jazn'],
    ['Łódź', 'lodz'],
    ['„Malonūs nuovargiai“', 'malonus-nuovargiai'],
    ['Antgamtiniai peizažai', 'antgamtiniai-peizazai'],
    ['Migruojančios kultūros', 'migruojancios-kulturos'],
    ['ėįųūčšž ĖĮŲŪČŠŽ', 'eiuucsz-eiuucsz'],
    ["Turismo sanitario dell'assistenza è più", 'turismo-sanitario-dell-assistenza-e-piu'],
    ['Programma 2009–2015: cluster & co.', 'programma-2009-2015-cluster-and-co'],
  ])('%s → %s', (title, slug) => {
    expect(toSlug(title)).toBe(slug)
  })

  it('cuts long titles at a word boundary', () => {
    const slug = toSlug(
      'Stymulowanie innowacyjności gospodarki województwa pomorskiego przez wspieranie rozwoju klastrów – koncepcja polityki i działania pilotażowe',
    )
    expect(slug.length).toBeLessThanOrEqual(MAX_SLUG_LENGTH)
    expect(slug).toMatch(SLUG_PATTERN)
    expect(slug.startsWith('stymulowanie-innowacyjnosci-gospodarki')).toBe(true)
  })

  it('numbers duplicates from 2', () => {
    expect(withSuffix('route', 1)).toBe('route')
    expect(withSuffix('route', 3)).toBe('route-3')
  })
})
