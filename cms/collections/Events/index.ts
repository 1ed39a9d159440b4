import type { CollectionConfig, PayloadRequest } from 'payload'
import { events } from '../../../shared/contentTypes/events'
import { settings } from '../../../shared/settings'
import { imageField } from '../../fields/image'
import { partialDateField } from '../../fields/partialDate'
import { row } from '../../fields/row'
import { slugField } from '../../fields/slug'
import { requestTranslator } from '../../i18n/messages'
import { contentCollection } from '../shared/contentCollection'
import { summaryAndBodyFields } from '../shared/summaryFields'
import { checkEventDates } from './hooks/checkEventDates'

const TIME_PATTERN = /^([01]\d|2[0-3]):[0-5]\d$/

function validateTime(value: string | null | undefined, { req }: { req?: PayloadRequest }): true | string {
  return !value || TIME_PATTERN.test(value) ? true : requestTranslator(req)('validation.notATime', { value })
}

/** Meetings, inaugurations and other dated events, with place and organiser; times are optional. */
export const Events: CollectionConfig = contentCollection(events, {
  // serves a cluster's `events` (a join field, which a read includes even at depth 0): published, newest first
  indexes: [{ fields: ['cluster', '_status', 'createdAt'] }],
  labels: { singular: 'Event', plural: 'Events' },
  admin: { defaultColumns: ['title', 'startDate', 'place', '_status'] },
  hooks: { beforeValidate: [checkEventDates] },
  fields: [
    { name: 'title', type: 'text', localized: true, required: true },
    slugField(events.titleField),
    imageField,
    row(
      partialDateField({ name: 'startDate', required: true }),
      { name: 'startTime', type: 'text', validate: validateTime, admin: { placeholder: 'HH:MM' } },
      partialDateField({ name: 'endDate' }),
      { name: 'endTime', type: 'text', validate: validateTime, admin: { placeholder: 'HH:MM' } },
    ),
    {
      name: 'timeZone',
      type: 'text',
      // a value, not a function: the database column's default comes from it (the migrations hold Europe/Warsaw)
      defaultValue: settings.timeZone,
      admin: { description: 'IANA time zone of the times above, e.g. Europe/Vilnius.' },
      validate: (value: string | null | undefined, { req }: { req?: PayloadRequest }) => {
        if (!value) return true
        return Intl.supportedValuesOf('timeZone').includes(value)
          ? true
          : requestTranslator(req)('validation.notATimeZone', { value })
      },
    },
    { name: 'place', type: 'text', localized: true },
    { name: 'organizer', label: 'Organiser', type: 'relationship', relationTo: 'organizations' },
    { name: 'cluster', type: 'relationship', relationTo: 'clusters' },
    ...summaryAndBodyFields,
  ],
})
