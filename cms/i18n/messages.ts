import { type AdminLanguage, adminLanguages, isAdminLanguage, sourceAdminLanguage } from './adminLanguages'
import { en } from './messages/en'
import { it } from './messages/it'
import { lt } from './messages/lt'
import { pl } from './messages/pl'
import { isPlural, type Plural } from './plural'

/**
 * The admin's own messages — what our components show and what our hooks and endpoints answer — in
 * every admin language. cms/i18n/messages/en.ts defines them; the other languages' files have the same
 * shape, which the type checker enforces (a missing message fails `npm run typecheck`).
 *
 * They reach the admin through Payload's i18n (the `portal` namespace of `i18n.translations`), so the
 * language is the one Payload picked for the request: the user's admin language in the admin, the
 * `Accept-Language` header over REST and GraphQL, English for the Local API.
 */
export type Messages = Widen<typeof en>

type Widen<T> = T extends Plural ? Plural : T extends string ? string : { readonly [K in keyof T]: Widen<T[K]> }

/** A message's dotted key: "sidebar.markAs". */
export type MessageKey = KeysOf<typeof en>

type KeysOf<T, Prefix extends string = ''> = {
  [K in keyof T & string]: T[K] extends string | Plural ? `${Prefix}${K}` : KeysOf<T[K], `${Prefix}${K}.`>
}[keyof T & string]

/** Every language's messages. */
export const messages: Record<AdminLanguage, Messages> = { en, pl, it, lt }

/**
 * The messages as Payload's `i18n.translations` takes them. Three of Payload's own are replaced: an empty
 * list cell reads "—", not "<No Programme>" (which Italian and Lithuanian left half English); the
 * account page's settings are the admin's, not "Payload Settings"; and the list's search box names the
 * field it searches (Payload's Polish leaves the name out, its Lithuanian would need it declined).
 */
export const portalTranslations = Object.fromEntries(
  adminLanguages.map((language) => [
    language,
    {
      portal: messages[language],
      general: {
        noLabel: messages[language].values.none,
        payloadSettings: messages[language].values.adminSettings,
        searchBy: messages[language].values.searchBy,
      },
    },
  ]),
) as Record<AdminLanguage, { portal: Messages; general: Record<'noLabel' | 'payloadSettings' | 'searchBy', string> }>

/** What our translate needs of Payload's i18n object (the server's `req.i18n`, the client's `useTranslation().i18n`). */
export interface I18nLike {
  language: string
}

/** Values put into a message's `{{placeholders}}`; `count` also picks the plural form. */
export type MessageValues = Record<string, string | number>

/**
 * The message `key` in the i18n object's language, with `values` filled in. A plural message takes the
 * form Intl.PluralRules gives for `values.count` (Payload's own `t` knows only English-like plurals).
 */
export function translate(i18n: I18nLike, key: MessageKey, values: MessageValues = {}): string {
  const language = isAdminLanguage(i18n.language) ? i18n.language : sourceAdminLanguage
  const entry = lookUp(messages[language], key) ?? lookUp(messages[sourceAdminLanguage], key)
  if (entry === undefined) return key
  const template = isPlural(entry) ? pluralForm(entry, language, Number(values.count ?? 0)) : entry
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, name: string) =>
    values[name] === undefined ? whole : formatValue(values[name], language),
  )
}

/** A translate bound to one i18n object: `const t = translator(req.i18n)`. */
export function translator(i18n: I18nLike): (key: MessageKey, values?: MessageValues) => string {
  return (key, values) => translate(i18n, key, values)
}

/** Intl's name for the admin language's number and date conventions. */
export function intlLocale(i18n: I18nLike): string {
  return i18n.language === 'en' ? 'en-GB' : isAdminLanguage(i18n.language) ? i18n.language : 'en-GB'
}

function lookUp(catalogue: Messages, key: string): string | Plural | undefined {
  let entry: unknown = catalogue
  for (const part of key.split('.')) entry = (entry as Record<string, unknown> | undefined)?.[part]
  return typeof entry === 'string' || isPlural(entry) ? entry : undefined
}

function pluralForm(forms: Plural, language: AdminLanguage, count: number): string {
  const category = new Intl.PluralRules(language).select(count)
  return (category === 'other' ? undefined : forms[category]) ?? forms.other
}

function formatValue(value: string | number, language: AdminLanguage): string {
  return typeof value === 'number' ? value.toLocaleString(language === 'en' ? 'en-GB' : language) : value
}

/** The request's translate: the user's admin language in the admin, English where Payload picked none. */
export function requestTranslator(
  req: { i18n?: I18nLike } | undefined,
): (key: MessageKey, values?: MessageValues) => string {
  return translator(req?.i18n ?? { language: sourceAdminLanguage })
}

/** "a, b and c" in the language's own words (Intl.ListFormat). */
export function listInLanguage(i18n: I18nLike, items: string[]): string {
  return new Intl.ListFormat(intlLocale(i18n), { type: 'conjunction' }).format(items)
}

/** The message with its first letter capitalised, for one that starts with a document's name. */
export function capitalizeFirst(text: string, i18n: I18nLike): string {
  return text.charAt(0).toLocaleUpperCase(intlLocale(i18n)) + text.slice(1)
}
