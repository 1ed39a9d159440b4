import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { Field, SanitizedCollectionConfig, SanitizedGlobalConfig } from 'payload'
import { describe, expect, it } from 'vitest'
import { adminLanguages } from '../../cms/i18n/adminLanguages'
import { type MessageKey, messages, translate } from '../../cms/i18n/messages'
import { isPlural, type Plural } from '../../cms/i18n/plural'
import { schemaTextIt } from '../../cms/i18n/schema/it'
import { schemaTextLt } from '../../cms/i18n/schema/lt'
import { schemaTextPl } from '../../cms/i18n/schema/pl'
import { collectionInAdminLanguages, globalInAdminLanguages } from '../../cms/i18n/schemaText'

/** Where a piece of admin text sits, and the text: a string, a record of languages, or nothing. */
type Found = { where: string; text: unknown }

/** Every label, description, placeholder, row name and option label a person can see in the admin. */
function adminTextOf(fields: Field[], where: string, out: Found[]): void {
  for (const field of fields) {
    const name = 'name' in field ? field.name : `(${field.type})`
    const at = `${where}.${name}`
    const admin = (field.admin ?? {}) as {
      hidden?: boolean
      disabled?: boolean
      description?: unknown
      placeholder?: unknown
    }
    // hidden from the admin (`admin.hidden`, `admin.disabled`), or from every API too (Payload's auth fields)
    if (admin.hidden || admin.disabled || (field as { hidden?: boolean }).hidden) continue
    if (
      field.type !== 'row' &&
      field.type !== 'tabs' &&
      field.type !== 'ui' &&
      'label' in field &&
      field.label !== false
    ) {
      out.push({ where: `${at} label`, text: field.label })
    }
    if (admin.description !== undefined) out.push({ where: `${at} description`, text: admin.description })
    if (admin.placeholder !== undefined) out.push({ where: `${at} placeholder`, text: admin.placeholder })
    if (field.type === 'array') {
      out.push({ where: `${at} row (singular)`, text: field.labels?.singular })
      out.push({ where: `${at} rows (plural)`, text: field.labels?.plural })
    }
    if (field.type === 'select' || field.type === 'radio') {
      for (const option of field.options) {
        const value = typeof option === 'string' ? option : option.value
        out.push({ where: `${at} option ${value}`, text: typeof option === 'string' ? option : option.label })
      }
    }
    if ('fields' in field && Array.isArray(field.fields)) adminTextOf(field.fields, at, out)
    if (field.type === 'tabs') for (const tab of field.tabs) adminTextOf(tab.fields, at, out)
  }
}

const inEveryLanguage = (text: unknown) =>
  typeof text === 'object' &&
  text !== null &&
  adminLanguages.every(
    (language) =>
      typeof (text as Record<string, unknown>)[language] === 'string' &&
      (text as Record<string, string>)[language].trim() !== '',
  )

/** The `{{names}}` of a message, each once, sorted (a translation may name one twice). */
const placeholders = (text: string) => [...new Set([...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]))].sort()

/** Every message of a catalogue by its dotted key. */
function flatten(catalogue: unknown, prefix = ''): Map<string, string | Plural> {
  const out = new Map<string, string | Plural>()
  for (const [key, value] of Object.entries(catalogue as Record<string, unknown>)) {
    if (typeof value === 'string' || isPlural(value)) out.set(`${prefix}${key}`, value)
    else for (const [k, v] of flatten(value, `${prefix}${key}.`)) out.set(k, v)
  }
  return out
}

