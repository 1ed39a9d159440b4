import type { LocaleCode } from '../../../../cms/locales'
import type { LocaleMap } from '../../../../shared/localized'
import { formatNumber } from '../../i18n/format'
import { useTranslations } from '../../i18n/translations'
import { field, rowText } from '../doc'
import { routeLine, routePoints } from '../gpx'
import type { DocEntry, SiteIndex } from '../siteIndex'
import { present, type TypeCard } from './card'
import type { TypeJsonLd } from './schemaOrg'

/** One stop of a route as its page lists it. */
export interface RouteStopView {
  name: string | undefined
  description: string | undefined
}

/** What a route's page shows between its summary and its body text. */
export interface RouteView {
  region: string | undefined
  theme: string | undefined
  /** The length as a number in the reader's format ("12,5"), for the "{{value}} km" string. */
  lengthKm: string | undefined
  /** The funding project behind the route, when it is published. */
  project: DocEntry<'funding-projects'> | undefined
  /** In the order a visitor follows them. */
  stops: RouteStopView[]
  /** The stops that have coordinates, for the map; the map is shown when there is one. */
  points: { name: string; lat: number; lon: number }[]
  /** The drawn line, [longitude, latitude] pairs, when the route has one. */
  line: [number, number][] | undefined
  /** The map's element id, unique on the page. */
  mapId: string
  /** Whether to say that the stops have no coordinates (there are stops, but none can be drawn). */
  noCoordinates: boolean
  /** The route's GPX file, offered when there is a map. */
  gpxPath: string | undefined
}

/** A route's page: region and theme, length, project, ordered stops, a map and GPX when stops have coordinates. */
export function routeView(entry: DocEntry<'routes'>, index: SiteIndex, locale: LocaleCode): RouteView {
  const { doc } = entry
  const stops = doc.stops ?? []
  const points = routePoints(entry, locale)
  return {
    region: field(entry, 'region', locale),
    theme: field(entry, 'theme', locale),
    lengthKm: doc.lengthKm == null ? undefined : formatNumber(doc.lengthKm, locale),
    project: index.get('funding-projects', doc.project),
    stops: stops.map((stop) => ({
      name: rowText(stop, 'name', entry, locale),
      description: rowText(stop, 'description', entry, locale),
    })),
    points,
    line: routeLine(entry),
    mapId: `map-${entry.id}`,
    noCoordinates: points.length === 0 && stops.length > 0,
    gpxPath: points.length > 0 ? `${entry.variants[locale].path.replace(/\/$/, '')}.gpx` : undefined,
  }
}

/** The schema.org TouristTrip of a route's page: its theme and its stops as an itinerary. */
export const routeJsonLd: TypeJsonLd<'routes'> = (entry, _index, locale) => {
  const theme = field(entry, 'theme', locale)
  return {
    '@type': 'TouristTrip',
    ...(theme ? { touristType: theme } : {}),
    itinerary: {
      '@type': 'ItemList',
      itemListElement: (entry.doc.stops ?? []).map((stop, i) => ({
        '@type': 'ListItem',
        position: i + 1,
        item: {
          '@type': 'Place',
          // the first name the stop has in any locale, whatever the page's locale (as before the move)
          name: firstText(stop.name),
          ...(typeof stop.latitude === 'number'
            ? { geo: { '@type': 'GeoCoordinates', latitude: stop.latitude, longitude: stop.longitude } }
            : {}),
        },
      })),
    },
  }
}

/** The first non-empty value of a locale map, in the map's own key order. */
function firstText(map: LocaleMap | null | undefined): string | undefined {
  return Object.values(map ?? {}).find((text): text is string => Boolean(text))
}

/** A route's card: its length and region. */
export const routeCard: TypeCard<'routes'> = (entry, locale) => {
  const { lengthKm } = entry.doc
  const t = useTranslations(locale)
  return {
    facts: present(
      lengthKm == null ? undefined : t('count.km', { value: formatNumber(lengthKm, locale) }),
      field(entry, 'region', locale),
    ),
  }
}
