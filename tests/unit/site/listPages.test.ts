import { describe, expect, it } from 'vitest'
import { filterMenus, LIST_PAGE_SIZE, listPageIn, listPages } from '../../../site/src/lib/listPages'
import { buildSiteIndex } from '../../../site/src/lib/siteIndex'
import { organization, project, snapshot } from './factories'

/** 50 organisations (30 in Lithuania, 20 in Poland; every fifth a university) and two projects. */
function site() {
  const organizations = Array.from({ length: 50 }, (_, i) =>
    organization(
      i + 1,
      { en: `Organisation ${String(i + 1).padStart(2, '0')}` },
      {
        sourceLocale: 'en',
        country: i < 30 ? 'LT' : 'PL',
        kinds: i % 5 === 0 ? ['university'] : ['business'],
      },
    ),
  )
  return buildSiteIndex(
    snapshot({
      organizations,
      'funding-projects': [
        project(
          101,
          { en: 'Baltic Bridge', pl: 'Most Bałtycki' },
          {
            sourceLocale: 'en',
            programme: { en: 'Interreg South Baltic', pl: 'Interreg Południowy Bałtyk' },
            periodStart: '2017-01',
            periodEnd: '2019-12',
            partners: [
              { organization: 1, role: 'lead-partner' },
              { organization: 40, role: 'partner' },
            ],
          },
        ),
        project(
          102,
          { en: 'Coast Care' },
          { sourceLocale: 'en', periodStart: '2030', partners: [{ organization: 2, role: 'partner' }] },
        ),
      ],
    }),
  )
}

describe('a section’s list pages', () => {
  it('splits a list into pages of LIST_PAGE_SIZE with localized page paths linked in order', () => {
    const pages = listPages(site(), 'organizations', 'pl').filter((p) => !p.filter)
    expect(LIST_PAGE_SIZE).toBe(24)
    expect(pages.map((p) => [p.path, p.entries.length])).toEqual([
      ['/pl/organizacje/', 24],
      ['/pl/organizacje/strona/2/', 24],
      ['/pl/organizacje/strona/3/', 2],
    ])
    expect(pages[0]).toMatchObject({
      page: 1,
      pageCount: 3,
      total: 50,
      previousPath: undefined,
      nextPath: '/pl/organizacje/strona/2/',
    })
    expect(pages[1]).toMatchObject({ previousPath: '/pl/organizacje/', nextPath: '/pl/organizacje/strona/3/' })
    expect(pages[2].nextPath).toBeUndefined()
    // in list order, every document once
    const titles = pages.flatMap((p) => p.entries.map((e) => e.id))
    expect(new Set(titles).size).toBe(50)
    expect(pages[0].entries[0].id).toBe('1')
  })

  it('offers the filters their documents have, with counts, at localized paths', () => {
    const [country, kind] = filterMenus(site(), 'organizations', 'lt')
    expect(country.facet).toBe('country')
    expect(country.values.map((v) => [v.label, v.count, v.path])).toEqual([
      ['Lenkija', 20, '/lt/organizacijos/salis/lenkija/'],
      ['Lietuva', 30, '/lt/organizacijos/salis/lietuva/'],
    ])
    expect(kind.values.map((v) => [v.key, v.count])).toEqual([
      ['business', 40],
      ['university', 10],
    ])
  })

  it('paginates each filtered list on its own', () => {
    const lithuania = listPages(site(), 'organizations', 'en').filter((p) => p.filter?.key === 'LT')
    expect(lithuania.map((p) => p.path)).toEqual([
      '/en/organisations/country/lithuania/',
      '/en/organisations/country/lithuania/page/2/',
    ])
    expect(lithuania[1].entries).toHaveLength(6)
    expect(
      lithuania.every((p) => p.entries.every((e) => e.section === 'organizations' && e.doc.country === 'LT')),
    ).toBe(true)
  })

  it('filters projects by programme, partner country and status on the build date', () => {
    const menus = filterMenus(site(), 'funding-projects', 'pl')
    expect(menus.map((m) => m.facet)).toEqual(['programme', 'country', 'status'])
    expect(menus[0].values.map((v) => [v.label, v.path])).toEqual([
      ['Interreg Południowy Bałtyk', '/pl/projekty/program/interreg-poludniowy-baltyk/'],
    ])
    expect(menus[1].values.map((v) => [v.key, v.count])).toEqual([
      ['LT', 2],
      ['PL', 1],
    ])
    expect(menus[2].values.map((v) => v.key).sort()).toEqual(['completed', 'upcoming'])
  })

  it('finds the same page of the same list in another locale', () => {
    const index = site()
    const enPage = listPages(index, 'organizations', 'en').find((p) => p.filter?.key === 'LT' && p.page === 2)!
    expect(listPageIn(listPages(index, 'organizations', 'it'), enPage)?.path).toBe(
      '/it/organizzazioni/paese/lituania/pagina/2/',
    )
  })

  it('has one empty first page for a section with nothing published', () => {
    const pages = listPages(buildSiteIndex(snapshot({})), 'events', 'en')
    expect(pages).toHaveLength(1)
    expect(pages[0]).toMatchObject({ path: '/en/events/', entries: [], pageCount: 1, total: 0 })
  })
})
