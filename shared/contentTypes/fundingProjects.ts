import { defineContentType } from './contentType'

/** EU-funded projects: partners and their shares, budget, period and lines of activity. */
export const fundingProjects = defineContentType({
  slug: 'funding-projects',
  titleField: 'title',
  pathSegments: { pl: 'projekty', it: 'progetti', lt: 'projektai', en: 'projects' },
  localizedFields: [
    'title',
    'programme',
    'ownContributionSource',
    'linesOfActivity.title',
    'linesOfActivity.description',
    'targetGroups',
  ],
  references: {
    cluster: 'clusters',
    'partners[].organization': 'organizations',
    'partnerShares[].organization': 'organizations',
    'associatedPartners[]': 'organizations',
    image: 'media',
  },
  schemaType: 'Project',
  previewable: true,
})
