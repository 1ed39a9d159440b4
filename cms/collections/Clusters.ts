import type { CollectionConfig } from 'payload'
import { clusters } from '../../shared/contentTypes/clusters'
import { countryField } from '../fields/country'
import { imageField } from '../fields/image'
import { partialDateField } from '../fields/partialDate'
import { row } from '../fields/row'
import { rowLabel } from '../fields/rowLabel'
import { slugField } from '../fields/slug'
import { contentCollection } from './shared/contentCollection'
import { summaryAndBodyFields } from './shared/summaryFields'

/** Business clusters: who coordinates them, who supports them, what they aim at and what they have done. */
export const Clusters: CollectionConfig = contentCollection(clusters, {
  labels: { singular: 'Cluster', plural: 'Clusters' },
  admin: { defaultColumns: ['name', 'sector', 'region', '_status', 'updatedAt'] },
  fields: [
    { name: 'name', type: 'text', localized: true, required: true },
    { name: 'acronym', type: 'text' },
    slugField(clusters.titleField),
    imageField,
    row({ name: 'sector', type: 'text', localized: true }, { name: 'region', type: 'text', localized: true }),
    countryField(),
    partialDateField({
      name: 'foundedOn',
      admin: { description: 'When the cluster was founded or inaugurated: 2012, 2009-06 or 2015-03-11.' },
    }),
    { name: 'coordinator', type: 'relationship', relationTo: 'organizations' },
    {
      name: 'supportingOrganizations',
      label: 'Supporting organisations',
      type: 'relationship',
      relationTo: 'organizations',
      hasMany: true,
    },
    ...summaryAndBodyFields,
    {
      name: 'goals',
      type: 'array',
      labels: { singular: 'Goal', plural: 'Goals' },
      admin: { components: { RowLabel: rowLabel('goal', 'rows.goal') } },
      fields: [{ name: 'goal', type: 'textarea', localized: true, required: true }],
    },
    {
      name: 'timeline',
      type: 'array',
      labels: { singular: 'Activity', plural: 'Timeline' },
      admin: {
        description: 'Dated activities, oldest first.',
        components: { RowLabel: rowLabel('title', 'rows.activity') },
      },
      fields: [
        partialDateField({ name: 'date', required: true }),
        { name: 'title', type: 'text', localized: true, required: true },
        { name: 'description', type: 'textarea', localized: true },
      ],
    },
    {
      name: 'projects',
      type: 'join',
      collection: 'funding-projects',
      on: 'cluster',
      admin: { description: 'Funding projects that name this cluster.' },
    },
    {
      name: 'events',
      type: 'join',
      collection: 'events',
      on: 'cluster',
      admin: { description: 'Events that name this cluster.' },
    },
  ],
})
