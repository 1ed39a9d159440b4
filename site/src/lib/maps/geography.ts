import { createRequire } from 'node:module'
import type { Feature, FeatureCollection, Geometry } from 'geojson'
// a CommonJS module: its functions come on the default export
import isoCountries from 'i18n-iso-countries'
import { feature } from 'topojson-client'
import type { GeometryCollection, Topology } from 'topojson-specification'

/**
 * Countries' outlines from Natural Earth (public domain), as the `world-atlas` package ships them:
 * 1:50 million for a route's close-up, 1:110 million for a map of the region. Read once per build.
 */
export type Detail = '50m' | '110m'

/** The credit every map carries. */
export const attribution = 'Natural Earth'

const require = createRequire(import.meta.url)
const loaded = new Map<Detail, FeatureCollection<Geometry, { name: string }>>()

/** Every country's outline at the given detail; each feature's id is its ISO 3166-1 numeric code. */
export function countries(detail: Detail): FeatureCollection<Geometry, { name: string }> {
  let collection = loaded.get(detail)
  if (!collection) {
    const topology = require(`world-atlas/countries-${detail}.json`) as Topology<{
      countries: GeometryCollection<{ name: string }>
    }>
    collection = feature(topology, topology.objects.countries) as FeatureCollection<Geometry, { name: string }>
    loaded.set(detail, collection)
  }
  return collection
}

/** The outline of a country given by its ISO 3166-1 alpha-2 code (as the CMS stores it), if Natural Earth has it. */
export function countryOutline(alpha2: string, detail: Detail): Feature<Geometry, { name: string }> | undefined {
  const numeric = isoCountries.alpha2ToNumeric(alpha2)
  return numeric ? countries(detail).features.find((f) => String(f.id) === numeric) : undefined
}
