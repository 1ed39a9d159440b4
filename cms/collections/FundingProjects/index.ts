import type { CollectionConfig, SelectField } from 'payload'
import { fundingProjects } from '../../../shared/contentTypes/fundingProjects'
import { fundSources } from '../../../shared/terms'
import { currencyOptions } from '../../fields/currencyOptions'
import { imageField } from '../../fields/image'
import { moneyField } from '../../fields/money'
import { organizationRows } from '../../fields/organizationRows'
import { partialDateField } from '../../fields/partialDate'
import { row } from '../../fields/row'
import { rowLabel } from '../../fields/rowLabel'
import { slugField } from '../../fields/slug'
import { termOptions } from '../../fields/termOptions'
import { validateWebAddress } from '../../fields/validate/webAddress'
import { inAdminLanguages } from '../../i18n/schemaText'
import { contentCollection } from '../shared/contentCollection'
import { summaryAndBodyFields } from '../shared/summaryFields'
import { checkBudgetAndPeriod, derivedAmountLabels, derivedAmounts } from './hooks/checkBudgetAndPeriod'

/** What a partner is in the project; empty when the source names the partner without saying its role. */
const partnerRole: SelectField = {
  name: 'role',
  type: 'select',
  options: termOptions('role', ['lead-partner', 'partner']),
  admin: { description: 'Leave empty when the source does not say.' },
}

/** A partner's part of the budget. */
const partnerAmounts = row(
  moneyField({ name: 'euContribution', label: 'EU contribution' }),
  moneyField({ name: 'ownContribution', label: 'Own contribution' }),
)

/**
 * EU-funded and other projects: programme and fund, an exact budget that must add up, partners with
 * their roles and shares, the period, lines of activity, and the cluster and routes it relates to.
 */
export const FundingProjects: CollectionConfig = contentCollection(fundingProjects, {
  // serves a cluster's `projects` (a join field, which a read includes even at depth 0): published, newest first
  indexes: [{ fields: ['cluster', '_status', 'createdAt'] }],
  labels: { singular: 'Funding project', plural: 'Funding projects' },
  admin: { defaultColumns: ['title', 'programme', 'periodStart', 'periodEnd', '_status'] },
  hooks: { beforeValidate: [checkBudgetAndPeriod] },
  fields: [
    { name: 'title', type: 'text', localized: true, required: true },
    row(
      { name: 'acronym', type: 'text' },
      {
        name: 'website',
        type: 'text',
        validate: validateWebAddress,
        admin: { description: 'The project’s own website, when it has one.' },
      },
    ),
    slugField(fundingProjects.titleField),
    imageField,
    {
      name: 'featured',
      type: 'checkbox',
      defaultValue: false,
      admin: { position: 'sidebar', description: 'Shown on the home page of every language.' },
    },
    ...summaryAndBodyFields,
    {
      type: 'collapsible',
      label: 'Programme and budget',
      fields: [
        row(
          {
            name: 'programme',
            type: 'text',
            localized: true,
            admin: { description: 'e.g. Interreg South Baltic 2014–2020' },
          },
          {
            name: 'programmeWebsite',
            type: 'text',
            validate: validateWebAddress,
            admin: { description: 'The programme’s own web page, when known.' },
          },
        ),
        { name: 'funds', type: 'select', hasMany: true, options: termOptions('fund', fundSources) },
        {
          name: 'currency',
          type: 'select',
          required: true,
          defaultValue: 'EUR',
          options: currencyOptions(['EUR', 'PLN', 'DKK', 'SEK', 'NOK']),
        },
        row(
          moneyField({
            name: 'totalBudget',
            label: 'Total budget',
            admin: { description: 'EU contribution + own contribution. Left empty, it is computed from them.' },
          }),
          moneyField({ name: 'euContribution', label: 'EU contribution' }),
          moneyField({ name: 'ownContribution', label: 'Own contribution' }),
        ),
        {
          name: 'derivedAmount',
          label: 'Amount worked out by the CMS',
          type: 'select',
          options: derivedAmounts.map((value) => ({ value, label: inAdminLanguages(derivedAmountLabels[value]) })),
          admin: {
            readOnly: true,
            description:
              'Which of the three amounts the CMS computed from the other two (the site says so); empty when all were given.',
          },
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
        organizationRows('partnerShares', [partnerAmounts], {
          labels: { singular: 'Partner share', plural: 'Partner shares' },
          description: 'A partner’s part of the budget, where the source gives it.',
          emptyRow: 'rows.partnerShare',
        }),
      ],
    },
    row(partialDateField({ name: 'periodStart' }), partialDateField({ name: 'periodEnd' })),
    {
      name: 'stage',
      type: 'select',
      options: termOptions('stage', ['application', 'funded']),
      admin: { description: 'Leave empty when the source does not say.' },
    },
    organizationRows('partners', [partnerRole], {
      labels: { singular: 'Partner', plural: 'Partners' },
      description: 'The country shown with each partner is the organisation’s country.',
      emptyRow: 'rows.partner',
    }),
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
      admin: { components: { RowLabel: rowLabel('title', 'rows.line') } },
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
