import type { FlattenedField, SanitizedConfig } from 'payload'
import { SLUG_PATTERN } from '../lib/slug'
import { isLocaleCode, localeCodes } from '../locales'
import type { SeedFile, SeedProblem } from './readSeedFiles'

/** Fields the seed manages itself; a seed file may not set them. */
const reservedFields = new Set(['id', 'seedKey', 'seedHash', 'sourceLocale', '_status', 'createdAt', 'updatedAt'])

/** The flattened field list of a collection or global, or undefined if the slug is unknown. */
export function fieldsOf(config: SanitizedConfig, file: Pick<SeedFile, 'kind' | 'slug'>): FlattenedField[] | undefined {
  const entity =
    file.kind === 'global'
      ? config.globals.find((g) => g.slug === file.slug)
      : config.collections.find((c) => c.slug === file.slug)
  return entity?.flattenedFields
}

/**
 * Checks the shape of every seed file against the CMS's own field definitions before anything is
 * written: known collection, known fields, all four locales for localized fields, references that
 * point at existing seed files. Values themselves (amounts, dates, budgets) are left to the CMS's
 * validation, which runs inside the seed's transaction.
 */
export function validateSeedFiles(config: SanitizedConfig, files: SeedFile[]): SeedProblem[] {
  const problems: SeedProblem[] = []
  const keys = new Set(files.filter((f) => f.kind === 'collection').map((f) => `${f.slug}/${f.key}`))
  for (const file of files) {
    const report = (message: string, path?: string) => problems.push({ file: file.file, path, message })
    const fields = fieldsOf(config, file)
    if (!fields) {
      report(`"${file.slug}" is not a ${file.kind} of the CMS`)
      continue
    }
    if (file.kind === 'collection' && !SLUG_PATTERN.test(file.key)) {
      report('the file name must be lowercase words joined by hyphens (it is the document key)')
    }
    if (!isLocaleCode(file.sourceLocale)) report(`must be one of ${localeCodes.join(', ')}`, 'sourceLocale')
    if (file.kind === 'collection' && file.status !== 'published' && file.status !== 'draft') {
      report('must be "published" or "draft"', 'status')
    }
    if (file.kind === 'global' && file.status !== undefined) report('a global has no status', 'status')
    if (!isPlainObject(file.data)) {
      report('data must be a mapping of field names to values', 'data')
      continue
    }
    checkFields(fields, file.data, '', false, { report, keys })
  }
  return problems
}

interface CheckContext {
  report: (message: string, path?: string) => void
  keys: Set<string>
}

function checkFields(
  fields: FlattenedField[],
  data: Record<string, unknown>,
  prefix: string,
  insideLocalized: boolean,
  ctx: CheckContext,
): void {
  for (const [name, value] of Object.entries(data)) {
    const path = `${prefix}${name}`
    const field = fields.find((f) => 'name' in f && f.name === name)
    if (!field || reservedFields.has(name)) {
      ctx.report(reservedFields.has(name) ? 'is set by the seed itself' : 'is not a field of this collection', path)
      continue
    }
    if (field.type === 'join') {
      ctx.report('is computed from the other side of the relationship; set it there', path)
      continue
    }
    if (field.localized && !insideLocalized) {
      if (!isPlainObject(value)) {
        ctx.report(`is localized: give a mapping with ${localeCodes.join(', ')}`, path)
        continue
      }
      const given = Object.keys(value)
      for (const extra of given.filter((k) => !isLocaleCode(k)))
        ctx.report(`"${extra}" is not a locale`, `${path}.${extra}`)
      for (const missing of localeCodes.filter((l) => !given.includes(l))) ctx.report(`has no ${missing} text`, path)
      for (const locale of given.filter(isLocaleCode)) checkValue(field, value[locale], `${path}.${locale}`, true, ctx)
    } else {
      checkValue(field, value, path, insideLocalized, ctx)
    }
  }
}

function checkValue(
  field: FlattenedField,
  value: unknown,
  path: string,
  insideLocalized: boolean,
  ctx: CheckContext,
): void {
  switch (field.type) {
    case 'array': {
      if (!Array.isArray(value)) {
        ctx.report('must be a list of rows', path)
        break
      }
      for (const [i, row] of value.entries()) {
        if (isPlainObject(row)) checkFields(field.flattenedFields, row, `${path}[${i}].`, insideLocalized, ctx)
        else ctx.report('must be a mapping of fields', `${path}[${i}]`)
      }
      break
    }
    case 'group':
    case 'tab': {
      if (isPlainObject(value)) checkFields(field.flattenedFields, value, `${path}.`, insideLocalized, ctx)
      else ctx.report('must be a mapping of fields', path)
      break
    }
    case 'relationship':
    case 'upload': {
      if (typeof field.relationTo !== 'string') {
        ctx.report('polymorphic relationships cannot be seeded', path)
        break
      }
      const refs = field.hasMany ? value : [value]
      if (!Array.isArray(refs)) {
        ctx.report('must be a list of document keys', path)
        break
      }
      for (const ref of refs) {
        if (typeof ref !== 'string') ctx.report('must be a document key', path)
        else if (!ctx.keys.has(`${field.relationTo}/${ref}`)) {
          ctx.report(`refers to "${ref}", but there is no content-seed/${field.relationTo}/${ref}.yaml`, path)
        }
      }
      break
    }
    case 'richText':
      if (typeof value !== 'string') ctx.report('rich text is written as Markdown text', path)
      break
    default:
      break
  }
}

/** True for a plain `{...}` object. */
export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
