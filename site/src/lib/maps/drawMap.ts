import { type GeoConicProjection, geoArea, geoBounds, geoCentroid, geoConicConformal, geoPath } from 'd3-geo'
import type { Feature, Geometry, MultiPolygon, Polygon } from 'geojson'
import { KeptResults } from '../keptResults'
import { countries, countryOutline, type Detail } from './geography'

/** A longitude/latitude pair, in that order (GeoJSON's). */
export type LonLat = [number, number]

/** What a map must show. */
export interface MapRequest {
  width: number
  height: number
  detail: Detail
  /** Places that must be in view; the map fits them with a margin. */
  focus: LonLat[]
  /** The least span in degrees around the focus, so that a single stop still shows its coast. */
  minSpan?: number
  /** How much of the focus's span to show beyond it on every side (0.2: a fifth), so places at its edge keep their surroundings. */
  around?: number
  /** Countries to set apart, as ISO 3166-1 alpha-2 codes. */
  highlight?: string[]
  /** A path to draw (a route's line, or its stops joined in order). */
  line?: LonLat[]
  /** Numbered places (a route's stops). */
  points?: LonLat[]
}

/** A map as SVG geometry in its own pixels: countries, the path, the numbered places. */
export interface DrawnMap {
  width: number
  height: number
  /** Every country in view; the highlighted ones come last, so their borders are drawn on top. */
  land: { d: string; highlighted: boolean }[]
  line?: string
  points: { x: number; y: number; n: number }[]
}

/** The Baltic Sea and its shores: the least a map of the region shows. */
export const balticRegion: LonLat[] = [
  [9, 53.5],
  [30.5, 66],
]

/**
 * A country's main body: its largest polygon, leaving out distant islands and territories (French
 * Guiana is part of France's outline) that would otherwise stretch a map across the ocean.
 */
function mainland(country: Feature<Geometry>): Feature<Polygon> | undefined {
  const { geometry } = country
  if (geometry.type === 'Polygon') return { type: 'Feature', properties: {}, geometry }
  if (geometry.type !== 'MultiPolygon') return undefined
  const polygons = (geometry as MultiPolygon).coordinates.map(
    (coordinates): Feature<Polygon> => ({
      type: 'Feature',
      properties: {},
      geometry: { type: 'Polygon', coordinates },
    }),
  )
  return polygons.sort((a, b) => geoArea(b) - geoArea(a))[0]
}

const bodies = new Map<string, Feature<Polygon> | undefined>()

/** A country's main body, found once per build: every page of an organisation in it asks again. */
function countryBody(alpha2: string): Feature<Polygon> | undefined {
  if (!bodies.has(alpha2)) {
    const outline = countryOutline(alpha2, '110m')
    bodies.set(alpha2, outline && mainland(outline))
  }
  return bodies.get(alpha2)
}

/** The corners of a country's main body, to bring it into view. */
export function countryCorners(alpha2: string): LonLat[] {
  const body = countryBody(alpha2)
  return body ? (geoBounds(body) as LonLat[]) : []
}

/** Where to open a country in OpenStreetMap: the centre of its main body. */
export function countryCentre(alpha2: string): LonLat | undefined {
  const body = countryBody(alpha2)
  return body ? (geoCentroid(body) as LonLat) : undefined
}

/**
 * Draws a map fitted to its focus in a conformal conic projection (shapes stay true at these
 * latitudes), clipped to its frame so that only what is in view is written.
 */
