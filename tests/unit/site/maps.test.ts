import { geoPath } from 'd3-geo'
import { describe, expect, it } from 'vitest'
import {
  balticRegion,
  countriesMap,
  countryCorners,
  drawMap,
  type LonLat,
  type MapRequest,
  mapProjection,
  openStreetMapUrl,
} from '../../../site/src/lib/maps/drawMap'
import { countries } from '../../../site/src/lib/maps/geography'

const klaipeda: LonLat = [21.1443, 55.7033]
const nida: LonLat = [21.0058, 55.3036]

describe('drawMap', () => {
  it('fits a route’s stops inside its frame, numbered in order, on the coast around them', () => {
    const map = drawMap({
      width: 640,
      height: 440,
      detail: '50m',
      focus: [klaipeda, nida],
      minSpan: 0.8,
      points: [klaipeda, nida],
      line: [klaipeda, nida],
    })
    expect(map.points.map((p) => p.n)).toEqual([1, 2])
    for (const p of map.points) {
      expect(p.x).toBeGreaterThan(0)
      expect(p.x).toBeLessThan(640)
      expect(p.y).toBeGreaterThan(0)
      expect(p.y).toBeLessThan(440)
    }
    // north is up: Klaipėda lies north of Nida
    expect(map.points[0].y).toBeLessThan(map.points[1].y)
    // Lithuania's coast and Russia's Kaliningrad oblast are in view, not the whole world
    expect(map.land.length).toBeGreaterThanOrEqual(2)
    expect(map.land.length).toBeLessThan(10)
    expect(map.line).toMatch(/^M[\d.]+,[\d.]+L[\d.]+,[\d.]+$/)
  })

  it('keeps a single stop from filling the frame: the least span still shows land and sea around it', () => {
    const map = drawMap({ width: 640, height: 440, detail: '50m', focus: [nida], minSpan: 0.8, points: [nida] })
    expect(map.points[0].x).toBeCloseTo(320, -1)
    expect(map.land.length).toBeGreaterThan(0)
  })
})

describe('drawMap: the land in view', () => {
  /** The land a map shows when every country of the world is drawn and clipped to its frame. */
  const everyCountryDrawn = (request: MapRequest) => {
    const path = geoPath(mapProjection(request)).digits(1)
    return countries(request.detail)
      .features.map((country) => path(country) ?? '')
      .filter((d) => d !== '')
      .sort()
  }
  const frames: [string, MapRequest][] = [
    ['the Baltic Sea region', { width: 640, height: 480, detail: '110m', focus: balticRegion }],
    [
      'the region widened to Italy and Portugal',
      { width: 640, height: 480, detail: '110m', focus: [...balticRegion, [-9.5, 37], [18.5, 38]] },
    ],
    [
      'the region widened to Iceland',
      { width: 640, height: 480, detail: '110m', focus: [...balticRegion, [-24.5, 63.3], [-13.5, 66.5]] },
    ],
    [
      'a route’s close-up on the coast',
      { width: 640, height: 440, detail: '50m', focus: [klaipeda, nida], minSpan: 0.8 },
    ],
    ['a close-up on a border town', { width: 640, height: 440, detail: '50m', focus: [[23.9, 54.9]], minSpan: 0.8 }],
  ]
  it.each(frames)('draws exactly the countries every country drawn would show: %s', (_, request) => {
    const drawn = drawMap(request)
      .land.map((country) => country.d)
      .sort()
    expect(drawn.length).toBeGreaterThan(0)
    expect(drawn).toEqual(everyCountryDrawn(request))
  })
})

describe('countriesMap', () => {
  it('sets the countries apart on a map of the Baltic Sea, drawing them last', () => {
    const map = countriesMap(['LT', 'PL'])
    const highlighted = map.land.filter((shape) => shape.highlighted)
    expect(highlighted).toHaveLength(2)
    expect(map.land.slice(-2)).toEqual(highlighted)
    // Sweden, Finland, the Baltic states, Poland, Germany, Denmark at least
    expect(map.land.length).toBeGreaterThan(8)
  })

  it('shares the land of one frame between sets of countries, each set apart on its own', () => {
    // Lithuania lies within the frame Poland and the Baltic Sea region make: the same frame
    const poland = countriesMap(['PL'])
    const both = countriesMap(['LT', 'PL'])
    const outlines = (map: typeof poland) => map.land.map((shape) => shape.d).sort()
    expect(outlines(both)).toEqual(outlines(poland))
    const highlighted = (map: typeof poland) => map.land.filter((shape) => shape.highlighted).map((s) => s.d)
    expect(highlighted(poland)).toHaveLength(1)
    expect(highlighted(both)).toHaveLength(2)
    expect(highlighted(both)).toContain(highlighted(poland)[0])
    // Latvia's frame is another, and so are its outlines
    expect(outlines(countriesMap(['LV']))).not.toEqual(outlines(poland))
  })

  it('draws each set of countries once, whatever their order', () => {
    expect(countriesMap(['PL', 'LT'])).toBe(countriesMap(['LT', 'PL']))
  })
})

describe('countryCorners', () => {
  it('takes a country’s main body, not its territories across the ocean', () => {
    const [[west, south], [east, north]] = countryCorners('FR')
    // metropolitan France, not French Guiana
    expect(west).toBeGreaterThan(-6)
    expect(south).toBeGreaterThan(41)
    expect(east).toBeLessThan(10)
    expect(north).toBeLessThan(52)
  })

  it('knows no corners for a code Natural Earth has no outline for', () => {
    expect(countryCorners('ZZ')).toEqual([])
  })
})

describe('openStreetMapUrl', () => {
  it('opens a place at a zoom, latitude first as OpenStreetMap reads it', () => {
    expect(openStreetMapUrl(klaipeda, 10)).toBe('https://www.openstreetmap.org/#map=10/55.7033/21.1443')
  })
})
