import { describe, expect, it } from 'vitest'
import type { LocaleCode } from '../../../cms/locales'
import type { LocaleMap } from '../../../shared/localized'
import { hasText, pick, resolveVariant } from '../../../site/src/i18n/fallback'

/** An isTranslated predicate for a document translated into exactly these locales. */
const translatedInto =
  (...locales: LocaleCode[]) =>
  (l: LocaleCode) =>
    locales.includes(l)

describe('hasText', () => {
  it('is true for a non-empty string in the locale', () => {
    expect(hasText({ pl: 'Klaster' }, 'pl')).toBe(true)
  })

  it('is false for a missing, null, empty or blank value', () => {
    const map: LocaleMap = { pl: '', it: '   \n', lt: null }
    expect(hasText(map, 'pl')).toBe(false)
    expect(hasText(map, 'it')).toBe(false)
    expect(hasText(map, 'lt')).toBe(false)
    expect(hasText(map, 'en')).toBe(false)
  })

  it('is false when there is no map at all', () => {
    expect(hasText(undefined, 'en')).toBe(false)
    expect(hasText(null, 'en')).toBe(false)
  })

  it('counts any non-string value (e.g. rich text) as content', () => {
    expect(hasText({ en: { root: { children: [] } } }, 'en')).toBe(true)
    expect(hasText({ en: 0 }, 'en')).toBe(true)
  })
})

describe('resolveVariant', () => {
  // reader's locale, source locale, the locales with text, and the variant expected
  const cases: {
    name: string
    reader: LocaleCode
    source: LocaleCode
    withText: LocaleCode[]
    contentLocale: LocaleCode
    translated: boolean
  }[] = [
    {
      name: "gives a translated document in the reader's own locale",
      reader: 'lt',
      source: 'pl',
      withText: ['pl', 'lt'],
      contentLocale: 'lt',
      translated: true,
    },
    {
      name: 'falls back to English when the document is not translated into the locale',
      reader: 'it',
      source: 'pl',
      withText: ['pl', 'en'],
      contentLocale: 'en',
      translated: false,
    },
    {
      name: "falls back to the document's source locale when there is no English",
      reader: 'it',
      source: 'lt',
      withText: ['pl', 'lt'],
      contentLocale: 'lt',
      translated: false,
    },
    {
      name: 'falls back to any locale with text when neither English nor the source locale has any',
      reader: 'en',
      source: 'pl',
      withText: ['lt'],
      contentLocale: 'lt',
      translated: false,
    },
    {
      name: 'uses the source locale when no locale has text',
      reader: 'it',
      source: 'lt',
      withText: [],
      contentLocale: 'lt',
      translated: false,
    },
  ]
  it.each(cases)('$name', ({ reader, source, withText, contentLocale, translated }) => {
    expect(resolveVariant(reader, source, translatedInto(...withText))).toEqual({
      locale: reader,
      contentLocale,
      translated,
    })
  })

  it('prefers English over the source locale', () => {
    expect(resolveVariant('pl', 'lt', translatedInto('lt', 'en')).contentLocale).toBe('en')
  })
})

describe('pick', () => {
  const summary: LocaleMap = { pl: 'Polski opis', en: 'English summary', lt: '' }

  it("returns the value in the variant's content locale", () => {
    expect(pick(summary, { contentLocale: 'pl' })).toBe('Polski opis')
    expect(pick(summary, { contentLocale: 'en' })).toBe('English summary')
  })

  it('falls back to English when the content locale is empty', () => {
    expect(pick(summary, { contentLocale: 'lt' })).toBe('English summary')
    expect(pick(summary, { contentLocale: 'it' })).toBe('English summary')
  })

  it('falls back to the source locale when English is empty too', () => {
    expect(pick({ pl: 'Tylko po polsku', en: ' ' }, { contentLocale: 'lt' }, 'pl')).toBe('Tylko po polsku')
  })

  it('returns undefined when neither the locale, English nor the source locale has text', () => {
    expect(pick({ it: 'Solo italiano' }, { contentLocale: 'lt' }, 'pl')).toBeUndefined()
    expect(pick({ pl: 'Tylko po polsku' }, { contentLocale: 'lt' })).toBeUndefined()
  })

  it('returns undefined for a missing map', () => {
    expect(pick(undefined, { contentLocale: 'en' })).toBeUndefined()
    expect(pick(null, { contentLocale: 'en' })).toBeUndefined()
  })

  it('returns non-string values as they are', () => {
    const body = { root: { type: 'root', children: [] } }
    expect(pick({ en: body }, { contentLocale: 'pl' })).toBe(body)
  })
})
