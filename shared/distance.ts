import { geoDistance } from 'd3-geo'

/** The mean Earth radius (IUGG), to turn great-circle distances in radians into km. */
const EARTH_RADIUS_KM = 6371.0088

/**
 * The great-circle distance in km between two [longitude, latitude] positions (a third value, an
 * elevation, is ignored): what a GPX import measures a route by and its elevation profile draws along.
 */
export function distanceKm(from: readonly number[], to: readonly number[]): number {
  return geoDistance([from[0], from[1]], [to[0], to[1]]) * EARTH_RADIUS_KM
}
