/**
 * Field validation for an optional GeoJSON LineString of [longitude, latitude] positions, or
 * [longitude, latitude, elevation] ones (a GPX import keeps the elevations for the route's profile).
 */
export function validateLineString(value: unknown): true | string {
  if (value === null || value === undefined) return true
  const geometry = value as { type?: unknown; coordinates?: unknown }
  if (geometry.type !== 'LineString') return 'The geometry must be a GeoJSON object with "type": "LineString".'
  if (!Array.isArray(geometry.coordinates) || geometry.coordinates.length < 2) {
    return 'A LineString needs "coordinates" with at least two [longitude, latitude] positions.'
  }
  for (const [i, position] of geometry.coordinates.entries()) {
    const [lon, lat, elevation, ...more] = Array.isArray(position) ? position : []
    const ok =
      typeof lon === 'number' &&
      typeof lat === 'number' &&
      Math.abs(lon) <= 180 &&
      Math.abs(lat) <= 90 &&
      (elevation === undefined || (typeof elevation === 'number' && Number.isFinite(elevation))) &&
      more.length === 0
    if (!ok) {
      return `Position ${i + 1} of the geometry is not a [longitude, latitude] pair or a [longitude, latitude, elevation] triple.`
    }
  }
  return true
}
