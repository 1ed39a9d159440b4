import type { LocaleCode } from '../../../../cms/locales'
import type { LocaleMap } from '../../../../shared/localized'
import { formatCountry, formatDuration, formatMonthSpan, formatNumber } from '../../i18n/format'
import { useTranslations } from '../../i18n/translations'
import { field, rowText } from '../doc'
import { type ElevationProfile, elevationProfile } from '../elevationProfile'
import { type LinePosition, routeLine, routePoints } from '../gpx'
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
  /** Where the route is (ISO alpha-2), for the locator map of a route that has no coordinates. */
  countryCode: string | undefined
  /** The country's name in the reader's language. */
  country: string | undefined
  theme: string | undefined
  /** The length as a number in the reader's format ("12,5"), for the "{{value}} km" string. */
  lengthKm: string | undefined
  /** The same as stored, for the elevation profile's description. */
  lengthKmValue: number | undefined
  /** "3,5 godziny", "2 days". */
  duration: string | undefined
  difficulty: string | undefined
  /** The best months: "May – September". */
  season: string | undefined
  /** The funding project behind the route, when it is published. */
  project: DocEntry<'funding-projects'> | undefined
  /** In the order a visitor follows them. */
  stops: RouteStopView[]
  /** The stops that have coordinates, for the map; the map is shown when there is one. */
  points: { name: string; lat: number; lon: number }[]
  /** The drawn line, [longitude, latitude(, elevation)] positions, when the route has one. */
  line: LinePosition[] | undefined
  /** Height along the line, when its positions have elevations. */
  profile: ElevationProfile | undefined
  /** The map's element id, unique on the page. */
  mapId: string
  /** Whether to say that the stops have no coordinates (there are stops, but none can be drawn). */
  noCoordinates: boolean
  /** The route's GPX file, offered when it has a line or stops with coordinates. */
  gpxPath: string | undefined
}

/**
 * A route's page: length, duration, difficulty and season, region and theme, project, ordered stops,
 * a map, an elevation profile and GPX when it has coordinates.
 */
export const routeView = (entry: DocEntry<'routes'>, index: SiteIndex, locale: LocaleCode): RouteView => {
  const { doc } = entry
  const t = useTranslations(locale)
  const stops = doc.stops ?? []
  const points = routePoints(entry, locale)
  const line = routeLine(entry)
  return {
    region: field(entry, 'region', locale),
    countryCode: doc.country ?? undefined,
    country: doc.country ? formatCountry(doc.country, locale) : undefined,
    theme: field(entry, 'theme', locale),
    lengthKm: doc.lengthKm == null ? undefined : formatNumber(doc.lengthKm, locale),
    lengthKmValue: doc.lengthKm ?? undefined,
    duration: doc.duration == null ? undefined : formatDuration(doc.duration, doc.durationUnit ?? 'hours', locale),
    difficulty: doc.difficulty ? t(`difficulty.${doc.difficulty}`) : undefined,
    season: seasonText(doc.seasonFrom, doc.seasonTo, locale),
    project: index.get('funding-projects', doc.project),
    stops: stops.map((stop) => ({
      name: rowText(stop, 'name', entry, locale),
      description: rowText(stop, 'description', entry, locale),
    })),
    points,
    line,
    profile: elevationProfile(line),
    mapId: `map-${entry.id}`,
    noCoordinates: points.length === 0 && stops.length > 0 && !line,
    gpxPath: hasGpx(entry, locale) ? `${entry.variants[locale].path.replace(/\/$/, '')}.gpx` : undefined,
  }
}

/** Whether a route has anything to put in a GPX file: a line, or a stop with coordinates. */
export function hasGpx(entry: DocEntry<'routes'>, locale: LocaleCode): boolean {
  return routeLine(entry) !== undefined || routePoints(entry, locale).length > 0
}

/** The best months, when both ends are given (one end alone says too little to print). */
function seasonText(from: string | null | undefined, to: string | null | undefined, locale: LocaleCode) {
  return from && to ? formatMonthSpan(Number(from), Number(to), locale) : undefined
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

/** A route's card: its length, duration and difficulty, and region. */
export const routeCard: TypeCard<'routes'> = (entry, locale) => {
  const { lengthKm, duration, durationUnit, difficulty } = entry.doc
  const t = useTranslations(locale)
  return {
    facts: present(
      lengthKm == null ? undefined : t('count.km', { value: formatNumber(lengthKm, locale) }),
      duration == null ? undefined : formatDuration(duration, durationUnit ?? 'hours', locale),
      difficulty ? t(`difficulty.${difficulty}`) : undefined,
      field(entry, 'region', locale),
    ),
  }
}
