import type { FlattenedField } from 'payload'
import { validOperators } from 'payload/shared'
import { isLocaleCode } from '../locales'

/**
 * What a read or write asks the database for, before the database sees it: the filter (`where`), the
 * page, the page size, the depth, the sort order and the document id. Payload checks that filter paths
 * exist, but passes their values to SQL as they come, so a filter value of the wrong shape or type
 * (`where[slug][equals][$ne]=1`, a date that is not a date, a word where an id belongs) or a page past
 * any offset the database can count to ended as a 500 with the failed SQL in the log. These checks
 * name the parameter and what is wrong with it instead.
 */
export interface QueryArgs {
  /** The document id as the client wrote it. */
  id?: unknown
  where?: unknown
  page?: unknown
  limit?: unknown
  depth?: unknown
  sort?: unknown
}

/** What the checks need to know about the collection and the database. */
export interface QueryContext {
  /** The collection's slug, for messages. */
  collection: string
  fields: FlattenedField[]
  /** The fields of a related collection, to follow a path through a relationship. */
  fieldsOf(collection: string): FlattenedField[] | undefined
  /** `number` on SQL databases (ids are whole numbers), `text` on MongoDB. */
  idType: 'number' | 'text'
  /** The largest id the database's id column can hold. */
  maxId: number
  /** The deepest relationship population the API does (Payload's `maxDepth`). */
  maxDepth: number
}

/** A refusal: the status to answer with and every problem found, each naming its parameter. */
export interface QueryRefusal {
  status: 400 | 404
  problems: string[]
}

const operators: readonly string[] = validOperators
const oneValue = new Set(['equals', 'not_equals', 'greater_than', 'greater_than_equal', 'less_than', 'less_than_equal'])
const textMatch = new Set(['like', 'not_like'])
const listOperators = new Set(['in', 'not_in', 'all'])
const geographic = new Set(['near', 'within', 'intersects'])
/** Fields of a collection's versions table besides the document's own (`version.*`). */
const versionFields = new Set(['parent', 'latest', 'autosave', 'snapshot', 'publishedLocale'])

type Resolved = FlattenedField | 'id' | 'unknown'

/** Returns why the database should not be asked this, or undefined when it may be. */
export function queryRefusal(args: QueryArgs, ctx: QueryContext): QueryRefusal | undefined {
  if (args.id !== undefined && args.id !== null) {
    const idProblem = checkId(args.id, ctx)
    if (idProblem) return idProblem
  }
  const problems: string[] = []
  if (args.where !== undefined && args.where !== null) checkWhere(args.where, 'where', ctx.fields, ctx, problems)
  checkPaging(args, ctx, problems)
  if (args.sort !== undefined && args.sort !== null && args.sort !== '') checkSort(args.sort, ctx, problems)
  return problems.length > 0 ? { status: 400, problems } : undefined
}

function checkId(id: unknown, ctx: QueryContext): QueryRefusal | undefined {
  if (ctx.idType !== 'number') return undefined
  if (!isWholeNumber(id)) {
    return { status: 400, problems: [`id: ${show(id)} is not an id; ${ctx.collection} ids are whole numbers.`] }
  }
  // a well-formed id that no row can have: the document does not exist
  if (Number(id) < 1 || Number(id) > ctx.maxId)
    return { status: 404, problems: [`No ${ctx.collection} document has the id ${id}.`] }
  return undefined
}

function checkWhere(where: unknown, at: string, fields: FlattenedField[], ctx: QueryContext, problems: string[]): void {
  if (!isPlainObject(where)) {
    problems.push(`${at}: expected conditions like ${at}[field][equals]=value, got ${show(where)}.`)
    return
  }
  for (const [key, condition] of Object.entries(where)) {
    const here = `${at}[${key}]`
    if (key === 'and' || key === 'or') {
      const list = asList(condition)
      if (!list) problems.push(`${here}: expected a list of conditions, like ${here}[0][field][equals]=value.`)
      else for (const [i, each] of list.entries()) checkWhere(each, `${here}[${i}]`, fields, ctx, problems)
      continue
    }
    if (!isPlainObject(condition)) {
      problems.push(`${here}: expected an operator, like ${here}[equals]=value; got ${show(condition)}.`)
      continue
    }
    const field = resolvePath(key, fields, ctx)
    for (const [operator, operand] of Object.entries(condition)) {
      checkCondition(`${here}[${operator}]`, key, operator, operand, field, ctx, problems)
    }
  }
}

