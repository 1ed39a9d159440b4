import type { CollectionConfig } from 'payload'
import { isSignedIn } from '../access/isSignedIn'
import { localeOptions } from '../fields/localeOptions'

/**
 * The source text of each document as it was under each of its fingerprints (translation/review/
 * sourceText.ts), so a translation marked outdated can show what changed in the source since it was
 * made. Written by the CMS when a source text changes; read by signed-in users; never edited.
 */
export const SourceTexts: CollectionConfig = {
  slug: 'source-texts',
  labels: { singular: 'Source text', plural: 'Source texts' },
  admin: { group: 'Translations', hidden: true, useAsTitle: 'document' },
  access: { read: isSignedIn, create: () => false, update: () => false, delete: () => false },
  fields: [
    { name: 'document', type: 'text', required: true, index: true },
    { name: 'hash', label: 'Source hash', type: 'text', required: true, index: true },
    { name: 'sourceLocale', label: 'Source locale', type: 'select', required: true, options: localeOptions() },
    { name: 'units', label: 'Text by field', type: 'json', required: true },
  ],
}
