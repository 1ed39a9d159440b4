import type { CollectionConfig, Field, GlobalConfig, Validate } from 'payload'
import { type I18nLike, type MessageKey, type MessageValues, requestTranslator } from '../i18n/messages'
import {
  JSON_MAX_LENGTH,
  MAX_ROWS,
  RICH_TEXT_MAX_CHARACTERS,
  RICH_TEXT_MAX_JSON_LENGTH,
  TEXT_MAX_LENGTH,
  TEXTAREA_MAX_LENGTH,
} from '../limits'
import { isLocaleCode } from '../locales'
import { type DataField, mapDataFields } from './mapDataFields'
import { ownValidator } from './validate/ownValidator'

/**
 * Gives every field a size limit (cms/limits.ts) and checks it before the field's own validation:
 * text and textarea length, rich-text text and JSON size, JSON size, and the rows of arrays and
 * hasMany fields. Payload checks `maxLength` only for fields without a validator of their own (a slug,
 * a date, a web address have one) and only on published saves; this check runs for every field
 * and, with `versions.drafts.validate`, for drafts too. A field's own lower limit is kept.
 */
export function withFieldLimits(fields: Field[]): Field[] {
  return mapDataFields(fields, (field) => {
    const limited = withDefaultLimit(field)
    const check = sizeCheck(limited)
    if (!check) return limited
    const own = ownValidator(limited)
    const validate: Validate = (value, options) => {
      const problem = check(value)
      return problem ? requestTranslator(options.req)(problem.key, problem.values) : own(value, options)
    }
    return { ...limited, validate } as DataField
  })
}

/**
 * What is wrong with `value` for `field` size-wise, or undefined: the check the field's validation
 * runs first, for importers that want to report it before writing (XLIFF targets).
 */
export function fieldSizeProblem(field: Field, value: unknown, i18n?: I18nLike): string | undefined {
  if (!('name' in field)) return undefined
  const problem = sizeCheck(withDefaultLimit(field as DataField))?.(value)
  return problem && requestTranslator({ i18n })(problem.key, problem.values)
}

/** Adds the size limits to a collection's fields. */
export function collectionWithFieldLimits(collection: CollectionConfig): CollectionConfig {
  return { ...collection, fields: withFieldLimits(collection.fields) }
}

/** Adds the size limits to a global's fields. */
export function globalWithFieldLimits(global: GlobalConfig): GlobalConfig {
  return { ...global, fields: withFieldLimits(global.fields) }
}

/** The field with the default `maxLength`/`maxRows` where it sets none, so the admin shows the limit too. */
function withDefaultLimit(field: DataField): DataField {
  switch (field.type) {
    case 'text':
      return { ...field, maxLength: field.maxLength ?? TEXT_MAX_LENGTH, ...rows(field) } as DataField
    case 'textarea':
      return { ...field, maxLength: field.maxLength ?? TEXTAREA_MAX_LENGTH }
    case 'array':
    case 'blocks':
      return { ...field, maxRows: field.maxRows ?? MAX_ROWS }
    case 'relationship':
    case 'upload':
    case 'select':
    case 'number':
      return { ...field, ...rows(field) } as DataField
    default:
      return field
  }
}

function rows(field: DataField): { maxRows?: number } {
  if (!('hasMany' in field) || !field.hasMany) return {}
  return { maxRows: ('maxRows' in field ? field.maxRows : undefined) ?? MAX_ROWS }
}

/** What is wrong, as a message key and its values, translated where the request's language is known. */
interface Problem {
  key: MessageKey
  values?: MessageValues
}

type SizeCheck = (value: unknown) => Problem | undefined

function sizeCheck(field: DataField): SizeCheck | undefined {
  const maxRows = 'maxRows' in field && typeof field.maxRows === 'number' ? field.maxRows : undefined
  const localized = 'localized' in field && Boolean(field.localized)
  switch (field.type) {
    case 'text':
    case 'textarea': {
      const maxLength = field.maxLength ?? (field.type === 'text' ? TEXT_MAX_LENGTH : TEXTAREA_MAX_LENGTH)
      return perLocale(localized, (value) => {
        if (Array.isArray(value))
          return rowsProblem(value, maxRows) ?? firstProblem(value, (v) => textProblem(v, maxLength))
        return textProblem(value, maxLength)
      })
    }
    case 'richText':
      return perLocale(localized, richTextProblem)
    case 'json':
      return perLocale(localized, jsonProblem)
    case 'array':
    case 'blocks':
    case 'relationship':
    case 'upload':
    case 'select':
    case 'number':
      return maxRows === undefined ? undefined : perLocale(localized, (value) => rowsProblem(value, maxRows))
    default:
      return undefined
  }
}

/**
 * A localized field's value is one locale's, except in a write with `locale=all`, where it is an
 * object of every locale's value; each is checked then.
 */
function perLocale(localized: boolean, check: SizeCheck): SizeCheck {
  if (!localized) return check
  return (value) => {
    if (isLocaleRecord(value)) return firstProblem(Object.values(value), check)
    return check(value)
  }
}

function isLocaleRecord(value: unknown): value is Record<string, unknown> {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return false
  const keys = Object.keys(value)
  return keys.length > 0 && keys.every(isLocaleCode)
}

function firstProblem(values: unknown[], check: SizeCheck): Problem | undefined {
  for (const value of values) {
    const problem = check(value)
    if (problem) return problem
  }
  return undefined
}

function textProblem(value: unknown, maxLength: number): Problem | undefined {
  if (typeof value !== 'string' || value.length <= maxLength) return undefined
  return { key: 'validation.tooManyCharacters', values: { limit: maxLength, count: value.length } }
}

function rowsProblem(value: unknown, maxRows: number | undefined): Problem | undefined {
  if (maxRows === undefined || !Array.isArray(value) || value.length <= maxRows) return undefined
  return { key: 'validation.tooManyRows', values: { limit: maxRows, count: value.length } }
}

function richTextProblem(value: unknown): Problem | undefined {
  if (!value || typeof value !== 'object') return undefined
  let json: number
  try {
    json = JSON.stringify(value).length
  } catch {
    return { key: 'validation.richTextTooDeep' } // a stack overflow, not a size
  }
  if (json > RICH_TEXT_MAX_JSON_LENGTH) {
    return { key: 'validation.richTextTooLarge', values: { count: json, limit: RICH_TEXT_MAX_JSON_LENGTH } }
  }
  const text = textLength(value)
  if (text > RICH_TEXT_MAX_CHARACTERS) {
    return { key: 'validation.tooManyTextCharacters', values: { limit: RICH_TEXT_MAX_CHARACTERS, count: text } }
  }
  return undefined
}

function jsonProblem(value: unknown): Problem | undefined {
  if (value === null || value === undefined) return undefined
  const length = (typeof value === 'string' ? value : (JSON.stringify(value) ?? '')).length
  if (length <= JSON_MAX_LENGTH) return undefined
  return { key: 'validation.jsonTooLarge', values: { limit: JSON_MAX_LENGTH, count: length } }
}

/** The characters of text in a Lexical editor state (its text nodes). */
function textLength(node: unknown): number {
  if (!node || typeof node !== 'object') return 0
  const record = node as { text?: unknown; children?: unknown; root?: unknown }
  let length = typeof record.text === 'string' ? record.text.length : 0
  if (record.root) length += textLength(record.root)
  if (Array.isArray(record.children)) for (const child of record.children) length += textLength(child)
  return length
}
