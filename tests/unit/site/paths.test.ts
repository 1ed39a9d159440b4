import { describe, expect, it } from 'vitest'
import { localeCodes } from '../../../cms/locales'
import { contentTypes } from '../../../shared/contentTypes'
import { absoluteUrl, documentPath, homePath, sectionFromPath, sectionPath } from '../../../site/src/i18n/paths'
import { contentSections, sectionSegment, sections } from '../../../site/src/i18n/sections'
import { perLocale } from './perLocale'

describe('homePath', () => {
  it('is the locale code between slashes', () => {
    expect(homePath('lt')).toBe('/lt/')
    expect(homePath('en')).toBe('/en/')
  })
})

describe('sectionPath', () => {
  it('uses the localized segment of the section', () => {
    const clusterPaths = perLocale((locale) => sectionPath(locale, 'clusters'))
    expect(clusterPaths).toEqual({ pl: '/pl/klastry/', it: '/it/cluster/', lt: '/lt/klasteriai/', en: '/en/clusters/' })
  })

  it('localizes every section, including policy documents, search and the site map', () => {
    expect(sectionPath('pl', 'policy-documents')).toBe('/pl/dokumenty-strategiczne/')
    expect(sectionPath('en', 'policy-documents')).toBe('/en/policy-documents/')
    expect(sectionPath('lt', 'routes')).toBe('/lt/marsrutai/')
    expect(sectionPath('it', 'search')).toBe('/it/cerca/')
    expect(sectionPath('lt', 'site-map')).toBe('/lt/svetaines-medis/')
    expect(sectionPath('en', 'organizations')).toBe('/en/organisations/')
  })
})

describe('documentPath', () => {
  it('appends the slug to the section path with a trailing slash', () => {
    expect(documentPath('lt', 'clusters', 'ltpp-klasteris')).toBe('/lt/klasteriai/ltpp-klasteris/')
    expect(documentPath('pl', 'funding-projects', 'baltic-sea')).toBe('/pl/projekty/baltic-sea/')
    expect(documentPath('en', 'events', 'opening')).toBe('/en/events/opening/')
  })
})

describe('sectionFromPath', () => {
  it('finds the section of a localized segment', () => {
    expect(sectionFromPath('pl', 'klastry')).toBe('clusters')
    expect(sectionFromPath('lt', 'klasteriai')).toBe('clusters')
    expect(sectionFromPath('en', 'clusters')).toBe('clusters')
    expect(sectionFromPath('pl', 'szlaki')).toBe('routes')
  })

  it("does not accept another locale's segment", () => {
    expect(sectionFromPath('en', 'klastry')).toBeUndefined()
    expect(sectionFromPath('pl', 'clusters')).toBeUndefined()
    expect(sectionFromPath('lt', 'klastry')).toBeUndefined()
  })

  it('returns undefined for an unknown segment', () => {
    expect(sectionFromPath('pl', 'nie-ma')).toBeUndefined()
    expect(sectionFromPath('pl', '')).toBeUndefined()
  })

  it('inverts sectionPath for every section and locale', () => {
    for (const locale of localeCodes) {
      for (const section of sections) {
        const segment = sectionPath(locale, section).split('/')[2]
        expect(sectionFromPath(locale, segment), `${locale}/${segment}`).toBe(section)
      }
    }
  })
})

describe('section path segments', () => {
  it('are transliterated, URL-safe ASCII', () => {
    for (const section of sections) {
      for (const locale of localeCodes) expect(sectionSegment(section, locale)).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/)
    }
  })

  it('are unique within each locale', () => {
    for (const locale of localeCodes) {
      const segments = sections.map((s) => sectionSegment(s, locale))
      expect(new Set(segments).size, locale).toBe(sections.length)
    }
  })

  it('cover every content type of the model, named by its CMS collection, in navigation order, then search and the site map', () => {
    expect(contentSections).toEqual(contentTypes.map((type) => type.slug))
    expect(contentSections.slice(0, 2)).toEqual(['clusters', 'funding-projects'])
    expect(sections).toEqual([...contentSections, 'search', 'site-map'])
  })
})

describe('absoluteUrl', () => {
  it('resolves a site path against the site URL', () => {
    expect(absoluteUrl('https://example.org', '/pl/klastry/')).toBe('https://example.org/pl/klastry/')
    expect(absoluteUrl(new URL('https://example.org/base/'), '/en/')).toBe('https://example.org/en/')
  })
})
