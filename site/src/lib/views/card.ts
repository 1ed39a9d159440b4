import type { LocaleCode } from '../../../../cms/locales'
import type { ContentSlug } from '../../../../shared/contentTypes'
import type { DocEntry } from '../siteIndex'

/**
 * What a document's card shows under its title, so a list can be read without opening every page:
 * a few key facts in the reader's words ("14 May 2026", "Genoa") and, for what is over, a badge.
 */
export interface CardFacts {
  facts: string[]
  badge?: string
}

/** A content type's card facts for one document in one locale, on the build's date. */
export type TypeCard<Slug extends ContentSlug> = (entry: DocEntry<Slug>, locale: LocaleCode, today: string) => CardFacts

/** The facts that have a value, in the order given. */
export const present = (...facts: (string | undefined)[]): string[] =>
  facts.filter((fact): fact is string => Boolean(fact))
