import { type I18nLike, requestTranslator } from '../../i18n/messages'

/**
 * Field validation for an optional GeoJSON LineString of [longitude, latitude] positions, or
 * [longitude, latitude, elevation] ones (a GPX import keeps the elevations for the route's profile).
 */
export function validateLineString(value: unknown, options?: { req?: { i18n?: I18nLike } }): true | string {
  if (value === null || value === undefined) return true
  const t = requestTranslator(options?.req)
  const geometry = value as { type?: unknown; coordinates?: unknown }
  if (geometry.type !== 'LineString') return t('validation.geometryType')
  if (!Array.isArray(geometry.coordinates) || geometry.coordinates.length < 2) {
    return t('validation.geometryPositions')
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
      return t('validation.geometryPosition', { number: String(i + 1) })
    }
  }
  return true
}
