import type { Field } from 'payload'

/** A relationship or upload field somewhere in a collection, by its query path ("partners.organization"). */
export interface RelationshipPath {
  /** Dotted path as Payload queries it: array rows and groups by name, rows and collapsibles left out. */
  path: string
  relationTo: string[]
  /** Polymorphic: its values are `{ relationTo, value }`. */
  polymorphic: boolean
}

/** One document a saved document points at, and where (a field path with row numbers: "partners.1.organization"). */
export interface Reference {
  path: string
  relationTo: string
  id: number | string
}

type Data = Record<string, unknown> | null | undefined

/** A field that holds data, with its dotted path as Payload queries it ("partners.organization"). */
export interface DataField {
  field: Field & { name: string }
  path: string
}

/**
 * Every field of a collection that holds data, found by walking its field config: array rows, groups,
 * named tabs and blocks by name; rows, collapsibles and unnamed tabs and groups left out of the path.
 */
export function dataFields(fields: Field[], prefix = ''): DataField[] {
  return fields.flatMap((field): DataField[] => {
    const named =
      'name' in field && field.name ? [{ field: field as DataField['field'], path: `${prefix}${field.name}` }] : []
    switch (field.type) {
      case 'array':
      case 'group':
        return [...named, ...dataFields(field.fields, named.length ? `${named[0].path}.` : prefix)]
      case 'row':
      case 'collapsible':
        return dataFields(field.fields, prefix)
      case 'tabs':
        return field.tabs.flatMap((tab) =>
          dataFields(tab.fields, 'name' in tab && tab.name ? `${prefix}${tab.name}.` : prefix),
        )
      case 'blocks':
        return [
          ...named,
          ...(field.blocks ?? []).flatMap((block) => dataFields(block.fields, `${prefix}${field.name}.`)),
        ]
      default:
        return named
    }
  })
}

/** Every relationship and upload field of a collection, found by walking its field config. */
export function relationshipPaths(fields: Field[], prefix = ''): RelationshipPath[] {
  return dataFields(fields, prefix).flatMap(({ field, path }): RelationshipPath[] => {
    if (field.type !== 'relationship' && field.type !== 'upload') return []
    const relationTo = Array.isArray(field.relationTo) ? field.relationTo : [field.relationTo]
    return [{ path, relationTo, polymorphic: Array.isArray(field.relationTo) }]
  })
}

/**
 * The documents a document refers to through its relationship and upload fields. With `original`, a
 * field missing from `data` keeps the original's value, as Payload merges a partial update (array rows
 * by their id), so this is what the save will store.
 */
export function referencesOf(fields: Field[], data: Data, original?: Data, prefix = ''): Reference[] {
  const value = (name: string) => (data && data[name] !== undefined ? data[name] : original?.[name])
  return fields.flatMap((field): Reference[] => {
    switch (field.type) {
      case 'relationship':
      case 'upload':
        return idsIn(value(field.name), field.relationTo).map((r) => ({ path: `${prefix}${field.name}`, ...r }))
      case 'array':
        return rowsOf(value(field.name), original?.[field.name]).flatMap(([row, before], i) =>
          referencesOf(field.fields, row, before, `${prefix}${field.name}.${i}.`),
        )
      case 'blocks':
        return rowsOf(value(field.name), original?.[field.name]).flatMap(([row, before], i) => {
          const block = (field.blocks ?? []).find((b) => b.slug === row?.blockType)
          return block ? referencesOf(block.fields, row, before, `${prefix}${field.name}.${i}.`) : []
        })
      case 'group':
        return 'name' in field && field.name
          ? referencesOf(
              field.fields,
              value(field.name) as Data,
              original?.[field.name] as Data,
              `${prefix}${field.name}.`,
            )
          : referencesOf(field.fields, data, original, prefix)
      case 'row':
      case 'collapsible':
        return referencesOf(field.fields, data, original, prefix)
      case 'tabs':
        return field.tabs.flatMap((tab) =>
          'name' in tab && tab.name
            ? referencesOf(tab.fields, value(tab.name) as Data, original?.[tab.name] as Data, `${prefix}${tab.name}.`)
            : referencesOf(tab.fields, data, original, prefix),
        )
      default:
        return []
    }
  })
}

/** Array or block rows, each with the original row of the same id (which fills what the new row leaves out). */
function rowsOf(rows: unknown, originalRows: unknown): [Data, Data][] {
  if (!Array.isArray(rows)) return []
  const before = Array.isArray(originalRows) ? (originalRows as Record<string, unknown>[]) : []
  return rows.map((row: Data) => [row, row?.id === undefined ? undefined : before.find((b) => b?.id === row.id)])
}

const isId = (v: unknown): v is number | string => typeof v === 'number' || (typeof v === 'string' && v !== '')

/**
 * The ids in a relationship value: an id, a populated document, `{ relationTo, value }` (polymorphic),
 * a list of those (hasMany), or all of them per locale (a localized field read with locale "all").
 */
function idsIn(value: unknown, relationTo: string | string[]): { relationTo: string; id: number | string }[] {
  if (value === null || value === undefined) return []
  if (Array.isArray(value)) return value.flatMap((v) => idsIn(v, relationTo))
  if (isId(value)) return Array.isArray(relationTo) ? [] : [{ relationTo, id: value }]
  if (typeof value !== 'object') return []
  const object = value as Record<string, unknown>
  if (Array.isArray(relationTo)) {
    if (typeof object.relationTo === 'string' && 'value' in object) {
      const inner = object.value
      const id = isId(inner) ? inner : (inner as Record<string, unknown> | null)?.id
      return isId(id) ? [{ relationTo: object.relationTo, id }] : []
    }
  } else if (isId(object.id)) {
    return [{ relationTo, id: object.id }]
  }
  // a value per locale
  return Object.values(object).flatMap((v) => idsIn(v, relationTo))
}
