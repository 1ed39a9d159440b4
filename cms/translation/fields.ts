import type { Field, GroupField } from 'payload'
import { languageNames } from '../fields/localeOptions'
import { locales } from '../locales'
import { requestableStatuses, reviewLabels, reviewStates, statusLabels, translationStatuses } from './statuses'

/**
 * Per-locale translation state, kept on the document itself (not localized: one record holds every
 * locale) so list filters such as "Lithuanian status is missing or outdated" are plain queries.
 * The CMS maintains it (see trackTranslationStatus); people change it only through `translationRequest`.
 */
export const translationField: GroupField = {
  name: 'translation',
  type: 'group',
  label: 'Translation',
  admin: {
    position: 'sidebar',
    readOnly: true,
    components: {
      Field: '/components/TranslationStatus#TranslationStatusField',
      Cell: '/components/TranslationStatus#TranslationStatusCell',
    },
  },
  fields: [
    {
      name: 'sourceHash',
      type: 'text',
      admin: { description: 'Fingerprint of the current source-locale text.' },
    },
    ...locales.map(
      (locale): GroupField => ({
        name: locale.code,
        type: 'group',
        label: languageNames(locale.code),
        fields: [
          {
            name: 'status',
            type: 'select',
            index: true,
            options: translationStatuses.map((value) => ({ value, label: statusLabels[value] })),
          },
          {
            name: 'sourceHash',
            type: 'text',
            admin: { description: 'Fingerprint of the source text this translation was made from.' },
          },
          { name: 'updatedAt', type: 'date' },
          {
            name: 'review',
            type: 'select',
            index: true,
            options: reviewStates.map((value) => ({ value, label: reviewLabels[value] })),
            admin: { description: 'Whether new text in this language waits for review or was sent back.' },
          },
        ],
      }),
    ),
  ],
}

/**
 * How a person marks the locale they are writing: "in progress", "translated" or "reviewed". Not
 * stored; the status hook reads it on save and records the state in `translation`.
 */
export const translationRequestField: Field = {
  name: 'translationRequest',
  type: 'select',
  virtual: true,
  options: requestableStatuses.map((value) => ({ value, label: statusLabels[value] })),
  admin: { hidden: true },
}
