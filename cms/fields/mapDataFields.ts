import type { Block, Field } from 'payload'

/** A field that stores a value of its own (not a layout field, a join or a `ui` field). */
export type DataField = Extract<Field, { name: string }>

/**
 * Returns `fields` with `change` applied to every field that stores data, at any depth: inside rows,
 * collapsibles and tabs, and arrays and blocks (after the fields inside were changed), and inside groups.
 * Never mutates: field objects such as the summary and body fields are shared by several collections.
 */
export function mapDataFields(fields: Field[], change: (field: DataField) => DataField): Field[] {
  return fields.map((field): Field => {
    switch (field.type) {
      case 'row':
      case 'collapsible':
        return { ...field, fields: mapDataFields(field.fields, change) }
      case 'tabs':
        return { ...field, tabs: field.tabs.map((tab) => ({ ...tab, fields: mapDataFields(tab.fields, change) })) }
      case 'group':
        // a group's value is only its fields' values; it has nothing to change of its own
        return { ...field, fields: mapDataFields(field.fields, change) }
      case 'array':
        return change({ ...field, fields: mapDataFields(field.fields, change) })
      case 'blocks':
        return change({
          ...field,
          blocks: field.blocks.map((block): Block => ({ ...block, fields: mapDataFields(block.fields, change) })),
        })
      case 'ui':
      case 'join':
        return field
      default:
        return 'virtual' in field && field.virtual ? field : change(field)
    }
  })
}
