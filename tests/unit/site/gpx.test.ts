import { describe, expect, it } from 'vitest'
import { create } from 'xmlbuilder2'
import type { LocaleCode } from '../../../cms/locales'
import { routeGpx, routePoints } from '../../../site/src/lib/gpx'
import { entryOf, route } from './factories'

const PAGE = 'https://example.org/pl/szlaki/szlak-nadmorski/'

/** A stop row as the CMS stores it: a localized name and optional coordinates. */
const stop = (name: Partial<Record<LocaleCode, string>>, latitude?: number, longitude?: number) => ({
  name,
  ...(latitude === undefined ? {} : { latitude }),
  ...(longitude === undefined ? {} : { longitude }),
})

/** A route translated into Polish and English with three stops, one of them without coordinates. */
function coastalRoute(extra: Record<string, unknown> = {}) {
  return entryOf(
    'routes',
    route(
      4,
      { pl: 'Szlak nadmorski', en: 'Coastal route' },
      {
        stops: [
          stop({ pl: 'Zamek w Malborku', en: 'Malbork Castle' }, 54.0397, 19.0283),
          stop({ pl: 'Bez współrzędnych', en: 'No coordinates' }),
          stop({ pl: 'Latarnia Hel', en: 'Hel Lighthouse' }, 54.6, 18.8),
        ],
        ...extra,
      },
    ),
  )
}

/** Parses GPX with a real XML parser and returns its root element. */
function parse(xml: string): Element {
  return create(xml).root().node as unknown as Element
}

const texts = (root: Element, parent: string) =>
  [...root.getElementsByTagName(parent)].map((el) => el.getElementsByTagName('name')[0]?.textContent)

const coordinates = (root: Element, tag: string) =>
  [...root.getElementsByTagName(tag)].map((el) => [el.getAttribute('lat'), el.getAttribute('lon')])

describe('routeGpx', () => {
  it('writes a GPX 1.1 document', () => {
    const xml = routeGpx(coastalRoute(), 'pl', PAGE)
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>')).toBe(true)
    const root = parse(xml)
    expect(root.localName).toBe('gpx')
    expect(root.namespaceURI).toBe('http://www.topografix.com/GPX/1/1')
    expect(root.getAttribute('version')).toBe('1.1')
    expect(root.getAttribute('creator')).toBe('Baltic Clusters & Routes')
  })

  it('names the route and links its page in the metadata', () => {
    const root = parse(routeGpx(coastalRoute(), 'pl', PAGE))
    const metadata = root.getElementsByTagName('metadata')[0]
    expect(metadata.getElementsByTagName('name')[0].textContent).toBe('Szlak nadmorski')
    expect(metadata.getElementsByTagName('link')[0].getAttribute('href')).toBe(PAGE)
    expect(root.getElementsByTagName('rte')[0].getElementsByTagName('name')[0].textContent).toBe('Szlak nadmorski')
  })

  it('lists the stops with coordinates as route points in stop order, named in the requested locale', () => {
    const pl = parse(routeGpx(coastalRoute(), 'pl', PAGE))
    expect(coordinates(pl, 'rtept')).toEqual([
      ['54.0397', '19.0283'],
      ['54.6', '18.8'],
    ])
    expect(texts(pl, 'rtept')).toEqual(['Zamek w Malborku', 'Latarnia Hel'])

    const en = parse(routeGpx(coastalRoute(), 'en', PAGE))
    expect(texts(en, 'rtept')).toEqual(['Malbork Castle', 'Hel Lighthouse'])
  })

  it('names the stops of an untranslated page in the fallback language', () => {
    const lt = parse(routeGpx(coastalRoute(), 'lt', PAGE))
    expect(texts(lt, 'rtept')).toEqual(['Malbork Castle', 'Hel Lighthouse'])
  })

  it('skips stops without both coordinates', () => {
    const entry = coastalRoute({
      stops: [stop({ en: 'Only latitude' }, 54.1), stop({ en: 'Both' }, 54.2, 18.2), stop({ en: 'None' })],
    })
    const root = parse(routeGpx(entry, 'en', PAGE))
    expect(texts(root, 'rtept')).toEqual(['Both'])
  })

  it('keeps a stop at latitude or longitude zero', () => {
    const entry = coastalRoute({ stops: [stop({ en: 'Null Island' }, 0, 0)] })
    expect(coordinates(parse(routeGpx(entry, 'en', PAGE)), 'rtept')).toEqual([['0', '0']])
  })

  it('escapes special characters in names and links', () => {
    const name = 'Fish & Chips <Bar> "Quay"'
    const entry = entryOf('routes', route(5, { en: 'Salt & <Sea>' }, { stops: [stop({ en: name }, 54.1, 18.1)] }))
    const url = 'https://example.org/en/routes/x/?a=1&b=2'
    const xml = routeGpx(entry, 'en', url)
    expect(xml).toContain('Fish &amp; Chips &lt;Bar&gt;')
    const root = parse(xml)
    expect(texts(root, 'rtept')).toEqual([name])
    expect(root.getElementsByTagName('metadata')[0].getElementsByTagName('name')[0].textContent).toBe('Salt & <Sea>')
    expect(root.getElementsByTagName('link')[0].getAttribute('href')).toBe(url)
  })

  it('adds the drawn line as a track, turning GeoJSON lon/lat into lat/lon', () => {
    const entry = coastalRoute({
      geometry: {
        type: 'LineString',
        coordinates: [
          [19.0283, 54.0397],
          [18.8, 54.6],
        ],
      },
    })
    const root = parse(routeGpx(entry, 'en', PAGE))
    const trk = root.getElementsByTagName('trk')
    expect(trk).toHaveLength(1)
    expect(trk[0].getElementsByTagName('name')[0].textContent).toBe('Coastal route')
    expect(coordinates(root, 'trkpt')).toEqual([
      ['54.0397', '19.0283'],
      ['54.6', '18.8'],
    ])
  })

  it('writes no track without a line', () => {
    expect(parse(routeGpx(coastalRoute(), 'en', PAGE)).getElementsByTagName('trk')).toHaveLength(0)
    const point = coastalRoute({ geometry: { type: 'Point', coordinates: [18.8, 54.6] } })
    expect(parse(routeGpx(point, 'en', PAGE)).getElementsByTagName('trk')).toHaveLength(0)
  })

  it('writes an empty route for a route without stops', () => {
    const entry = coastalRoute({ stops: null })
    const root = parse(routeGpx(entry, 'en', PAGE))
    expect(root.getElementsByTagName('rte')).toHaveLength(1)
    expect(root.getElementsByTagName('rtept')).toHaveLength(0)
  })
})

describe('routePoints', () => {
  it('returns the located stops in order with names in the locale', () => {
    expect(routePoints(coastalRoute(), 'pl')).toEqual([
      { name: 'Zamek w Malborku', lat: 54.0397, lon: 19.0283 },
      { name: 'Latarnia Hel', lat: 54.6, lon: 18.8 },
    ])
  })

  it('gives a stop without any name an empty name', () => {
    const entry = coastalRoute({ stops: [{ latitude: 1, longitude: 2 }] })
    expect(routePoints(entry, 'en')).toEqual([{ name: '', lat: 1, lon: 2 }])
  })
})
