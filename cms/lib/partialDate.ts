/**
 * Partial dates: the seed documents say "2012", "June 2009" and "11 March 2015". A partial date is
 * stored as an ISO 8601 string of reduced precision — "2012", "2009-06" or "2015-03-11" — so the
 * precision travels with the value, sorts correctly as text, and no page ever shows an invented day.
 */

/** How much of a date is known. */
export type DatePrecision = 'year' | 'month' | 'day'

/** Accepted shape: YYYY, YYYY-MM or YYYY-MM-DD. */
export const PARTIAL_DATE_PATTERN = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/

/** A parsed partial date. Month and day are 1-based and present only when known. */
export interface PartialDate {
  year: number
  month?: number
  day?: number
  precision: DatePrecision
}

/**
 * What is wrong with a partial date: an English message, and the key and values of the admin's message
 * (cms/i18n/messages) for showing it in another language.
 */
export interface PartialDateError {
  error: string
  problem: {
    key: 'validation.notADate' | 'validation.noSuchMonth' | 'validation.noSuchDay'
    values: { value: string; month?: string }
  }
}

/** Parses a partial date string, or returns what is wrong with it. */
export function parsePartialDate(value: string): PartialDate | PartialDateError {
  const match = PARTIAL_DATE_PATTERN.exec(value)
  if (!match) {
    return {
      error: `"${value}" is not a date written as YYYY, YYYY-MM or YYYY-MM-DD`,
      problem: { key: 'validation.notADate', values: { value } },
    }
  }
  const year = Number(match[1])
  if (match[2] === undefined) return { year, precision: 'year' }
  const month = Number(match[2])
  if (month < 1 || month > 12) {
    return {
      error: `"${value}" has no month ${match[2]}`,
      problem: { key: 'validation.noSuchMonth', values: { value, month: match[2] } },
    }
  }
  if (match[3] === undefined) return { year, month, precision: 'month' }
  const day = Number(match[3])
  if (day < 1 || day > daysInMonth(year, month)) {
    return {
      error: `"${value}" is not a day of the calendar`,
      problem: { key: 'validation.noSuchDay', values: { value } },
    }
  }
  return { year, month, day, precision: 'day' }
}

/** True when `value` is a valid partial date string. */
export function isPartialDate(value: unknown): value is string {
  return typeof value === 'string' && !('error' in parsePartialDate(value))
}

/** The precision of a valid partial date string. */
export function precisionOf(value: string): DatePrecision {
  const parsed = parsePartialDate(value)
  if ('error' in parsed) throw new Error(parsed.error)
  return parsed.precision
}

/** First calendar day the partial date can mean, as YYYY-MM-DD ("2009-06" -> "2009-06-01"). */
export function earliestDay(value: string): string {
  const p = parsePartialDate(value)
  if ('error' in p) throw new Error(p.error)
  return `${pad(p.year, 4)}-${pad(p.month ?? 1)}-${pad(p.day ?? 1)}`
}

/** Last calendar day the partial date can mean, as YYYY-MM-DD ("2009-06" -> "2009-06-30"). */
export function latestDay(value: string): string {
  const p = parsePartialDate(value)
  if ('error' in p) throw new Error(p.error)
  const month = p.month ?? 12
  return `${pad(p.year, 4)}-${pad(month)}-${pad(p.day ?? daysInMonth(p.year, month))}`
}

/**
 * True when a period from `start` to `end` is impossible: even the latest day `end` can mean is
 * before the earliest day `start` can mean. "2017-01" to "2017" is fine; "2019-12-31" to "2017" is not.
 */
export function endsBeforeStart(start: string, end: string): boolean {
  return latestDay(end) < earliestDay(start)
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate()
}

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0')
}
