import { create } from 'xmlbuilder2'
import type { LocaleCode } from '../../../cms/locales'
import { rowText, titleOf } from './doc'
import type { DocEntry } from './siteIndex'

/** A route's stops that have coordinates, in order, named in the page's language. */
export function routePoints(
  entry: DocEntry<'routes'>,
  locale: LocaleCode,
): { name: string; lat: number; lon: number }[] {
  return (entry.doc.stops ?? []).flatMap((s) =>
    typeof s.latitude === 'number' && typeof s.longitude === 'number'
      ? [{ name: rowText(s, 'name', entry, locale) ?? '', lat: s.latitude, lon: s.longitude }]
      : [],
  )
}

/** GPX 1.1 for a route: its stops as a route (rtept), and its drawn line, if any, as a track. */
export function routeGpx(entry: DocEntry<'routes'>, locale: LocaleCode, pageUrl: string): string {
  const doc = create({ version: '1.0', encoding: 'UTF-8' }).ele('gpx', {
    xmlns: 'http://www.topografix.com/GPX/1/1',
    version: '1.1',
    creator: 'Baltic Clusters & Routes',
  })
  const name = titleOf(entry, locale)
  doc.ele('metadata').ele('name').txt(name).up().ele('link', { href: pageUrl })
  const rte = doc.ele('rte')
  rte.ele('name').txt(name)
  for (const point of routePoints(entry, locale)) {
    rte.ele('rtept', { lat: point.lat, lon: point.lon }).ele('name').txt(point.name)
  }
  const line = routeLine(entry)
  if (line?.length) {
    const seg = doc.ele('trk').ele('name').txt(name).up().ele('trkseg')
    for (const [lon, lat, elevation] of line) {
      const point = seg.ele('trkpt', { lat, lon })
      if (elevation !== undefined) point.ele('ele').txt(String(elevation))
    }
  }
  return doc.end({ prettyPrint: true })
}

/** A position of a route's line: longitude, latitude and, from a GPX import, elevation in metres. */
export type LinePosition = [number, number] | [number, number, number]

/**
 * A route's line, or undefined when it has none. The CMS accepts only a GeoJSON LineString there
 * (cms/fields/validate/lineString.ts); its JSON field type says no more.
 */
export function routeLine(entry: DocEntry<'routes'>): LinePosition[] | undefined {
  const geometry = entry.doc.geometry as { type?: unknown; coordinates?: LinePosition[] } | null | undefined
  return geometry?.type === 'LineString' ? geometry.coordinates : undefined
}
