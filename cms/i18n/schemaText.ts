import type { CollectionConfig, Field, GlobalConfig, Option } from 'payload'
import { type adminLanguages, type InAdminLanguages, isAdminLanguage } from './adminLanguages'
import { schemaTextIt } from './schema/it'
import { schemaTextLt } from './schema/lt'
import { schemaTextPl } from './schema/pl'

/**
 * The admin's words for the content model — collection and global names, admin groups, field labels,
 * descriptions, placeholders, array row names and option labels — in every admin language.
 *
 * The collection files are written in English, as Payload configs usually are. This module turns each
 * English string into a record with every admin language (what Payload shows in the user's interface
 * language), looking its translation up in cms/i18n/schema/<language>.ts, which is keyed by the English
 * text itself (the way gettext keys by the source message). A field without a label is labelled by its
 * name in sentence case ("foundedOn" → "Founded on"). An English string without a translation stops the
 * CMS from starting, naming the string, so a new field cannot reach a translator in English.
 */
const catalogues: Record<Exclude<(typeof adminLanguages)[number], 'en'>, Readonly<Record<string, string>>> = {
  pl: schemaTextPl,
  it: schemaTextIt,
  lt: schemaTextLt,
}

/** An English schema string in every admin language; throws when a catalogue lacks it. */
export function inAdminLanguages(english: string): InAdminLanguages {
  const missing = (['pl', 'it', 'lt'] as const).filter((language) => !catalogues[language][english])
  if (missing.length > 0) {
    throw new Error(
      `cms/i18n/schema: "${english}" has no translation in ${missing.join(', ')}; add it to cms/i18n/schema/<language>.ts`,
    )
  }
  return { en: english, pl: catalogues.pl[english], it: catalogues.it[english], lt: catalogues.lt[english] }
}

/** An English schema string in one admin language (English for a language the admin does not speak). */
export function inAdminLanguage(english: string, language: string): string {
  return isAdminLanguage(language) ? inAdminLanguages(english)[language] : english
}

/** A collection with all its admin text in every admin language. */
export function collectionInAdminLanguages(
  collection: CollectionConfig,
  text: (english: string) => unknown = inAdminLanguages,
): CollectionConfig {
  const { labels, admin } = collection
  if (!labels?.singular || !labels.plural)
    throw new Error(`collection ${collection.slug}: give labels.singular and labels.plural`)
  return {
    ...collection,
    labels: { singular: translated(labels.singular, text), plural: translated(labels.plural, text) } as never,
    admin: admin && {
      ...admin,
      group: translated(admin.group, text) as never,
      description: translated(admin.description, text) as never,
    },
    fields: fieldsInAdminLanguages(collection.fields, text),
  }
}

/** A global with all its admin text in every admin language. */
export function globalInAdminLanguages(
  global: GlobalConfig,
  text: (english: string) => unknown = inAdminLanguages,
): GlobalConfig {
  if (!global.label) throw new Error(`global ${global.slug}: give it a label`)
  return {
    ...global,
    label: translated(global.label, text) as never,
    admin: global.admin && {
      ...global.admin,
      group: translated(global.admin.group, text) as never,
      description: translated(global.admin.description, text) as never,
    },
    fields: fieldsInAdminLanguages(global.fields, text),
  }
}

/** Fields (at any depth) with their labels, descriptions, placeholders, row names and options translated. */
export function fieldsInAdminLanguages(
  fields: Field[],
  text: (english: string) => unknown = inAdminLanguages,
): Field[] {
  return fields.map((field) => fieldInAdminLanguages(field, text))
}

function fieldInAdminLanguages(field: Field, text: (english: string) => unknown): Field {
  const out: Record<string, unknown> = { ...field }
  const admin = (field.admin ?? {}) as Record<string, unknown>
  const shown = !admin.hidden && field.type !== 'ui'
  const own = (field as { label?: unknown }).label
  if (shown && field.type !== 'row' && field.type !== 'tabs' && own !== false) {
    const english = own ?? ('name' in field ? sentenceCase(field.name) : undefined)
    if (english !== undefined) out.label = translated(english, text)
  }
  if (field.admin) {
    out.admin = {
      ...admin,
      description: translated(admin.description as never, text),
      placeholder: translated(admin.placeholder as never, text),
    }
  }
  if (field.type === 'array' && shown) {
    if (!field.labels?.singular || !field.labels.plural)
      throw new Error(`array field ${field.name}: give labels.singular and labels.plural`)
    out.labels = { singular: translated(field.labels.singular, text), plural: translated(field.labels.plural, text) }
  }
  if ((field.type === 'select' || field.type === 'radio') && shown) {
    out.options = field.options.map((option: Option) => {
      if (typeof option === 'string') throw new Error(`option "${option}" of ${field.name}: give it a label`)
      return { ...option, label: translated(option.label as never, text) }
    })
  }
  if ('fields' in field && Array.isArray(field.fields)) out.fields = fieldsInAdminLanguages(field.fields, text)
  if (field.type === 'tabs') {
    out.tabs = field.tabs.map((tab) => ({
      ...tab,
      label: translated(tab.label as never, text),
      fields: fieldsInAdminLanguages(tab.fields, text),
    }))
  }
  return out as Field
}

/** A string becomes its record; anything else (a record already, a function, nothing) stays as it is. */
function translated<T>(value: T, text: (english: string) => unknown): T | unknown {
  return typeof value === 'string' ? text(value) : value
}

/** "foundedOn" → "Founded on": how a field without a label of its own is named. */
export function sentenceCase(name: string): string {
  const words = name.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase()
  return words.charAt(0).toUpperCase() + words.slice(1)
}