function checkCondition(
  here: string,
  path: string,
  operator: string,
  operand: unknown,
  field: Resolved,
  ctx: QueryContext,
  problems: string[],
): void {
  if (!operators.includes(operator)) {
    problems.push(`${here}: "${operator}" is not an operator; use one of ${operators.join(', ')}.`)
    return
  }
  if (geographic.has(operator)) {
    if (field === 'unknown' || field === 'id' || field.type !== 'point')
      problems.push(`${here}: "${operator}" works on geographic point fields only, and ${path} is not one.`)
    return
  }
  if (operator === 'exists') {
    if (!isBooleanLike(operand)) problems.push(`${here}: expected true or false, got ${show(operand)}.`)
    return
  }
  if (operator === 'contains') {
    // an object is a nested filter on a related collection, which Payload checks itself
    if (!isScalar(operand) && !isPlainObject(operand))
      problems.push(`${here}: expected one value, got ${show(operand)}.`)
    return
  }
  if (textMatch.has(operator)) {
    if (!isScalar(operand)) problems.push(`${here}: expected one value, got ${show(operand)}.`)
    return
  }
  if (listOperators.has(operator)) {
    const list = typeof operand === 'string' ? operand.split(',') : asList(operand)
    if (!list) problems.push(`${here}: expected a list of values, like ${here}=a,b; got ${show(operand)}.`)
    else for (const [i, value] of list.entries()) checkValue(`${here}[${i}]`, path, value, field, ctx, problems)
    return
  }
  if (oneValue.has(operator)) checkValue(here, path, operand, field, ctx, problems)
}

/** Checks one value against the type of the field it is compared with. */
function checkValue(
  here: string,
  path: string,
  value: unknown,
  field: Resolved,
  ctx: QueryContext,
  problems: string[],
): void {
  if (!isScalar(value)) {
    problems.push(`${here}: expected one value, got ${show(value)}.`)
    return
  }
  if (value === null || value === 'null' || field === 'unknown') return
  const holdsIds =
    field === 'id' ||
    ((field.type === 'relationship' || field.type === 'upload') && typeof field.relationTo === 'string')
  if (holdsIds) {
    if (ctx.idType !== 'number') return
    if (!isWholeNumber(value)) problems.push(`${here}: ${show(value)} is not an id; ${path} holds whole-number ids.`)
    else if (Number(value) > ctx.maxId) problems.push(`${here}: ${value} is larger than any id (${ctx.maxId}).`)
    return
  }
  switch (field.type) {
    case 'number':
      if (value === '' || typeof value === 'boolean' || !Number.isFinite(Number(value)))
        problems.push(`${here}: ${show(value)} is not a number, and ${path} holds numbers.`)
      return
    case 'date':
      if (typeof value === 'boolean' || Number.isNaN(new Date(value).getTime()))
        problems.push(
          `${here}: ${show(value)} is not a date; use an ISO 8601 date like 2024-05-31 or 2024-05-31T12:00:00Z.`,
        )
      return
    case 'checkbox':
      if (!isBooleanLike(value)) problems.push(`${here}: expected true or false, got ${show(value)}.`)
      return
    case 'select':
    case 'radio': {
      const allowed = field.options.map((option) => (typeof option === 'string' ? option : option.value))
      if (!allowed.includes(String(value)))
        problems.push(`${here}: ${show(value)} is not one of the values of ${path}: ${allowed.join(', ')}.`)
      return
    }
  }
}

