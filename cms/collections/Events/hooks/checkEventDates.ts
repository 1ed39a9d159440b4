import { type CollectionBeforeValidateHook, ValidationError } from 'payload'
import { requestTranslator } from '../../../i18n/messages'
import { endsBeforeStart, isPartialDate } from '../../../lib/partialDate'
import type { Event } from '../../../payload-types'

/** Rejects an event that ends before it starts, naming both date fields. */
export const checkEventDates: CollectionBeforeValidateHook<Event> = ({ data, originalDoc, req, collection }) => {
  if (!data) return data
  const { startDate, endDate, startTime, endTime } = { ...originalDoc, ...data }
  if (!isPartialDate(startDate) || !isPartialDate(endDate)) return data
  const sameDay = startDate === endDate && startDate.length === 10
  if (endsBeforeStart(startDate, endDate) || (sameDay && startTime && endTime && endTime < startTime)) {
    const message = requestTranslator(req)('validation.eventEndsBeforeStart', {
      end: `${endDate}${endTime ? ` ${endTime}` : ''}`,
      start: `${startDate}${startTime ? ` ${startTime}` : ''}`,
    })
    throw new ValidationError({ collection: collection.slug, errors: [{ path: 'endDate', message }], req })
  }
  return data
}
