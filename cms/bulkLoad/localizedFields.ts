import type { Field, FlattenedField } from 'payload'

/** A collection's fields that hold text in a locale, as Payload's field traversals take them. */
export interface LocalizedFields {
  /** The collection's fields, only those that are localized or hold localized fields (layout kept). */
  fields: Field[]
  /** Their names at the top of a document's data. */
  names: string[]
}

const known = new WeakMap<Field[], LocalizedFields>()

/**
 * The part of a collection's fields a save in a further locale changes: every localized field, and every
 * field that holds one (an array whose rows have localized text is kept whole); rows and collapsibles
 * keep only such fields. Everything else is the same in every locale of one document.
 */
export function localizedFields(config: { fields: Field[]; flattenedFields: FlattenedField[] }): LocalizedFields {
  let found = known.get(config.fields)
  if (!found) {
    found = {
      fields: keepLocalized(config.fields),
      names: config.flattenedFields.filter(holdsLocalized).map((field) => field.name),
    }
    known.set(config.fields, found)
  }
  return found
}

function holdsLocalized(field: Field | FlattenedField): boolean {
  if ('localized' in field && field.localized) return true
  if ('fields' in field && field.fields.some(holdsLocalized)) return true
  if (field.type === 'tabs')
    return field.tabs.some((tab) => ('localized' in tab && tab.localized) || tab.fields.some(holdsLocalized))
  if (field.type === 'blocks') {
    return field.blocks.some((block) => typeof block !== 'string' && block.fields.some(holdsLocalized))
  }
  return false
}

function keepLocalized(fields: Field[]): Field[] {
  return fields.flatMap((field): Field[] => {
    if (!holdsLocalized(field)) return []
    if (field.type === 'row' || field.type === 'collapsible') return [{ ...field, fields: keepLocalized(field.fields) }]
    if (field.type === 'tabs') {
      const tabs = field.tabs
        .filter((tab) => ('localized' in tab && tab.localized) || tab.fields.some(holdsLocalized))
        .map((tab) => ('name' in tab && tab.name ? tab : { ...tab, fields: keepLocalized(tab.fields) }))
      return [{ ...field, tabs }]
    }
    return [field]
  })
}
