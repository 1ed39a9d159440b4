import type { CollectionConfig } from 'payload'
import { organizations } from '../../shared/contentTypes/organizations'
import { countryField } from '../fields/country'
import { slugField } from '../fields/slug'
import { termOptions } from '../fields/termOptions'
import { validateWebAddress } from '../fields/validate/webAddress'
import { contentCollection } from './shared/contentCollection'
import { summaryAndBodyFields } from './shared/summaryFields'

/** What kind of body an organisation is; one organisation can be several. */
const organizationKinds = [
  'public-authority',
  'regional-government',
  'business',
  'business-support',
  'employers-association',
  'cluster-coordinator',
  'science-park',
  'special-economic-zone',
  'university',
  'research-institute',
  'foundation',
  'association',
  'tourism-organisation',
  'media',
  'other',
]

/** Coordinators, partners, issuing bodies and supporters named by clusters, projects, policies and events. */
export const Organizations: CollectionConfig = contentCollection(organizations, {
  labels: { singular: 'Organisation', plural: 'Organisations' },
  admin: { defaultColumns: ['name', 'country', 'kinds', '_status', 'updatedAt'] },
  fields: [
    {
      name: 'name',
      type: 'text',
      localized: true,
      required: true,
      admin: { description: 'The name as readers of this language know it, or a descriptive translation.' },
    },
    {
      name: 'officialName',
      type: 'text',
      admin: { description: 'The registered name in the organisation’s own language, if known; never translated.' },
    },
    { name: 'acronym', type: 'text' },
    slugField(organizations.titleField),
    countryField(),
    { name: 'city', type: 'text', localized: true },
    { name: 'kinds', type: 'select', hasMany: true, options: termOptions('kind', organizationKinds) },
    {
      name: 'parent',
      type: 'relationship',
      relationTo: 'organizations',
      admin: { description: 'The body this one belongs to, e.g. a department of a regional office.' },
    },
    { name: 'website', type: 'text', validate: validateWebAddress },
    ...summaryAndBodyFields,
  ],
})
