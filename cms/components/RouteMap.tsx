/**
 * A route's line and stops on a map in its edit view, drawn on the site's own geography; the editor
 * (RouteMapEditor) moves stops, adds them and draws the line by clicking. No tile server is asked.
 */
import type { UIFieldServerComponent } from 'payload'
import type { LonLat } from '../../site/src/lib/maps/drawMap'
import { routeMapFrame } from '../routeMap/frame'
import { RouteMapEditor } from './RouteMapEditor'

export const RouteMap: UIFieldServerComponent = ({ data }) => {
  const doc = (data ?? {}) as {
    geometry?: { coordinates?: number[][] } | null
    stops?: { latitude?: number | null; longitude?: number | null }[] | null
    country?: string | null
  }
  const line = (doc.geometry?.coordinates ?? []).map(([lon, lat]): LonLat => [lon, lat])
  const stops = (doc.stops ?? [])
    .filter((s) => typeof s.latitude === 'number' && typeof s.longitude === 'number')
    .map((s): LonLat => [s.longitude as number, s.latitude as number])
  return <RouteMapEditor frame={routeMapFrame({ line, stops, country: doc.country ?? undefined })} />
}
