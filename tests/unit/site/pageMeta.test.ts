import { describe, expect, it } from 'vitest'
import type { LocaleCode } from '../../../cms/locales'
import { pageLinks, sharedPageLinks } from '../../../site/src/lib/pageMeta'
import { cluster, entryOf } from './factories'

/** A cluster written in Polish and translated into English only. */
const polishAndEnglish = () =>
  entryOf('clusters', cluster(7, { pl: 'Klaster Morski', en: 'Maritime Cluster' }, { sourceLocale: 'pl' }))

/** A cluster written in Lithuanian and translated into Polish, with no English. */
const lithuanianAndPolish = () =>
  entryOf('clusters', cluster(8, { lt: 'Jūrinis klasteris', pl: 'Klaster Bałtycki' }, { sourceLocale: 'lt' }))

describe('pageLinks', () => {
  it('lists hreflang alternates only for translated locales', () => {
    expect(pageLinks(polishAndEnglish(), 'pl').alternates).toEqual([
      { locale: 'pl', path: '/pl/klastry/klaster-morski/' },
      { locale: 'en', path: '/en/clusters/maritime-cluster/' },
    ])
  })

  it('gives the same alternates on a fallback page as on a translated one', () => {
    const entry = polishAndEnglish()
    expect(pageLinks(entry, 'it').alternates).toEqual(pageLinks(entry, 'pl').alternates)
  })

  it('lets the language switcher reach the document in all four locales', () => {
    expect(pageLinks(polishAndEnglish(), 'pl').switcher).toEqual([
      { locale: 'pl', path: '/pl/klastry/klaster-morski/' },
      { locale: 'it', path: '/it/cluster/maritime-cluster/' },
      { locale: 'lt', path: '/lt/klasteriai/maritime-cluster/' },
      { locale: 'en', path: '/en/clusters/maritime-cluster/' },
    ])
  })

  it('makes a translated page indexable with itself as canonical', () => {
    const links = pageLinks(polishAndEnglish(), 'pl')
    expect(links.noindex).toBe(false)
    expect(links.canonicalPath).toBe('/pl/klastry/klaster-morski/')
  })

  it('makes a fallback page noindex, with its canonical at the page whose text it shows', () => {
    const links = pageLinks(polishAndEnglish(), 'lt')
    expect(links.noindex).toBe(true)
    expect(links.canonicalPath).toBe('/en/clusters/maritime-cluster/')
  })

  it("points a fallback page's canonical at the source locale when there is no English", () => {
    const links = pageLinks(lithuanianAndPolish(), 'en')
    expect(links.noindex).toBe(true)
    expect(links.canonicalPath).toBe('/lt/klasteriai/jurinis-klasteris/')
  })

  it('uses English for x-default when the document is translated into English', () => {
    for (const locale of ['pl', 'it', 'lt', 'en'] as LocaleCode[]) {
      expect(pageLinks(polishAndEnglish(), locale).defaultPath, locale).toBe('/en/clusters/maritime-cluster/')
    }
  })

  it('uses the source locale for x-default when there is no English', () => {
    expect(pageLinks(lithuanianAndPolish(), 'pl').defaultPath).toBe('/lt/klasteriai/jurinis-klasteris/')
  })

  it('uses the first translated locale for x-default when neither English nor the source locale has text', () => {
    const entry = entryOf('clusters', cluster(9, { it: 'Cluster marittimo' }, { sourceLocale: 'pl' }))
    expect(pageLinks(entry, 'pl').defaultPath).toBe('/it/cluster/cluster-marittimo/')
  })
})

describe('sharedPageLinks', () => {
  it('links a page that exists in every locale to all of them and indexes it', () => {
    const links = sharedPageLinks('lt', (l) => `/${l}/`)
    const all = [
      { locale: 'pl', path: '/pl/' },
      { locale: 'it', path: '/it/' },
      { locale: 'lt', path: '/lt/' },
      { locale: 'en', path: '/en/' },
    ]
    expect(links).toEqual({
      alternates: all,
      switcher: all,
      defaultPath: '/en/',
      canonicalPath: '/lt/',
      noindex: false,
    })
  })
})
