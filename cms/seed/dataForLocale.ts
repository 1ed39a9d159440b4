import type { FlattenedField } from 'payload'
import type { LocaleCode } from '../locales'
import { isPlainObject } from './validateSeedFiles'

/** What turning seed data into Payload data needs from the outside. */
export interface DataForLocaleOptions {
  /** One locale, or `'all'` for every locale's value of each localized field (bulkLoad/localeData.ts). */
  locale: LocaleCode | 'all'
  /** The stored id of the document with this key in the target collection. */
  resolveRef: (collection: string, key: string) => number | string
  /** Converts Markdown to the rich-text editor's JSON. */
  markdownToRichText: (markdown: string) => unknown
  /** The stored document, when it exists, so array rows keep their ids across locales. */
  existing?: Record<string, unknown> | null
}

/**
 * Payload data for one locale from a (validated) seed data object: localized fields take the locale's
 * value (or, for `'all'`, keep every locale's), references become ids, Markdown becomes rich text, and
 * array rows carry the ids of the stored rows so writing a second locale fills the same rows instead of
 * replacing them.
 */
export function dataForLocale(
  fields: FlattenedField[],
  data: Record<string, unknown>,
  options: DataForLocaleOptions,
): Record<string, unknown> {
  return mapFields(fields, data, options.existing ?? undefined, false, options)
}

function mapFields(
  fields: FlattenedField[],
  data: Record<string, unknown>,
  existing: Record<string, unknown> | undefined,
  insideLocalized: boolean,
  options: DataForLocaleOptions,
): Record<string, unknown> {
  const out: Record<string, unknown> = {}
  for (const [name, raw] of Object.entries(data)) {
    const field = fields.find((f) => 'name' in f && f.name === name)
    if (!field) continue
    const localized = Boolean(field.localized) && !insideLocalized
    if (localized && options.locale === 'all') {
      out[name] = Object.fromEntries(
        Object.entries(raw as Record<string, unknown>).map(([locale, value]) => [
          locale,
          mapValue(field, value, undefined, true, options),
        ]),
      )
      continue
    }
    const value = localized ? (raw as Record<string, unknown>)[options.locale] : raw
    out[name] = mapValue(field, value, existing?.[name], insideLocalized || localized, options)
  }
  return out
}

function mapValue(
  field: FlattenedField,
  value: unknown,
  existing: unknown,
  insideLocalized: boolean,
  options: DataForLocaleOptions,
): unknown {
  if (value === null || value === undefined) return value
  switch (field.type) {
    case 'array': {
      const storedRows = Array.isArray(existing) ? existing : []
      return (value as Record<string, unknown>[]).map((row, i) => {
        const stored = isPlainObject(storedRows[i]) ? (storedRows[i] as Record<string, unknown>) : undefined
        const mapped = mapFields(field.flattenedFields, row, stored, insideLocalized, options)
        return stored?.id !== undefined ? { id: stored.id, ...mapped } : mapped
      })
    }
    case 'group':
    case 'tab':
      return mapFields(
        field.flattenedFields,
        value as Record<string, unknown>,
        existing as Record<string, unknown>,
        insideLocalized,
        options,
      )
    case 'relationship':
    case 'upload': {
      const target = field.relationTo as string
      return Array.isArray(value)
        ? value.map((key) => options.resolveRef(target, key))
        : options.resolveRef(target, value as string)
    }
    case 'richText':
      return options.markdownToRichText(value as string)
    default:
      return value
  }
}