function checkPaging(args: QueryArgs, ctx: QueryContext, problems: string[]): void {
  const { page, limit, depth } = args
  if (page !== undefined && page !== null && !(isWholeNumber(page) && Number(page) >= 1 && isSafe(page)))
    problems.push(`page: expected a whole number from 1, got ${show(page)}.`)
  if (limit !== undefined && limit !== null && !(isWholeNumber(limit) && Number(limit) >= 0 && isSafe(limit)))
    problems.push(`limit: expected a whole number from 0 (0: no limit), got ${show(limit)}.`)
  else if (isWholeNumber(page) && isSafe(page) && !Number.isSafeInteger((Number(page) - 1) * Number(limit ?? 10)))
    problems.push(`page: ${page} pages of ${limit ?? 10} are more documents than a database can count.`)
  if (depth !== undefined && depth !== null && !(isWholeNumber(depth) && Number(depth) <= ctx.maxDepth))
    problems.push(`depth: expected a whole number from 0 to ${ctx.maxDepth}, got ${show(depth)}.`)
}

function checkSort(sort: unknown, ctx: QueryContext, problems: string[]): void {
  const entries = typeof sort === 'string' ? sort.split(',') : Array.isArray(sort) ? sort : [sort]
  for (const entry of entries) {
    if (typeof entry !== 'string') {
      problems.push(`sort: expected field names, like sort=-createdAt,title; got ${show(entry)}.`)
      continue
    }
    const path = entry.trim().replace(/^[-+]/, '')
    if (path === '') continue
    if (resolvePath(path, ctx.fields, ctx) === 'unknown' && !versionFields.has(path))
      problems.push(`sort: "${path}" is not a field of ${ctx.collection}.`)
  }
}

/**
 * Follows a filter or sort path (`name`, `name.en`, `translation.lt.status`, `coordinator.name`, a
 * versions query's `version.name`) to the field it ends on; 'unknown' when it does not end on one
 * that can be typed (Payload then checks the path itself).
 */
function resolvePath(path: string, fields: FlattenedField[], ctx: QueryContext): Resolved {
  const segments = path.split(/\.|__/)
  let current: FlattenedField[] | undefined = fields
  let found = 'unknown' as Resolved
  for (const [i, segment] of segments.entries()) {
    if (segment === 'id' || segment === '_id') return i === segments.length - 1 ? 'id' : 'unknown'
    const field: FlattenedField | undefined = current?.find((each) => each.name === segment)
    if (!field) {
      const isLocaleOfPrevious = found !== 'unknown' && found !== 'id' && found.localized && isLocaleCode(segment)
      const isVersionPrefix = i === 0 && segment === 'version'
      if (isLocaleOfPrevious || isVersionPrefix) continue
      return 'unknown'
    }
    found = field
    if ('flattenedFields' in field) current = field.flattenedFields
    else if ((field.type === 'relationship' || field.type === 'upload') && typeof field.relationTo === 'string')
      current = ctx.fieldsOf(field.relationTo)
    // a path on into JSON, rich text or blocks is Payload's own business
    else if (i < segments.length - 1) return 'unknown'
    else current = undefined
  }
  return found
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** A list as the query string parser gives it: an array, or an object keyed 0, 1, 2… past 20 items. */
function asList(value: unknown): unknown[] | undefined {
  if (Array.isArray(value)) return value
  if (isPlainObject(value) && Object.keys(value).length > 0 && Object.keys(value).every((k) => /^\d+$/.test(k)))
    return Object.values(value)
  return undefined
}

function isScalar(value: unknown): value is string | number | boolean | null {
  return value === null || ['string', 'number', 'boolean'].includes(typeof value)
}

function isBooleanLike(value: unknown): boolean {
  return value === true || value === false || value === 'true' || value === 'false'
}

function isWholeNumber(value: unknown): boolean {
  if (typeof value === 'number') return Number.isInteger(value) && value >= 0
  return typeof value === 'string' && /^\d+$/.test(value)
}

function isSafe(value: unknown): boolean {
  return Number.isSafeInteger(Number(value))
}

/** A value as it appears in a message: short, with its kind visible. */
function show(value: unknown): string {
  const text = typeof value === 'number' ? String(value) : (JSON.stringify(value) ?? String(value))
  const kind = Array.isArray(value) ? 'a list ' : isPlainObject(value) ? 'an object ' : ''
  return `${kind}${text.length > 60 ? `${text.slice(0, 57)}...` : text}`
}
