import { defineContentType } from './contentType'

/** Tourism routes: ordered stops with coordinates, an optional drawn line, the project behind them. */
export const routes = defineContentType({
  slug: 'routes',
  titleField: 'name',
  pathSegments: { pl: 'szlaki', it: 'itinerari', lt: 'marsrutai', en: 'routes' },
  localizedFields: ['name', 'region', 'theme', 'stops.name', 'stops.description'],
  references: { project: 'funding-projects', image: 'media' },
  schemaType: 'TouristTrip',
  previewable: true,
})
