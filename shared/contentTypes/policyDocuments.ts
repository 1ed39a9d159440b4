import { defineContentType } from './contentType'

/** Strategies, resolutions and other policy documents, with their issuer, validity and attachments. */
export const policyDocuments = defineContentType({
  slug: 'policy-documents',
  titleField: 'title',
  pathSegments: {
    pl: 'dokumenty-strategiczne',
    it: 'documenti-strategici',
    lt: 'strateginiai-dokumentai',
    en: 'policy-documents',
  },
  localizedFields: ['title', 'tasks.task'],
  references: {
    issuer: 'organizations',
    'relatedDocuments[]': 'policy-documents',
    'attachments[]': 'media',
  },
  // resolutions and regulations describe themselves as Legislation (site/src/lib/views/policyDocuments.ts)
  schemaType: 'CreativeWork',
  previewable: true,
})
