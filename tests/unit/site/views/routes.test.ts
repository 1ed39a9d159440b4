import { describe, expect, it } from 'vitest'
import type { LocaleCode } from '../../../../cms/locales'
import type { ContentDocument } from '../../../../shared/contentTypes'
import { buildSiteIndex } from '../../../../site/src/lib/siteIndex'
import { routeJsonLd, routeView } from '../../../../site/src/lib/views/routes'
import { project, route, snapshot } from '../factories'
import { pageUrl as url } from './pageUrl'
import { viewAlone } from './sites'

/** A Lithuanian route translated into Polish, with a project, a line and three stops (two placed). */
function site() {
  return buildSiteIndex(
    snapshot({
      'funding-projects': [project(3, { en: 'Baltic Bridge' }, { sourceLocale: 'en' })],
      routes: [
        route(
          4,
          { lt: 'Pajūrio maršrutas', pl: 'Szlak nadmorski' },
          {
            sourceLocale: 'lt',
            project: 3,
            lengthKm: 12.5,
            region: { lt: 'Klaipėdos kraštas', pl: 'Kraj kłajpedzki' },
            theme: { lt: 'Jūra' },
            stops: [
              {
                name: { lt: 'Smiltynė', pl: 'Smiltynė (prom)' },
                description: { lt: 'Keltas' },
                latitude: 55.7,
                longitude: 21.1,
              },
              { name: { lt: 'Nida' }, latitude: 55.3, longitude: 21.0 },
              { name: { lt: 'Juodkrantė' } },
            ],
            geometry: {
              type: 'LineString',
              coordinates: [
                [21.1, 55.7],
                [21.0, 55.3],
              ],
            },
          },
        ),
      ],
    }),
  )
}

/** The view of a route published on its own (its references lead nowhere). */
const viewOf = (doc: ContentDocument<'routes'>, locale: LocaleCode) => viewAlone(routeView, 'routes', doc, locale)

