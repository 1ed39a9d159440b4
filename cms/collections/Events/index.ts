import type { CollectionConfig } from 'payload'
import { events } from '../../../shared/contentTypes/events'
import { settings } from '../../../shared/settings'
import { imageField } from '../../fields/image'
import { partialDateField } from '../../fields/partialDate'
import { row } from '../../fields/row'
import { slugField } from '../../fields/slug'
import { contentCollection } from '../shared/contentCollection'
import { summaryAndBodyFields } from '../shared/summaryFields'
import { checkEventDates } from './hooks/checkEventDates'

const TIME_PATTERN = /^([01]\d|2[0-3]):[0-5]\d$/

function validateTime(value: string | null | undefined): true | string {
  return !value || TIME_PATTERN.test(value) ? true : `"${value}" is not a time written as HH:MM (24-hour clock).`
}

/** Meetings, inaugurations and other dated events, with place and organiser; times are optional. */
export const Events: CollectionConfig = contentCollection(events, {
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
      validate: (value: string | null | undefined) => {
        if (!value) return true
        return Intl.supportedValuesOf('timeZone').includes(value)
          ? true
          : `"${value}" is not an IANA time zone such as Europe/Warsaw.`
      },
    },
    { name: 'place', type: 'text', localized: true },
    { name: 'organizer', type: 'relationship', relationTo: 'organizations' },
    { name: 'cluster', type: 'relationship', relationTo: 'clusters' },
    ...summaryAndBodyFields,
  ],
})
