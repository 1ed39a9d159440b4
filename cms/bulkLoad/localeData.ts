import { randomBytes } from 'node:crypto'
import type { FlattenedField } from 'payload'
import type { LocaleCode } from '../locales'

/**
 * A document as Payload stores and reads it with `locale: 'all'`: every localized field holds an object
 * by locale (`{ title: { pl: '…', en: '…' } }`), wherever it sits (top level, in a group, in a row of a
 * non-localized array); everything else holds its value.
 */
export type AllLocaleData = Record<string, unknown>

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/**
 * The document in one locale, as an editor's save in that locale sends it: each localized field's value
 * for `locale` (left out when it has none), every other field as it is.
 */
export function dataInLocale(fields: FlattenedField[], data: AllLocaleData, locale: LocaleCode): AllLocaleData {
  return mapLocalized(fields, data, (value) => (isRecord(value) ? value[locale] : undefined))
}

/** The locales in which the document has any text: those that hold a value in some localized field. */
export function localesWithText(fields: FlattenedField[], data: AllLocaleData): Set<string> {
  const found = new Set<string>()
  mapLocalized(fields, data, (value) => {
    if (isRecord(value)) {
      for (const [locale, text] of Object.entries(value)) if (text !== undefined && text !== null) found.add(locale)
    }
    return value
  })
  return found
}

/**
 * Gives every array row that has no id one, in every locale of a localized array. The locales of one
 * document are written one after another into the same rows, which are matched by id; a row left
 * without one would get a different id from each locale's write, and its localized text would be split
 * across rows.
 */
export function withRowIds(fields: FlattenedField[], data: AllLocaleData): AllLocaleData {
  const out: AllLocaleData = { ...data }
  for (const field of fields) {
    if (!('name' in field) || !(field.name in data)) continue
    const value = data[field.name]
    if (field.type === 'array' || field.type === 'blocks') {
      const rowsWithIds = (rows: unknown) =>
        Array.isArray(rows)
          ? rows.map((row) => {
              if (!isRecord(row)) return row
              const subFields = field.type === 'array' ? field.flattenedFields : blockFields(field, row)
              return withRowIds(subFields, { ...row, id: row.id ?? newRowId() })
            })
          : rows
      out[field.name] =
        field.localized && isRecord(value)
          ? Object.fromEntries(Object.entries(value).map(([locale, rows]) => [locale, rowsWithIds(rows)]))
          : rowsWithIds(value)
    } else if ((field.type === 'group' || field.type === 'tab') && isRecord(value)) {
      out[field.name] = field.localized
        ? Object.fromEntries(
            Object.entries(value).map(([l, v]) => [l, isRecord(v) ? withRowIds(field.flattenedFields, v) : v]),
          )
        : withRowIds(field.flattenedFields, value)
    }
  }
  return out
}

/** An array row's id in the form Payload gives them (24 hexadecimal digits). */
function newRowId(): string {
  return randomBytes(12).toString('hex')
}

function blockFields(field: Extract<FlattenedField, { type: 'blocks' }>, row: Record<string, unknown>) {
  const block = field.blocks.find((b) => typeof b !== 'string' && b.slug === row.blockType)
  return block && typeof block !== 'string' ? block.flattenedFields : []
}

/**
 * Copies `data`, replacing the value of every localized field (the object by locale) with what `pick`
 * makes of it; fields inside a localized field are part of its value and are not visited.
 */
function mapLocalized(fields: FlattenedField[], data: AllLocaleData, pick: (value: unknown) => unknown): AllLocaleData {
  const out: AllLocaleData = {}
  for (const [name, value] of Object.entries(data)) {
    const field = fields.find((f) => 'name' in f && f.name === name)
    if (!field) {
      out[name] = value
      continue
    }
    if (field.localized) {
      const picked = pick(value)
      if (picked !== undefined) out[name] = picked
    } else if (field.type === 'array' && Array.isArray(value)) {
      out[name] = value.map((row) => (isRecord(row) ? mapLocalized(field.flattenedFields, row, pick) : row))
    } else if (field.type === 'blocks' && Array.isArray(value)) {
      out[name] = value.map((row) => (isRecord(row) ? mapLocalized(blockFields(field, row), row, pick) : row))
    } else if ((field.type === 'group' || field.type === 'tab') && isRecord(value)) {
      out[name] = mapLocalized(field.flattenedFields, value, pick)
    } else {
      out[name] = value
    }
  }
  return out
}