export function drawMap(request: MapRequest): DrawnMap {
  const { width, height, detail, highlight = [], line, points = [] } = request
  const projection = mapProjection(request)
  const path = geoPath(projection).digits(1)
  const highlighted = new Set(highlight.map((code) => countryOutline(code, detail)?.id).filter(Boolean))
  const land = landInView(projection, detail, path)
    .map((country) => ({ d: country.d, highlighted: highlighted.has(country.id) }))
    .sort((a, b) => Number(a.highlighted) - Number(b.highlighted))
  const place = (p: LonLat) => projection(p) ?? [0, 0]
  return {
    width,
    height,
    land,
    line:
      line && line.length > 1
        ? (path({
            type: 'Feature',
            properties: {},
            geometry: { type: 'LineString', coordinates: visibleSteps(line, place) },
          }) ?? undefined)
        : undefined,
    points: points.map((p, i) => {
      const [x, y] = place(p)
      return { x: Math.round(x * 10) / 10, y: Math.round(y * 10) / 10, n: i + 1 }
    }),
  }
}

/** The countries' outlines in view of a projection, as SVG paths, by what the projection shows (64 kept). */
const landDrawn = new KeptResults<{ id: Feature['id']; d: string }[]>(64)

/**
 * The outlines of the countries in view (those a projection leaves an empty path for are out of it).
 * Maps of different countries often show the same frame: a set's frame is the Baltic Sea region's
 * widened to its countries, so sets with the same outermost countries share it (Poland alone, and
 * Poland with Lithuania) and differ only in what is set apart. At 1,000 documents the 41 sets of
 * countries a full build draws fit 17 frames, and its time in d3-geo went from 1.1 s to 0.67 s (a CPU
 * profile of the build). Only the countries whose bounds meet the frame's are drawn at all: the rest
 * of the world came out empty after projecting and clipping every one of its outlines, and d3-geo's
 * time went from 0.59 s to 0.14 s.
 */
function landInView(
  projection: GeoConicProjection,
  detail: Detail,
  path: ReturnType<typeof geoPath>,
): { id: Feature['id']; d: string }[] {
  const key = JSON.stringify([
    detail,
    projection.scale(),
    projection.translate(),
    projection.rotate(),
    projection.parallels(),
    projection.clipExtent(),
  ])
  return landDrawn.get(key, () => {
    const view = viewBounds(projection)
    return countries(detail)
      .features.filter((country) => !view || mayBeInView(boundsOf(country), view))
      .map((country) => ({ id: country.id, d: path(country) ?? '' }))
      .filter((shape) => shape.d !== '')
  })
}

/** A stretch of the globe in degrees: west, south, east, north. */
type Bounds = [west: number, south: number, east: number, north: number]

/**
 * The degrees a projection's frame shows, with a margin, or undefined when that cannot be told (a
 * frame over a pole or across the date line). Read off the frame's edges: on a conic map neither
 * latitude nor longitude peaks inside the frame unless a pole is in it.
 */
function viewBounds(projection: GeoConicProjection): Bounds | undefined {
  const [[x0, y0], [x1, y1]] = projection.clipExtent() as [[number, number], [number, number]]
  const STEPS = 32
  const lons: number[] = []
  const lats: number[] = []
  for (let i = 0; i <= STEPS; i++) {
    const x = x0 + ((x1 - x0) * i) / STEPS
    const y = y0 + ((y1 - y0) * i) / STEPS
    for (const point of [
      [x, y0],
      [x, y1],
      [x0, y],
      [x1, y],
    ] as [number, number][]) {
      const place = projection.invert?.(point)
      if (!place || !Number.isFinite(place[0]) || !Number.isFinite(place[1])) return undefined
      lons.push(place[0])
      lats.push(place[1])
    }
  }
  // the steps between the points read are well under this margin at any zoom the site draws
  const MARGIN = 5
  const view: Bounds = [
    Math.min(...lons) - MARGIN,
    Math.min(...lats) - MARGIN,
    Math.max(...lons) + MARGIN,
    Math.max(...lats) + MARGIN,
  ]
  if (view[2] - view[0] >= 180 || view[3] >= 85 || view[1] <= -85) return undefined
  return view
}