describe('the admin in every admin language', () => {
  it('gives every label, description, placeholder, row name and option of our collections and globals all four languages', async () => {
    process.env.DATABASE_URL = `file:${path.join(mkdtempSync(path.join(tmpdir(), 'cms-i18n-')), 'unused.db')}`
    const { default: built } = await import('../../cms/payload.config')
    const config = await built
    const ours = (slug: string) => !slug.startsWith('payload-')
    const found: Found[] = []
    for (const collection of config.collections.filter((c) => ours(c.slug)) as SanitizedCollectionConfig[]) {
      found.push({ where: `${collection.slug} singular`, text: collection.labels.singular })
      found.push({ where: `${collection.slug} plural`, text: collection.labels.plural })
      if (collection.admin.group) found.push({ where: `${collection.slug} group`, text: collection.admin.group })
      if (collection.admin.description)
        found.push({ where: `${collection.slug} description`, text: collection.admin.description })
      // Payload's own fields (created/updated dates, the e-mail of a user, a media file's data) are
      // named by Payload's translations; ours are the ones a collection file declares
      const own = collection.fields.filter(
        (f) => !('name' in f) || !['createdAt', 'updatedAt', '_status', 'email'].includes(f.name),
      )
      adminTextOf(own, collection.slug, found)
    }
    for (const global of config.globals as SanitizedGlobalConfig[]) {
      found.push({ where: `${global.slug} label`, text: global.label })
      adminTextOf(
        global.fields.filter((f) => !('name' in f) || !['createdAt', 'updatedAt'].includes(f.name)),
        global.slug,
        found,
      )
    }
    expect(found.length).toBeGreaterThan(300)
    const untranslated = found
      .filter((f) => !inEveryLanguage(f.text))
      .map((f) => `${f.where}: ${JSON.stringify(f.text)}`)
    expect(untranslated).toEqual([])
    // loading the whole CMS config is seconds of CPU: minutes on a busy machine
  }, 180_000)

  it('keeps no catalogue entry that the schema no longer uses (a renamed label leaves none behind)', async () => {
    const { portalCollections } = await import('../../cms/collections')
    const { SiteSettings } = await import('../../cms/globals/SiteSettings')
    const used = new Set<string>()
    const collect = (english: string) => used.add(english) && english
    for (const collection of portalCollections) {
      collectionInAdminLanguages(collection, collect)
    }
    globalInAdminLanguages(SiteSettings, collect)
    expect(used.size).toBeGreaterThan(150)
    for (const [language, catalogue] of Object.entries({ pl: schemaTextPl, it: schemaTextIt, lt: schemaTextLt })) {
      expect({ language, unused: Object.keys(catalogue).filter((english) => !used.has(english)) }).toEqual({
        language,
        unused: [],
      })
      expect({ language, missing: [...used].filter((english) => !catalogue[english]) }).toEqual({
        language,
        missing: [],
      })
    }
  }, 60_000)

  it('gives every message the placeholders of the English one, and the plural forms its language needs', () => {
    const english = flatten(messages.en)
    const problems: string[] = []
    for (const language of adminLanguages) {
      const catalogue = flatten(messages[language])
      expect([...catalogue.keys()].sort()).toEqual([...english.keys()].sort())
      const categories = new Intl.PluralRules(language).resolvedOptions().pluralCategories
      for (const [key, source] of english) {
        const message = catalogue.get(key)
        const forms = isPlural(message) ? Object.values(message) : [message as string]
        const wanted = placeholders(isPlural(source) ? source.other : source)
        for (const form of forms) {
          if (JSON.stringify(placeholders(form as string)) !== JSON.stringify(wanted)) {
            problems.push(
              `${language} ${key}: ${JSON.stringify(form)} has {{${placeholders(form as string)}}}, English {{${wanted}}}`,
            )
          }
        }
        if (isPlural(source) && isPlural(message)) {
          const lacking = categories.filter((c) => c !== 'many' && c !== 'other' && !(c in message))
          if (lacking.length > 0) problems.push(`${language} ${key}: no ${lacking.join(', ')} form`)
        }
        if (isPlural(source) !== isPlural(message)) problems.push(`${language} ${key}: plural in one language only`)
      }
    }
    expect(problems).toEqual([])
  })

  it("picks a message's plural form by the language's own rule", () => {
    const key: MessageKey = 'translations.needsWork'
    expect(translate({ language: 'en' }, key, { count: 1 })).toBe('1 needs work')
    expect(translate({ language: 'en' }, key, { count: 1200 })).toBe('1,200 need work')
    // Polish: 2–4 and 22–24 take one form, 5–21 another; Lithuanian: 1 and 21 the singular, 10–20 the genitive
    const pl = (count: number) => translate({ language: 'pl' }, key, { count })
    expect(new Set([pl(2), pl(22)].map((t) => t.replace(/\d+/, '#'))).size).toBe(1)
    expect(pl(5).replace(/\d+/, '#')).not.toBe(pl(2).replace(/\d+/, '#'))
    const lt = (count: number) => translate({ language: 'lt' }, 'dashboard.sitePages', { count })
    expect(lt(21).replace(/\d+/, '#')).toBe(lt(1).replace(/\d+/, '#'))
    expect(lt(12).replace(/\d+/, '#')).not.toBe(lt(2).replace(/\d+/, '#'))
  })

  it('answers a language the admin does not speak in English', () => {
    expect(translate({ language: 'de' }, 'translator.cannotDelete')).toBe(
      'Translators and reviewers cannot delete documents.',
    )
  })
})
