import { describe, expect, it } from 'vitest'
import { siteAddress } from '../../../site/src/lib/siteAddress'

describe('siteAddress', () => {
  const site = new URL('https://baltic.example/')

  it('writes a page’s full address as the URL standard does, asked once or again', () => {
    for (const path of ['/pl/klastry/morskie/', '/lt/maršrutai/', '/en/../it/', '/en/routes/a b/og.jpg', '/']) {
      const expected = new URL(path, site).toString()
      expect(siteAddress(path, site)).toBe(expected)
      expect(siteAddress(path, site)).toBe(expected)
    }
    expect(siteAddress('/lt/maršrutai/', site)).toBe('https://baltic.example/lt/mar%C5%A1rutai/')
  })

  it('keeps each site’s addresses apart', () => {
    const other = new URL('https://preview.example/')
    expect(siteAddress('/en/', site)).toBe('https://baltic.example/en/')
    expect(siteAddress('/en/', other)).toBe('https://preview.example/en/')
  })
})
