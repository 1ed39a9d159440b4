import type { CollectionConfig } from 'payload'
import { fundingProjects } from '../../../shared/contentTypes/fundingProjects'
import { imageField } from '../../fields/image'
import { moneyField } from '../../fields/money'
import { partialDateField } from '../../fields/partialDate'
import { slugField } from '../../fields/slug'
import { contentCollection } from '../shared/contentCollection'
import { summaryAndBodyFields } from '../shared/summaryFields'
import { checkBudgetAndPeriod } from './hooks/checkBudgetAndPeriod'

/** Where a project's money comes from. */
export const fundSources = [
  { value: 'erdf', label: 'European Regional Development Fund (ERDF)' },
  { value: 'esf', label: 'European Social Fund (ESF)' },
  { value: 'cohesion-fund', label: 'Cohesion Fund' },
  { value: 'eafrd', label: 'European Agricultural Fund for Rural Development (EAFRD)' },
  { value: 'emfaf', label: 'European Maritime, Fisheries and Aquaculture Fund' },
  { value: 'state-budget', label: 'State budget' },
  { value: 'regional-budget', label: 'Regional budget' },
  { value: 'other', label: 'Other' },
]

/** A partner's part in a project. */
export const partnerRoles = [
  { value: 'lead-partner', label: 'Lead partner' },
  { value: 'partner', label: 'Partner' },
]

/**
 * EU-funded and other projects: programme and fund, an exact budget that must add up, partners with
 * their roles and shares, the period, lines of activity, and the cluster and routes it relates to.
 */
export const FundingProjects: CollectionConfig = contentCollection(fundingProjects, {
  labels: { singular: 'Funding project', plural: 'Funding projects' },
  admin: { defaultColumns: ['title', 'programme', 'periodStart', 'periodEnd', '_status'] },
  hooks: { beforeValidate: [checkBudgetAndPeriod] },
  fields: [
    { name: 'title', type: 'text', localized: true, required: true },
    { name: 'acronym', type: 'text' },
    slugField(fundingProjects.titleField),
    imageField,
    ...summaryAndBodyFields,
    {
      type: 'collapsible',
      label: 'Programme and budget',
      fields: [
        {
          name: 'programme',
          type: 'text',
          localized: true,
          admin: { description: 'e.g. Interreg South Baltic 2014–2020' },
        },
        { name: 'funds', type: 'select', hasMany: true, options: fundSources },
        {
          name: 'currency',
          type: 'select',
          required: true,
          defaultValue: 'EUR',
          options: ['EUR', 'PLN', 'DKK', 'SEK', 'NOK'],
        },
        {
          type: 'row',
          fields: [
            moneyField({
              name: 'totalBudget',
              label: 'Total budget',
              admin: {
                width: '33%',
                description: 'EU contribution + own contribution. Left empty, it is computed from them.',
              },
            }),
            moneyField({ name: 'euContribution', label: 'EU contribution', admin: { width: '33%' } }),
            moneyField({ name: 'ownContribution', label: 'Own contribution', admin: { width: '33%' } }),
          ],
        },
        {
          name: 'coFinancingRate',
          label: 'Co-financing rate (%)',
          type: 'number',
          admin: {
            readOnly: true,
            description: 'EU contribution as a percentage of the total budget, computed on save.',
          },
        },
        {
          name: 'ownContributionSource',
          type: 'textarea',
          localized: true,
          admin: { description: 'Where the own contribution comes from, if the source says.' },
        },
        {
          name: 'partnerShares',
          type: 'array',
          labels: { singular: 'Partner share', plural: 'Partner shares' },
          admin: { description: 'A partner’s part of the budget, where the source gives it.' },
          fields: [
            { name: 'organization', type: 'relationship', relationTo: 'organizations', required: true },
            {
              type: 'row',
              fields: [
                moneyField({ name: 'euContribution', label: 'EU contribution', admin: { width: '50%' } }),
                moneyField({ name: 'ownContribution', label: 'Own contribution', admin: { width: '50%' } }),
              ],
            },
          ],
        },
      ],
    },
    {
      type: 'row',
      fields: [
        partialDateField({ name: 'periodStart', admin: { width: '50%' } }),
        partialDateField({ name: 'periodEnd', admin: { width: '50%' } }),
      ],
    },
    {
      name: 'stage',
      type: 'select',
      options: [
        { value: 'application', label: 'Application submitted' },
        { value: 'funded', label: 'Funded' },
      ],
      admin: { description: 'Leave empty when the source does not say.' },
    },
    {
      name: 'partners',
      type: 'array',
      labels: { singular: 'Partner', plural: 'Partners' },
      admin: { description: 'The country shown with each partner is the organisation’s country.' },
      fields: [
        { name: 'organization', type: 'relationship', relationTo: 'organizations', required: true },
        { name: 'role', type: 'select', options: partnerRoles, required: true, defaultValue: 'partner' },
      ],
    },
    { name: 'associatedPartners', type: 'relationship', relationTo: 'organizations', hasMany: true },
    {
      name: 'associatedPartnerCount',
      type: 'number',
      min: 0,
      admin: {
        description: 'How many associated partners there are, when the source counts them without naming them all.',
      },
    },
    {
      name: 'linesOfActivity',
      type: 'array',
      labels: { singular: 'Line of activity', plural: 'Lines of activity' },
      fields: [
        { name: 'title', type: 'text', localized: true, required: true },
        { name: 'description', type: 'textarea', localized: true },
      ],
    },
    { name: 'targetGroups', type: 'textarea', localized: true },
    { name: 'cluster', type: 'relationship', relationTo: 'clusters' },
    { name: 'routes', type: 'join', collection: 'routes', on: 'project' },
  ],
})