/** Whether a country's bounds meet the view's; one that spans the date line always may. */
function mayBeInView([west, south, east, north]: Bounds, view: Bounds): boolean {
  if (west > east) return true
  return west <= view[2] && east >= view[0] && south <= view[3] && north >= view[1]
}

const countryBounds = new Map<Feature, Bounds>()

/** A country's bounds in degrees, found once per build. */
function boundsOf(country: Feature): Bounds {
  let bounds = countryBounds.get(country)
  if (!bounds) {
    const [[west, south], [east, north]] = geoBounds(country)
    bounds = [west, south, east, north]
    countryBounds.set(country, bounds)
  }
  return bounds
}

/**
 * The projection a map is drawn in: conformal conic around the focus's centre, fitted to the frame
 * with a margin and clipped to it. The admin's route map places and reads clicks with the same one.
 */
export function mapProjection(
  request: Pick<MapRequest, 'width' | 'height' | 'focus' | 'minSpan' | 'around'>,
): GeoConicProjection {
  const { width, height, minSpan = 0, around = 0 } = request
  const lons = request.focus.map((p) => p[0])
  const lats = request.focus.map((p) => p[1])
  const centre: LonLat = [(Math.min(...lons) + Math.max(...lons)) / 2, (Math.min(...lats) + Math.max(...lats)) / 2]
  const half = minSpan / 2
  const padLon = (Math.max(...lons) - Math.min(...lons)) * around
  const padLat = (Math.max(...lats) - Math.min(...lats)) * around
  const corners: LonLat[] = [
    [
      Math.min(Math.min(...lons) - padLon, centre[0] - half),
      Math.min(Math.min(...lats) - padLat, centre[1] - half / 2),
    ],
    [
      Math.max(Math.max(...lons) + padLon, centre[0] + half),
      Math.max(Math.max(...lats) + padLat, centre[1] + half / 2),
    ],
  ]
  const margin = Math.round(Math.min(width, height) * 0.06)
  const projection = geoConicConformal()
    .parallels([centre[1] - 5, centre[1] + 5])
    .rotate([-centre[0], 0])
    .fitExtent(
      [
        [margin, margin],
        [width - margin, height - margin],
      ],
      {
        type: 'Feature',
        properties: {},
        geometry: { type: 'MultiPoint', coordinates: [...corners, ...request.focus] },
      },
    )
    .clipExtent([
      [0, 0],
      [width, height],
    ])
  return projection
}

/**
 * The positions of a line that move it at least a pixel on the map, the ends always kept: a recorded
 * track of thousands of points draws the same, in a path a fraction of the size.
 */
function visibleSteps(line: LonLat[], place: (p: LonLat) => [number, number]): LonLat[] {
  const kept = [line[0]]
  let [lastX, lastY] = place(line[0])
  for (let i = 1; i < line.length - 1; i++) {
    const [x, y] = place(line[i])
    if (Math.hypot(x - lastX, y - lastY) >= 1) {
      kept.push(line[i])
      lastX = x
      lastY = y
    }
  }
  kept.push(line[line.length - 1])
  return kept
}

/** An OpenStreetMap address that opens a place at a zoom level. */
export function openStreetMapUrl([lon, lat]: LonLat, zoom: number): string {
  return `https://www.openstreetmap.org/#map=${zoom}/${lat.toFixed(4)}/${lon.toFixed(4)}`
}

const countryMaps = new Map<string, DrawnMap>()

/**
 * The Baltic Sea region with the given countries set apart (and brought into view when they lie
 * further away, as Italy does). Drawn once per set of countries and reused by every page that shows it.
 */
export function countriesMap(codes: string[]): DrawnMap {
  const key = [...codes].sort().join(',')
  let map = countryMaps.get(key)
  if (!map) {
    map = drawMap({
      width: 640,
      height: 480,
      detail: '110m',
      focus: [...balticRegion, ...codes.flatMap(countryCorners)],
      highlight: codes,
    })
    countryMaps.set(key, map)
  }
  return map
}
