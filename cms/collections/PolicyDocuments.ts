import type { CollectionConfig } from 'payload'
import { policyDocuments } from '../../shared/contentTypes/policyDocuments'
import { partialDateField } from '../fields/partialDate'
import { row } from '../fields/row'
import { rowLabel } from '../fields/rowLabel'
import { slugField } from '../fields/slug'
import { termOptions } from '../fields/termOptions'
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
    row(
      {
        name: 'level',
        type: 'select',
        options: termOptions('level', ['eu', 'macro-regional', 'national', 'regional', 'local']),
        admin: { description: 'Leave empty when the source does not say.' },
      },
      {
        name: 'documentType',
        type: 'select',
        required: true,
        options: termOptions('docType', ['strategy', 'programme', 'resolution', 'regulation', 'plan', 'other']),
      },
    ),
    { name: 'issuer', type: 'relationship', relationTo: 'organizations' },
    row(
      partialDateField({ name: 'adoptedOn' }),
      partialDateField({ name: 'validFrom' }),
      partialDateField({ name: 'validUntil' }),
    ),
    ...summaryAndBodyFields,
    {
      name: 'tasks',
      type: 'array',
      labels: { singular: 'Task or priority', plural: 'Tasks and priorities' },
      admin: { components: { RowLabel: rowLabel('task', 'rows.task') } },
      fields: [{ name: 'task', type: 'textarea', localized: true, required: true }],
    },
    { name: 'relatedDocuments', type: 'relationship', relationTo: 'policy-documents', hasMany: true },
    { name: 'attachments', type: 'upload', relationTo: 'media', hasMany: true },
  ],
})
