import type { Field, FieldAccess } from 'payload'
import type { AnyDocument } from '../lib/anyDocument'
import { worksInAssignedLocales } from '../lib/roles'

const notTranslator: FieldAccess<AnyDocument> = ({ req }) => !worksInAssignedLocales(req.user)

/**
 * Shows the fields every locale shares (budget, dates, relationships, source locale) read-only to
 * translators in the admin, so they are not invited to change what they may not. The server-side rule
 * is enforceTranslatorLimits, which refuses such a change with the field's name before field access
 * would quietly drop it; this only shapes the form. Localized fields, and the non-localized parts of
 * arrays whose rows hold localized text, stay as they are; virtual fields are left alone.
 */
export function sharedFieldsReadOnlyForTranslators(fields: Field[]): Field[] {
  return fields.map((field) => {
    if (field.type === 'row' || field.type === 'collapsible') {
      return { ...field, fields: sharedFieldsReadOnlyForTranslators(field.fields) }
    }
    if (field.type === 'tabs') {
      return {
        ...field,
        tabs: field.tabs.map((tab) =>
          'name' in tab && tab.name && tab.localized
            ? tab
            : { ...tab, fields: sharedFieldsReadOnlyForTranslators(tab.fields) },
        ),
      }
    }
    if (!('name' in field) || field.type === 'ui' || field.type === 'join') return field
    if (('localized' in field && field.localized) || field.virtual) return field
    if (field.type === 'group' || field.type === 'array') {
      return { ...field, fields: sharedFieldsReadOnlyForTranslators(field.fields) } as Field
    }
    if (field.type === 'blocks') return field
    return { ...field, access: { ...field.access, update: field.access?.update ?? notTranslator } } as Field
  })
}
