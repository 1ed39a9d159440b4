import type { CollectionConfig } from 'payload'
import { routes } from '../../shared/contentTypes/routes'
import { imageField } from '../fields/image'
import { row } from '../fields/row'
import { slugField } from '../fields/slug'
import { validateLineString } from '../fields/validate/lineString'
import { contentCollection } from './shared/contentCollection'
import { summaryAndBodyFields } from './shared/summaryFields'

/** Tourism routes: ordered stops with coordinates, an optional drawn line, and the project behind them. */
export const Routes: CollectionConfig = contentCollection(routes, {
  labels: { singular: 'Tourism route', plural: 'Tourism routes' },
  admin: { defaultColumns: ['name', 'region', 'theme', '_status', 'updatedAt'] },
  fields: [
    { name: 'name', type: 'text', localized: true, required: true },
    slugField(routes.titleField),
    imageField,
    row({ name: 'region', type: 'text', localized: true }, { name: 'theme', type: 'text', localized: true }),
    ...summaryAndBodyFields,
    {
      name: 'stops',
      type: 'array',
      labels: { singular: 'Stop', plural: 'Stops' },
      admin: { description: 'In the order a visitor follows them.' },
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
      admin: { description: 'Optional GeoJSON LineString of the path, [longitude, latitude] pairs.' },
    },
    { name: 'lengthKm', type: 'number', min: 0, admin: { description: 'Length in kilometres.' } },
    { name: 'project', type: 'relationship', relationTo: 'funding-projects' },
  ],
})
