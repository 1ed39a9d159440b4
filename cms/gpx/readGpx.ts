import { gpx as gpxToGeoJson } from '@tmcw/togeojson'
import type { Document, Element } from '@xmldom/xmldom'
import type { Feature, Position } from 'geojson'
import simplify from 'simplify-js'
import { distanceKm } from '../../shared/distance'
import { type I18nLike, requestTranslator } from '../i18n/messages'
import { formatBytes } from '../lib/formatBytes'
import { parseXml } from '../lib/parseXml'
import { GPX_MAX_BYTES, GPX_MAX_LINE_POINTS, MAX_ROWS } from '../limits'
import { ProblemList } from '../translation/problems'

/** A stop read from a GPX waypoint, in the fields of a route's stop. */
export interface GpxStop {
  name: string
  description?: string
  latitude: number
  longitude: number
}

/** What a GPX file gives a route: its line, its stops and its length. */
export interface GpxRoute {
  /**
   * The tracks (or, without one, the routes) of the file joined in order, as [longitude, latitude] or,
   * when every point has an elevation, [longitude, latitude, elevation in metres] positions; thinned to
   * at most GPX_MAX_LINE_POINTS. Undefined when the file has waypoints only.
   */
  line: Position[] | undefined
  /** The file's waypoints, in file order. */
  stops: GpxStop[]
  /** Measured on the full line (each segment on its own, no jump between them), in km to 0.1. */
  lengthKm: number | undefined
  /** How many line positions the file had before thinning. */
  recordedPoints: number
}

export type ReadGpxResult = { ok: true; route: GpxRoute } | { ok: false; problems: string[] }

const GPX_NAMESPACES = ['http://www.topografix.com/GPX/1/1', 'http://www.topografix.com/GPX/1/0']
/** Other track formats people export by mistake, by their root element. */
const OTHER_FORMATS: Record<string, (t: Translate) => string> = {
  kml: (t) => t('gpx.kml'),
  TrainingCenterDatabase: (t) => t('gpx.tcx'),
  FeatureCollection: () => 'GeoJSON',
}

type Translate = ReturnType<typeof requestTranslator>

/**
 * Reads a GPX 1.0 or 1.1 file as Garmin, Komoot, Strava, OsmAnd and others export it: its tracks (or
 * routes) become the line, its waypoints the stops; vendor extensions are ignored. A file that is too
 * large, not well-formed, not GPX, holds a point outside the Earth's coordinates, an unnamed waypoint,
 * more waypoints than a route may have stops, or nothing to draw, is refused with every problem named.
 */
export function readGpx(xml: string, i18n?: I18nLike): ReadGpxResult {
  const t = requestTranslator({ i18n })
  const problems = new ProblemList(undefined, i18n)
  const bytes = Buffer.byteLength(xml, 'utf8')
  if (bytes > GPX_MAX_BYTES) {
    problems.push(t('gpx.tooLarge', { size: formatBytes(bytes), limit: formatBytes(GPX_MAX_BYTES) }))
    return { ok: false, problems: problems.list() }
  }
  const document = parseXml(xml, problems, i18n)
  if (!document || !isGpx(document, problems, t)) return { ok: false, problems: problems.list() }
  checkCoordinates(document, problems, t)
  if (problems.length > 0) return { ok: false, problems: problems.list() }

  const features = gpxToGeoJson(document).features
  const segments = lineSegments(features)
  const stops = waypoints(features, problems, t)
  const recorded = segments.flat()
  if (problems.length === 0 && recorded.length < 2 && stops.length === 0) {
    problems.push(t('gpx.nothingToDraw'))
  }
  if (problems.length > 0) return { ok: false, problems: problems.list() }
  return {
    ok: true,
    route: {
      line: recorded.length >= 2 ? thin(withElevationIfComplete(recorded)) : undefined,
      stops,
      lengthKm: recorded.length >= 2 ? Math.round(lengthKm(segments) * 10) / 10 : undefined,
      recordedPoints: recorded.length,
    },
  }
}

function isGpx(document: Document, problems: ProblemList, t: Translate): boolean {
  const root = document.documentElement as Element
  const name = root.localName ?? root.nodeName
  if (name !== 'gpx') {
    const other = OTHER_FORMATS[name]
    problems.push(other ? t('gpx.otherFormat', { format: other(t) }) : t('gpx.notGpx', { element: name }))
    return false
  }
  // a file with no namespace at all is read too: some tools write one
  if (root.namespaceURI && !GPX_NAMESPACES.includes(root.namespaceURI)) {
    problems.push(t('gpx.wrongNamespace', { namespace: root.namespaceURI }))
    return false
  }
  return true
}

