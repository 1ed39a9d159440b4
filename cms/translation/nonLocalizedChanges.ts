import type { Field } from 'payload'

/** Fields every write carries or the CMS maintains itself; they are not a person's change. */
const maintained = new Set([
  'id',
  'createdAt',
  'updatedAt',
  'deletedAt',
  '_status',
  'translation',
  'translationRequest',
])

/**
 * The paths of non-localized fields whose value in `data` differs from `original`. Only keys present in
 * `data` are compared (a partial PATCH names what it changes), and values are compared by meaning:
 * a relationship as an id or as a populated document, a number as 12 or "12", and null, "" and
 * undefined alike. Array rows are matched by their ids, so rows added, removed or reordered count as a
 * change of the array, while editing a localized field inside a row does not.
 */
export function nonLocalizedChanges(
  fields: Field[],
  data: Record<string, unknown>,
  original: Record<string, unknown>,
): string[] {
  const changes: string[] = []
  compareLevel(fields, data, original, '', changes)
  return changes
}

function compareLevel(
  fields: Field[],
  data: Record<string, unknown>,
  original: Record<string, unknown>,
  prefix: string,
  out: string[],
): void {
  for (const field of fields) {
    if (field.type === 'row' || field.type === 'collapsible') {
      compareLevel(field.fields, data, original, prefix, out)
      continue
    }
    if (field.type === 'tabs') {
      for (const tab of field.tabs) {
        if ('name' in tab && tab.name) {
          if (!tab.localized && tab.name in data)
            compareLevel(tab.fields, record(data[tab.name]), record(original[tab.name]), `${prefix}${tab.name}.`, out)
        } else compareLevel(tab.fields, data, original, prefix, out)
      }
      continue
    }
    if (!('name' in field) || !field.name || field.type === 'ui' || field.type === 'join') {
      if (field.type === 'group') compareLevel(field.fields, data, original, prefix, out)
      continue
    }
    const name = field.name
    if (!(name in data) || maintained.has(name) || ('localized' in field && field.localized) || field.virtual) continue
    const path = `${prefix}${name}`
    if (field.type === 'group') {
      compareLevel(field.fields, record(data[name]), record(original[name]), `${path}.`, out)
    } else if (field.type === 'array' || field.type === 'blocks') {
      const rows = list(data[name])
      const before = list(original[name])
      const ids = (xs: Record<string, unknown>[]) =>
        xs.map((row) => `${String(row.id ?? '')}/${String(row.blockType ?? '')}`)
      if (JSON.stringify(ids(rows)) !== JSON.stringify(ids(before))) {
        out.push(`${path} (rows added, removed or moved)`)
        continue
      }
      rows.forEach((row, index) => {
        const rowFields =
          field.type === 'array' ? field.fields : (field.blocks.find((b) => b.slug === row.blockType)?.fields ?? [])
        compareLevel(rowFields, row, before[index], `${path}.${index + 1}.`, out)
      })
    } else if (canonical(data[name]) !== canonical(original[name])) {
      out.push(path)
    }
  }
}

/** A comparable form of a stored value. */
function canonical(value: unknown): string {
  return JSON.stringify(normalize(value))
}

function normalize(value: unknown): unknown {
  if (value === null || value === undefined || value === '') return null
  if (Array.isArray(value)) return value.length === 0 ? null : value.map(normalize)
  if (value instanceof Date) return value.toISOString()
  if (typeof value === 'number' || typeof value === 'bigint') return String(value)
  if (typeof value === 'object') {
    const object = value as Record<string, unknown>
    // a polymorphic relationship, populated or not
    if ('relationTo' in object && 'value' in object)
      return `${String(object.relationTo)}:${String(normalize(object.value))}`
    // a populated relationship or upload
    if ('id' in object && ('createdAt' in object || 'updatedAt' in object)) return String(object.id)
    return Object.fromEntries(
      Object.keys(object)
        .sort()
        .map((key) => [key, normalize(object[key])]),
    )
  }
  return value
}

function record(value: unknown): Record<string, unknown> {
  return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {}
}

function list(value: unknown): Record<string, unknown>[] {
  return Array.isArray(value) ? value.map(record) : []
}
