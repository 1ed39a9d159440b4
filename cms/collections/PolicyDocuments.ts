import type { CollectionConfig } from 'payload'
import { policyDocuments } from '../../shared/contentTypes/policyDocuments'
import { partialDateField } from '../fields/partialDate'
import { slugField } from '../fields/slug'
import { contentCollection } from './shared/contentCollection'
import { summaryAndBodyFields } from './shared/summaryFields'

/** Strategies, programmes and resolutions that shape cluster policy, from EU to local level. */
export const PolicyDocuments: CollectionConfig = contentCollection(policyDocuments, {
  labels: { singular: 'Policy document', plural: 'Policy documents' },
  admin: { defaultColumns: ['title', 'level', 'documentType', 'adoptedOn', '_status'] },
  fields: [
    { name: 'title', type: 'text', localized: true, required: true },
    { name: 'reference', type: 'text', admin: { description: 'Official number, e.g. "1486/205/12".' } },
    slugField(policyDocuments.titleField),
    {
      type: 'row',
      fields: [
        {
          name: 'level',
          type: 'select',
          required: true,
          admin: { width: '50%' },
          options: [
            { value: 'eu', label: 'European Union' },
            { value: 'macro-regional', label: 'Macro-regional' },
            { value: 'national', label: 'National' },
            { value: 'regional', label: 'Regional' },
            { value: 'local', label: 'Local' },
          ],
        },
        {
          name: 'documentType',
          type: 'select',
          required: true,
          admin: { width: '50%' },
          options: [
            { value: 'strategy', label: 'Strategy' },
            { value: 'programme', label: 'Programme' },
            { value: 'resolution', label: 'Resolution' },
            { value: 'regulation', label: 'Regulation' },
            { value: 'plan', label: 'Plan' },
            { value: 'other', label: 'Other' },
          ],
        },
      ],
    },
    { name: 'issuer', type: 'relationship', relationTo: 'organizations' },
    {
      type: 'row',
      fields: [
        partialDateField({ name: 'adoptedOn', admin: { width: '33%' } }),
        partialDateField({ name: 'validFrom', admin: { width: '33%' } }),
        partialDateField({ name: 'validUntil', admin: { width: '33%' } }),
      ],
    },
    ...summaryAndBodyFields,
    {
      name: 'tasks',
      type: 'array',
      labels: { singular: 'Task or priority', plural: 'Tasks and priorities' },
      fields: [{ name: 'task', type: 'textarea', localized: true, required: true }],
    },
    { name: 'relatedDocuments', type: 'relationship', relationTo: 'policy-documents', hasMany: true },
    { name: 'attachments', type: 'upload', relationTo: 'media', hasMany: true },
  ],
})
