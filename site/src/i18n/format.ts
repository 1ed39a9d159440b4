import { countryName } from '../../../cms/lib/countries'
import { earliestDay, latestDay, parsePartialDate } from '../../../cms/lib/partialDate'
import { type LocaleCode, locales } from '../../../cms/locales'
import { KeptResults } from '../lib/keptResults'

const intlTag = (locale: LocaleCode) => locales.find((l) => l.code === locale)?.intl ?? locale

/**
 * Intl formatters, made once per locale and style and then kept. Making one costs far more than using
 * it: a build made a new one for every date, amount and country it wrote, which was a tenth of its
 * whole render time.
 */
const formatters = new Map<string, unknown>()
function kept<T>(key: string, make: () => T): T {
  let made = formatters.get(key) as T | undefined
  if (made === undefined) {
    made = make()
    formatters.set(key, made)
  }
  return made
}

/** Compares two texts in the reader's alphabet ("Ł" after "L" in Polish), for sorting. */
export function collator(locale: LocaleCode): Intl.Collator {
  return kept(`collator:${locale}`, () => new Intl.Collator(intlTag(locale)))
}

/**
 * A partial date in the reader's language at the precision it was stored with: "2012",
 * "czerwiec 2009", "11 marca 2015". A month stays a month; no day is invented.
 */
export function formatPartialDate(value: string, locale: LocaleCode): string {
  // the same few thousand dates come back on page after page (a project's period on its page, its
  // partners' and every list it is on): at 44,000 pages their formatting took 0.65 s of the render
  return formattedDates.get(`${locale} ${value}`, () => formatDate(value, locale))
}

/** More than the dates of 10,000 documents in four locales. */
const formattedDates = new KeptResults<string>(100_000)

function formatDate(value: string, locale: LocaleCode): string {
  const parsed = parsePartialDate(value)
  if ('error' in parsed) return value
  const date = new Date(Date.UTC(parsed.year, (parsed.month ?? 1) - 1, parsed.day ?? 1))
  const options: Intl.DateTimeFormatOptions =
    parsed.precision === 'year'
      ? { year: 'numeric', timeZone: 'UTC' }
      : parsed.precision === 'month'
        ? { year: 'numeric', month: 'long', timeZone: 'UTC' }
        : { dateStyle: 'long', timeZone: 'UTC' }
  return kept(`date:${locale}:${parsed.precision}`, () => new Intl.DateTimeFormat(intlTag(locale), options)).format(
    date,
  )
}

/** A partial date as a page shows it: the stored value for `<time datetime>`, the reader's words for its text. */
export interface DateText {
  datetime: string
  text: string
}

/** A stored partial date and its text in the reader's language. */
export function partialDateText(value: string, locale: LocaleCode): DateText {
  return { datetime: value, text: formatPartialDate(value, locale) }
}

/** A period of partial dates, e.g. "January 2017 – 31 December 2021". */
export function formatPeriod(
  start: string | null | undefined,
  end: string | null | undefined,
  locale: LocaleCode,
): string {
  const parts = [start, end].map((d) => (d ? formatPartialDate(d, locale) : '…'))
  return parts.join(' – ')
}

/** Money in the reader's format, exact to the cent: "1 337 521,14 €" (pl, lt), "€1,337,521.14" (en). */
export function formatMoney(amount: string, currency: string, locale: LocaleCode): string {
  // Intl formats a decimal string exactly, without going through a floating-point number.
  return kept(
    `money:${locale}:${currency}`,
    () => new Intl.NumberFormat(intlTag(locale), { style: 'currency', currency }),
  ).format(amount as unknown as number)
}

/** A percentage with up to two decimals: "85%", "81,51%". */
export function formatPercent(value: number, locale: LocaleCode): string {
  return kept(
    `percent:${locale}`,
    () => new Intl.NumberFormat(intlTag(locale), { style: 'percent', maximumFractionDigits: 2 }),
  ).format(value / 100)
}

/** A plain number in the reader's format: "12,5". */
export function formatNumber(value: number, locale: LocaleCode): string {
  return kept(`number:${locale}`, () => new Intl.NumberFormat(intlTag(locale), { maximumFractionDigits: 2 })).format(
    value,
  )
}

/** A duration with its unit spelled out in the reader's language: "3,5 godziny", "2 days". */
export function formatDuration(value: number, unit: 'hours' | 'days', locale: LocaleCode): string {
  return kept(
    `duration:${locale}:${unit}`,
    () =>
      new Intl.NumberFormat(intlTag(locale), {
        style: 'unit',
        unit: unit === 'hours' ? 'hour' : 'day',
        unitDisplay: 'long',
        maximumFractionDigits: 1,
      }),
  ).format(value)
}

/**
 * A span of months ("May – September", "maj–wrzesień"), one month when both are the same; a span
 * over the new year (November to February) reads in that order too.
 */
export function formatMonthSpan(from: number, to: number, locale: LocaleCode): string {
  const format = kept(
    `month:${locale}`,
    () => new Intl.DateTimeFormat(intlTag(locale), { month: 'long', timeZone: 'UTC' }),
  )
  const start = Date.UTC(2026, from - 1, 15)
  if (from === to) return format.format(start)
  return format.formatRange(start, Date.UTC(to < from ? 2027 : 2026, to - 1, 15))
}

/** A country's name in the reader's language ("LT" -> "Litwa" in pl). */
export function formatCountry(code: string, locale: LocaleCode): string {
  return countryName(code, intlTag(locale))
}

/** A language's name in the reader's language ("lt" -> "litewski" in pl). */
export function formatLanguage(code: LocaleCode, locale: LocaleCode): string {
  return (
    kept(`language:${locale}`, () => new Intl.DisplayNames([intlTag(locale)], { type: 'language' })).of(code) ?? code
  )
}

/** Where a project stands on a given day, judged from its (partial) period without inventing days. */
export type PeriodStatus = 'upcoming' | 'ongoing' | 'completed' | 'unknown'

/** The status of a period relative to `today` (YYYY-MM-DD). */
export function periodStatus(
  start: string | null | undefined,
  end: string | null | undefined,
  today: string,
): PeriodStatus {
  if (!start && !end) return 'unknown'
  if (start && today < earliestDay(start)) return 'upcoming'
  if (end && today > latestDay(end)) return 'completed'
  if (start && end) return 'ongoing'
  return start ? 'ongoing' : 'unknown'
}
