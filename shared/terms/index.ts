import { type LocaleCode, localeCodes } from '../../cms/locales'
import en from './en.json'
import it from './it.json'
import lt from './lt.json'
import pl from './pl.json'

/**
 * The names of the content model's fixed values (a project's funds and stage, a partner's role, an
 * organisation's kinds, a policy document's level and type, a route's difficulty and duration unit)
 * in every locale. One vocabulary serves the
 * admin's select options and the site's pages, so an editor picks the same words a reader sees.
 * Keys are `<group>.<value>`, the value being what the database stores.
 */
export const terms: Record<LocaleCode, Record<string, string>> = { pl, it, lt, en }

/** The groups of fixed values, each the prefix of its keys. */
export type TermGroup = 'fund' | 'stage' | 'role' | 'kind' | 'level' | 'docType' | 'difficulty' | 'durationUnit'

/** The funds a project can draw on, as stored (`fund.<value>` names them). */
export const fundSources = [
  'erdf',
  'esf',
  'cohesion-fund',
  'eafrd',
  'emfaf',
  'state-budget',
  'regional-budget',
  'other',
] as const

/** The funds of the European Union: a project drawing on one must show the EU emblem and statement. */
export const euFunds: readonly (typeof fundSources)[number][] = ['erdf', 'esf', 'cohesion-fund', 'eafrd', 'emfaf']

/** The name of one value in every locale; throws when a locale lacks it, so a gap fails at load. */
export function termNames(group: TermGroup, value: string): Record<LocaleCode, string> {
  const key = `${group}.${value}`
  const missing = localeCodes.filter((locale) => !terms[locale][key])
  if (missing.length > 0) throw new Error(`shared/terms: "${key}" has no name in ${missing.join(', ')}`)
  return Object.fromEntries(localeCodes.map((locale) => [locale, terms[locale][key]])) as Record<LocaleCode, string>
}