/** Every point's latitude and longitude, as written, before anything reads them as numbers. */
function checkCoordinates(document: Document, problems: ProblemList, t: Translate): void {
  const names = { trkpt: 'gpx.trackPoint', rtept: 'gpx.routePoint', wpt: 'gpx.waypoint' } as const
  for (const [tag, what] of Object.entries(names)) {
    const points = document.getElementsByTagName(tag)
    for (let i = 0; i < points.length && !problems.full; i++) {
      const point = points[i] as Element
      for (const [axis, limit] of [
        ['lat', 90],
        ['lon', 180],
      ] as const) {
        const text = point.getAttribute(axis)
        const value = Number(text)
        if (text === null || text.trim() === '' || !Number.isFinite(value) || Math.abs(value) > limit) {
          const line = point.lineNumber ? t('gpx.onLine', { line: String(point.lineNumber) }) : ''
          problems.push(
            t(axis === 'lat' ? 'gpx.badLatitude' : 'gpx.badLongitude', {
              point: t(what, { number: String(i + 1) }),
              line,
              value: text ?? '',
            }),
          )
        }
      }
    }
  }
}

/** The tracks' segments in file order; the routes' only when the file has no track. */
function lineSegments(features: Feature[]): Position[][] {
  const of = (type: 'trk' | 'rte') =>
    features
      .filter((f) => f.properties?._gpxType === type)
      .flatMap((f) =>
        f.geometry?.type === 'LineString'
          ? [f.geometry.coordinates]
          : f.geometry?.type === 'MultiLineString'
            ? f.geometry.coordinates
            : [],
      )
  const tracks = of('trk')
  return tracks.some((segment) => segment.length > 0) ? tracks : of('rte')
}

function waypoints(features: Feature[], problems: ProblemList, t: Translate): GpxStop[] {
  const points = features.filter((f) => f.geometry?.type === 'Point')
  if (points.length > MAX_ROWS) {
    problems.push(t('gpx.tooManyWaypoints', { count: points.length, limit: MAX_ROWS }))
    return []
  }
  return points.flatMap((feature, i) => {
    if (feature.geometry?.type !== 'Point') return []
    const [lon, lat] = feature.geometry.coordinates
    const text = (key: string) => {
      const value = feature.properties?.[key]
      return typeof value === 'string' && value.trim() ? value.trim() : undefined
    }
    const name = text('name')
    if (!name) {
      problems.push(t('gpx.unnamedWaypoint', { number: String(i + 1) }))
      return []
    }
    const description = text('desc') ?? text('cmt')
    return [{ name, ...(description ? { description } : {}), latitude: round(lat, 6), longitude: round(lon, 6) }]
  })
}

/** Positions rounded (6 decimals is about 0.1 m); the elevation kept only when every point has one. */
function withElevationIfComplete(positions: Position[]): Position[] {
  const elevations = positions.every((p) => typeof p[2] === 'number' && Number.isFinite(p[2]))
  return positions.map(([lon, lat, ele]) =>
    elevations ? [round(lon, 6), round(lat, 6), round(ele, 1)] : [round(lon, 6), round(lat, 6)],
  )
}

/** Drops the points that change the line's shape least until at most GPX_MAX_LINE_POINTS remain. */
function thin(positions: Position[]): Position[] {
  if (positions.length <= GPX_MAX_LINE_POINTS) return positions
  const points = positions.map((position) => ({ x: position[0], y: position[1], position }))
  // in degrees: 0.00001° of latitude is about 1.1 m
  for (let tolerance = 0.00001; ; tolerance *= 2) {
    const kept = simplify(points, tolerance, true) as typeof points
    if (kept.length <= GPX_MAX_LINE_POINTS) return kept.map((p) => p.position)
  }
}

function lengthKm(segments: Position[][]): number {
  let km = 0
  for (const segment of segments) {
    for (let i = 1; i < segment.length; i++) km += distanceKm(segment[i - 1], segment[i])
  }
  return km
}

function round(value: number, decimals: number): number {
  const factor = 10 ** decimals
  return Math.round(value * factor) / factor
}
