/**
 * The content model (shared/contentTypes) says what the site reads of each collection; the Payload
 * collections say what is stored. These tests keep the two from drifting apart: a reference or a
 * localized field added to a collection and not to its model (or the other way) fails here.
 */
import type { Field } from 'payload'
import { describe, expect, it } from 'vitest'
import { contentCollections } from '../../cms/collections'
import { dataFields, relationshipPaths } from '../../cms/lib/relationships'
import { contentSlugs, contentType, typeReferences } from '../../shared/contentTypes'
import { sharedLocalizedFields } from '../../shared/contentTypes/contentType'
import { termNames } from '../../shared/terms'

/** Dotted paths of the fields stored per locale, as the model lists them ("stops.name"). */
const localizedPaths = (fields: Field[]) =>
  dataFields(fields)
    .filter(({ field }) => 'localized' in field && field.localized)
    .map(({ path }) => path)

/**
 * The translation workflow's fields, which every collection shares: they are the admin's vocabulary, not
 * the content's (and a source locale is named in its own language: Polski, Lietuvių).
 */
const isWorkflowField = (path: string) => /^(sourceLocale|translation\.|translationRequest)/.test(path)

describe('the content model', () => {
  it('has one Payload collection per content type, under the same slug', () => {
    expect(Object.keys(contentCollections).sort()).toEqual([...contentSlugs].sort())
    for (const slug of contentSlugs) expect(contentCollections[slug].slug).toBe(slug)
  })

  it.each(contentSlugs)('gives %s the title field Payload titles its documents with', (slug) => {
    const collection = contentCollections[slug]
    expect(collection.admin?.useAsTitle).toBe(contentType(slug).titleField)
    expect(localizedPaths(collection.fields)).toContain(contentType(slug).titleField)
  })

  it.each(contentSlugs)('lists every reference %s stores, into the collection it stores', (slug) => {
    const stored = relationshipPaths(contentCollections[slug].fields)
      // who saved a document last is for editors, not for pages
      .filter((r) => r.path !== 'updatedBy')
      .map((r) => [r.path, r.relationTo.join('|')])
    const modelled = typeReferences(slug).map(([path, target]) => [path.replaceAll('[]', ''), target])
    expect(modelled.sort()).toEqual(stored.sort())
  })

  it.each(contentSlugs)('lists every field %s stores per locale', (slug) => {
    const stored = localizedPaths(contentCollections[slug].fields)
    const modelled = [...sharedLocalizedFields, ...contentType(slug).localizedFields]
    expect(modelled.sort()).toEqual(stored.sort())
  })

  it('gives every section a URL-safe path segment in every locale, unique within the locale', () => {
    for (const locale of ['pl', 'it', 'lt', 'en'] as const) {
      const segments = contentSlugs.map((slug) => contentType(slug).pathSegments[locale])
      for (const segment of segments) expect(segment).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/)
      expect(new Set(segments).size).toBe(segments.length)
    }
  })

  it.each(contentSlugs)('names every option of the fields of %s in all four locales', (slug) => {
    const selects = dataFields(contentCollections[slug].fields).flatMap(({ path, field }) =>
      field.type === 'select' && !isWorkflowField(path) ? [{ path, options: field.options }] : [],
    )
    for (const { path, options } of selects) {
      for (const option of options) {
        // plain strings are codes shown as they are (currencies: EUR, PLN)
        if (typeof option === 'string') continue
        expect(Object.keys(option.label as object).sort(), `${slug}.${path}: ${option.value}`).toEqual([
          'en',
          'it',
          'lt',
          'pl',
        ])
        for (const name of Object.values(option.label as object)) expect(name).toMatch(/\S/)
      }
    }
  })

  it('refuses a fixed value that has no name in some locale', () => {
    expect(termNames('role', 'partner')).toEqual({ pl: 'Partner', it: 'Partner', lt: 'Partneris', en: 'Partner' })
    expect(() => termNames('role', 'observer')).toThrow('"role.observer" has no name in pl, it, lt, en')
  })
})
