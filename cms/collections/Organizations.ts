import type { CollectionConfig } from 'payload'
import { organizations } from '../../shared/contentTypes/organizations'
import { countryField } from '../fields/country'
import { slugField } from '../fields/slug'
import { validateWebAddress } from '../fields/validate/webAddress'
import { contentCollection } from './shared/contentCollection'
import { summaryAndBodyFields } from './shared/summaryFields'

/** What kind of body an organisation is; one organisation can be several. */
export const organizationKinds = [
  { value: 'public-authority', label: 'Public authority' },
  { value: 'regional-government', label: 'Regional government' },
  { value: 'business', label: 'Business' },
  { value: 'business-support', label: 'Business support organisation' },
  { value: 'employers-association', label: 'Employers’ association' },
  { value: 'cluster-coordinator', label: 'Cluster coordinator' },
  { value: 'science-park', label: 'Science and technology park' },
  { value: 'special-economic-zone', label: 'Special economic zone' },
  { value: 'university', label: 'University or college' },
  { value: 'research-institute', label: 'Research institute' },
  { value: 'foundation', label: 'Foundation' },
  { value: 'association', label: 'Association' },
  { value: 'tourism-organisation', label: 'Tourism organisation' },
  { value: 'media', label: 'Media' },
  { value: 'other', label: 'Other' },
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
    { name: 'kinds', type: 'select', hasMany: true, options: organizationKinds },
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
