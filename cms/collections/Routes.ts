import type { CollectionConfig } from 'payload'
import { routes } from '../../shared/contentTypes/routes'
import { countryField } from '../fields/country'
import { imageField } from '../fields/image'
import { monthField } from '../fields/month'
import { row } from '../fields/row'
import { rowLabel } from '../fields/rowLabel'
import { slugField } from '../fields/slug'
import { termOptions } from '../fields/termOptions'
import { validateLineString } from '../fields/validate/lineString'
import { importGpxEndpoint } from '../gpx/importGpxEndpoint'
import { contentCollection } from './shared/contentCollection'
import { summaryAndBodyFields } from './shared/summaryFields'

/**
 * Tourism routes: what a walker or cyclist asks first (length, duration, difficulty, season), ordered
 * stops with coordinates, an optional line, and the project behind them. A GPX file sets the line, the
 * length and the stops (cms/gpx/).
 */
export const Routes: CollectionConfig = contentCollection(routes, {
  // serves a project's `routes` (a join field, which a read includes even at depth 0): published, newest first
  indexes: [{ fields: ['project', '_status', 'createdAt'] }],
  labels: { singular: 'Tourism route', plural: 'Tourism routes' },
  admin: { defaultColumns: ['name', 'region', 'theme', '_status', 'updatedAt'] },
  endpoints: [importGpxEndpoint],
  fields: [
    { name: 'name', type: 'text', localized: true, required: true },
    slugField(routes.titleField),
    imageField,
    row(
      { name: 'region', type: 'text', localized: true },
      countryField({ admin: { description: 'Where the route is; its page shows it on a map of the region.' } }),
    ),
    { name: 'theme', type: 'text', localized: true },
    ...summaryAndBodyFields,
    row(
      { name: 'duration', type: 'number', min: 0, admin: { step: 0.5, description: 'How long it takes.' } },
      {
        name: 'durationUnit',
        type: 'select',
        defaultValue: 'hours',
        options: termOptions('durationUnit', ['hours', 'days']),
      },
      { name: 'difficulty', type: 'select', options: termOptions('difficulty', ['easy', 'moderate', 'challenging']) },
    ),
    row(
      monthField('seasonFrom', { admin: { description: 'The months it is best followed in, when the source says.' } }),
      monthField('seasonTo'),
    ),
    // the line and stops on a map of the site's own geography, edited by dragging and clicking
    { name: 'routeMap', type: 'ui', admin: { components: { Field: '/components/RouteMap#RouteMap' } } },
    {
      name: 'gpxImport',
      type: 'ui',
      admin: { components: { Field: '/components/GpxImport#GpxImport' } },
    },
    {
      name: 'stops',
      type: 'array',
      labels: { singular: 'Stop', plural: 'Stops' },
      admin: {
        description: 'In the order a visitor follows them.',
        components: { RowLabel: rowLabel('name', 'rows.stop') },
      },
      fields: [
        { name: 'name', type: 'text', localized: true, required: true },
        { name: 'description', type: 'textarea', localized: true },
        row(
          { name: 'latitude', type: 'number', min: -90, max: 90, admin: { step: 0.000001 } },
          { name: 'longitude', type: 'number', min: -180, max: 180, admin: { step: 0.000001 } },
        ),
      ],
    },
    {
      name: 'geometry',
      type: 'json',
      validate: validateLineString,
      admin: {
        description:
          'Optional GeoJSON LineString of the path: [longitude, latitude] or [longitude, latitude, elevation in metres] positions. A GPX import fills it.',
      },
    },
    {
      name: 'lengthKm',
      type: 'number',
      label: 'Length (km)',
      min: 0,
      admin: { description: 'Length in kilometres. A GPX import measures it on the recorded track.' },
    },
    { name: 'project', type: 'relationship', relationTo: 'funding-projects' },
  ],
})
