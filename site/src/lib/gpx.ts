import { create } from 'xmlbuilder2'
import type { LocaleCode } from '../../../cms/locales'
import { rowText, titleOf } from './doc'
import type { DocEntry } from './siteIndex'

/** A route's stops that have coordinates, in order, named in the page's language. */
export function routePoints(entry: DocEntry, locale: LocaleCode): { name: string; lat: number; lon: number }[] {
  const stops = (entry.doc.stops as Record<string, unknown>[]) ?? []
  return stops
    .filter((s) => typeof s.latitude === 'number' && typeof s.longitude === 'number')
    .map((s) => ({
      name: rowText(s, 'name', entry, locale) ?? '',
      lat: s.latitude as number,
      lon: s.longitude as number,
    }))
}

/** GPX 1.1 for a route: its stops as a route (rtept), and its drawn line, if any, as a track. */
export function routeGpx(entry: DocEntry, locale: LocaleCode, pageUrl: string): string {
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
  const geometry = entry.doc.geometry as { type?: string; coordinates?: [number, number][] } | null
  if (geometry?.type === 'LineString' && geometry.coordinates?.length) {
    const seg = doc.ele('trk').ele('name').txt(name).up().ele('trkseg')
    for (const [lon, lat] of geometry.coordinates) seg.ele('trkpt', { lat, lon })
  }
  return doc.end({ prettyPrint: true })
}
