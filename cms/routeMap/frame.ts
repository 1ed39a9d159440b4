import { geoPath } from 'd3-geo'
import { balticRegion, countryCorners, type LonLat, mapProjection } from '../../site/src/lib/maps/drawMap'
import { countries } from '../../site/src/lib/maps/geography'

/**
 * What the admin's route map needs to draw and to read clicks: the land in view as SVG paths, and the
 * projection's parameters, from which the browser rebuilds the same projection (d3-geo) to place the
 * line and stops and to turn a click back into longitude and latitude. The same geography and
 * projection as the route's page on the site (site/src/lib/maps/), so the editor sees what readers see.
 */
export interface RouteMapFrame {
  width: number
  height: number
  land: string[]
  projection: {
    scale: number
    translate: [number, number]
    rotate: [number, number, number]
    parallels: [number, number]
  }
}

const WIDTH = 720
const HEIGHT = 480

/** The frame around a route's line and stops, else its country, else the Baltic Sea region. */
export function routeMapFrame({
  line,
  stops,
  country,
}: {
  line: LonLat[]
  stops: LonLat[]
  country?: string
}): RouteMapFrame {
  const placed = [...line, ...stops]
  const focus = placed.length > 0 ? placed : country ? countryCorners(country) : []
  const projection = mapProjection({
    width: WIDTH,
    height: HEIGHT,
    focus: focus.length > 0 ? focus : balticRegion,
    minSpan: 1.5,
    around: 0.3,
  })
  const path = geoPath(projection).digits(1)
  const land = countries('50m')
    .features.map((feature) => path(feature) ?? '')
    .filter((d) => d !== '')
  return {
    width: WIDTH,
    height: HEIGHT,
    land,
    projection: {
      scale: projection.scale(),
      translate: projection.translate(),
      rotate: projection.rotate(),
      parallels: projection.parallels(),
    },
  }
}
