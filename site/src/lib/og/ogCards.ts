import { createHash } from 'node:crypto'
import type { LocaleCode } from '../../../../cms/locales'
import { useTranslations } from '../../i18n/translations'
import { titleOf } from '../doc'
import { routeLine, routePoints } from '../gpx'
import { balticRegion, countryCorners, type DrawnMap, drawMap, type LonLat } from '../maps/drawMap'
import { mediaUrl } from '../media'
import type { DocEntry, SiteIndex } from '../siteIndex'
import { OG_HEIGHT, type OgCard } from './ogImage'

const size = { width: 440, height: OG_HEIGHT }

/** The Baltic Sea region with some countries set apart (none: the region alone), drawn once per set. */
const regionMaps = new Map<string, DrawnMap>()
function regionMap(codes: string[]): DrawnMap {
  const key = codes.join(',')
  let map = regionMaps.get(key)
  if (!map) {
    map = drawMap({
      ...size,
      detail: '110m',
      focus: [...balticRegion, ...codes.flatMap(countryCorners)],
      highlight: codes,
    })
    regionMaps.set(key, map)
  }
  return map
}

/** The region with countries set apart, as a card's map. */
function regionPanel(codes: string[]): Pick<OgCard, 'map' | 'mapKey'> {
  const sorted = [...new Set(codes)].sort()
  return { map: () => regionMap(sorted), mapKey: `region:${sorted.join(',')}` }
}

/**
 * The map a document's preview shows: a route's line and stops on its coast; a project's partner
 * countries, or the country an organisation or cluster is in, around the Baltic; else the region.
 * Drawn only when the image must be made; what it shows is its key.
 */
function documentMap(entry: DocEntry, index: SiteIndex, locale: LocaleCode): Pick<OgCard, 'map' | 'mapKey'> {
  if (entry.section === 'routes') {
    const stops = routePoints(entry, locale).map((p): LonLat => [p.lon, p.lat])
    const line = routeLine(entry)?.map(([lon, lat]): LonLat => [lon, lat])
    const focus = [...stops, ...(line ?? [])]
    if (focus.length > 0) {
      return {
        map: () =>
          drawMap({ ...size, detail: '50m', focus, minSpan: 1.5, around: 0.2, line: line ?? stops, points: stops }),
        mapKey: `route:${createHash('sha256')
          .update(JSON.stringify([line, stops]))
          .digest('hex')}`,
      }
    }
    return regionPanel(entry.doc.country ? [entry.doc.country] : [])
  }
  if (entry.section === 'funding-projects') {
    return regionPanel(
      (entry.doc.partners ?? []).flatMap((p) => index.get('organizations', p.organization)?.doc.country ?? []),
    )
  }
  if (entry.section === 'organizations' || entry.section === 'clusters') {
    return regionPanel(entry.doc.country ? [entry.doc.country] : [])
  }
  return regionPanel([])
}

/** A document page's preview: its title and type in the page's language, its picture or its map. */
export const documentOgCard = (entry: DocEntry, index: SiteIndex, locale: LocaleCode): OgCard => {
  const t = useTranslations(locale)
  return {
    title: titleOf(entry, locale),
    type: t(`section.${entry.section}`),
    siteName: t('site.name'),
    locale,
    ...documentMap(entry, index, locale),
    ...(entry.picture ? { pictureUrl: mediaUrl(entry.picture) } : {}),
  }
}

/** The preview of a page that lists or introduces (home, a section's list): its title over the region. */
export const pageOgCard = (title: string, type: string, locale: LocaleCode): OgCard => {
  const t = useTranslations(locale)
  return { title, type, siteName: t('site.name'), locale, ...regionPanel([]) }
}

/** Where a page's preview image is: beside the page that owns it, `<page path>og.jpg`. */
export function ogImagePath(pagePath: string): string {
  return `${pagePath}og.jpg`
}