describe('routeView', () => {
  it('shows the facts of a translated page in its own language, formatted for the reader', () => {
    const index = site()
    expect(routeView(index.get('routes', 4)!, index, 'pl')).toMatchObject({
      region: 'Kraj kłajpedzki',
      // a field left empty in Polish falls back to the source locale
      theme: 'Jūra',
      lengthKm: '12,5',
      project: { section: 'funding-projects', id: '3' },
    })
  })

  it('lists the stops in order, named in the page language or its fallback', () => {
    const index = site()
    expect(routeView(index.get('routes', 4)!, index, 'pl').stops).toEqual([
      { name: 'Smiltynė (prom)', description: 'Keltas' },
      { name: 'Nida', description: undefined },
      { name: 'Juodkrantė', description: undefined },
    ])
  })

  it('gives an untranslated locale the source text and its number format', () => {
    const index = site()
    const view = routeView(index.get('routes', 4)!, index, 'en')
    expect(view.region).toBe('Klaipėdos kraštas')
    expect(view.stops[0].name).toBe('Smiltynė')
    expect(view.lengthKm).toBe('12.5')
  })

  it('draws the placed stops and the line, and offers the GPX file beside the page', () => {
    const index = site()
    const entry = index.get('routes', 4)!
    const view = routeView(entry, index, 'pl')
    expect(view.points).toEqual([
      { name: 'Smiltynė (prom)', lat: 55.7, lon: 21.1 },
      { name: 'Nida', lat: 55.3, lon: 21.0 },
    ])
    expect(view.line).toEqual([
      [21.1, 55.7],
      [21.0, 55.3],
    ])
    expect(view.mapId).toBe('map-4')
    expect(view.noCoordinates).toBe(false)
    expect(view.gpxPath).toBe(`${entry.variants.pl.path.replace(/\/$/, '')}.gpx`)
    expect(view.gpxPath).toMatch(/^\/pl\/szlaki\/[a-z-]+\.gpx$/)
  })

  it('says the stops cannot be drawn when none has coordinates, and offers no GPX', () => {
    const view = viewOf(route(5, { pl: 'Szlak' }, { stops: [{ name: { pl: 'A' } }, { name: { pl: 'B' } }] }), 'pl')
    expect(view.stops).toHaveLength(2)
    expect(view.points).toEqual([])
    expect(view.noCoordinates).toBe(true)
    expect(view.gpxPath).toBeUndefined()
  })

  it('leaves out an unpublished project and shows an empty route as empty', () => {
    const view = viewOf(route(6, { pl: 'Pusty szlak' }, { project: 99 }), 'pl')
    expect(view).toEqual({
      region: undefined,
      theme: undefined,
      lengthKm: undefined,
      project: undefined,
      stops: [],
      points: [],
      line: undefined,
      mapId: 'map-6',
      noCoordinates: false,
      gpxPath: undefined,
    })
  })

  it('names the duration, difficulty, best season and country in the reader’s language', () => {
    const doc = route(
      9,
      { pl: 'Mierzeja', en: 'The Spit' },
      {
        duration: 2,
        durationUnit: 'days',
        difficulty: 'moderate',
        seasonFrom: '5',
        seasonTo: '9',
        country: 'LT',
      },
    )
    expect(viewOf(doc, 'pl')).toMatchObject({
      duration: '2 dni',
      difficulty: 'Średnio trudna',
      season: 'maj\u2009–\u2009wrzesień',
      country: 'Litwa',
      countryCode: 'LT',
    })
    expect(viewOf(doc, 'en')).toMatchObject({
      duration: '2 days',
      difficulty: 'Moderate',
      season: 'May\u2009–\u2009September',
    })
    // one end of the season alone says too little
    expect(viewOf({ ...doc, seasonTo: null }, 'en').season).toBeUndefined()
  })

  it('draws the elevation profile of a line with elevations, and offers GPX for a line without stops', () => {
    const doc = route(
      10,
      { en: 'Dune walk' },
      {
        sourceLocale: 'en',
        geometry: {
          type: 'LineString',
          coordinates: [
            [21.1, 55.5, 4],
            [21.1, 55.51, 52],
            [21.1, 55.52, 10],
          ],
        },
      },
    )
    const view = viewOf(doc, 'en')
    expect(view.profile).toMatchObject({ lowestM: 4, highestM: 52, ascentM: 48, descentM: 42 })
    expect(view.points).toEqual([])
    expect(view.gpxPath).toMatch(/^\/en\/routes\/dune-walk\.gpx$/)
    expect(viewOf(route(11, { en: 'Flat' }, { sourceLocale: 'en' }), 'en').profile).toBeUndefined()
  })

  it('shows a length of zero (only a missing length is left out)', () => {
    expect(viewOf(route(7, { en: 'Loop' }, { sourceLocale: 'en', lengthKm: 0 }), 'en').lengthKm).toBe('0')
  })

  it('ignores a drawn geometry that is not a line', () => {
    expect(
      viewOf(route(8, { en: 'Area' }, { sourceLocale: 'en', geometry: { type: 'Polygon' } }), 'en').line,
    ).toBeUndefined()
  })
})

describe('routeJsonLd', () => {
  it('lists the stops as places, with coordinates where known', () => {
    const index = site()
    const entry = index.get('routes', 4)!
    expect(routeJsonLd(entry, index, 'pl', url)).toEqual({
      '@type': 'TouristTrip',
      touristType: 'Jūra',
      itinerary: {
        '@type': 'ItemList',
        itemListElement: [
          {
            '@type': 'ListItem',
            position: 1,
            item: {
              '@type': 'Place',
              name: 'Smiltynė',
              geo: { '@type': 'GeoCoordinates', latitude: 55.7, longitude: 21.1 },
            },
          },
          {
            '@type': 'ListItem',
            position: 2,
            item: {
              '@type': 'Place',
              name: 'Nida',
              geo: { '@type': 'GeoCoordinates', latitude: 55.3, longitude: 21.0 },
            },
          },
          { '@type': 'ListItem', position: 3, item: { '@type': 'Place', name: 'Juodkrantė' } },
        ],
      },
    })
  })

  it('gives an empty itinerary for a route without theme or stops', () => {
    const index = buildSiteIndex(snapshot({ routes: [route(9, { pl: 'Szlak' })] }))
    const entry = index.get('routes', 9)!
    expect(routeJsonLd(entry, index, 'pl', url)).toEqual({
      '@type': 'TouristTrip',
      itinerary: { '@type': 'ItemList', itemListElement: [] },
    })
  })
})
