import type { PayloadRequest, SanitizedCollectionConfig } from 'payload'
import { mayWriteLocale, type RoleHolder } from '../lib/roles'
import { type LocaleCode, locales } from '../locales'
import { needsWorkStatuses, type ReviewState, type TranslationStatus } from './statuses'
import { translatableCollections } from './translatableCollections'

/** How many documents are in each translation state, per locale, for one collection. */
export type StatusCounts = Record<LocaleCode, Partial<Record<TranslationStatus | 'untracked', number>>>

/** How many documents' text in each locale waits for review or was sent back, for one collection. */
export type ReviewCounts = Record<LocaleCode, Partial<Record<ReviewState, number>>>

/** One collection's counts. */
export interface CollectionCounts {
  config: SanitizedCollectionConfig
  counts: StatusCounts
  reviews: ReviewCounts
}

/**
 * The translation state of every document the user may read (drafts included: a translator works on
 * the latest version), and what waits for review, per collection and locale. One query per collection reading only `translation`.
 */
export async function translationStatusCounts({
  payload,
  user,
}: Pick<PayloadRequest, 'payload' | 'user'>): Promise<CollectionCounts[]> {
  const out: CollectionCounts[] = []
  for (const config of translatableCollections(payload)) {
    const { docs }: { docs: unknown[] } = await payload.find({
      collection: config.slug as never,
      draft: true,
      depth: 0,
      pagination: false,
      select: { translation: true } as never,
      overrideAccess: false,
      user,
    })
    const counts = Object.fromEntries(locales.map((l) => [l.code, {}])) as StatusCounts
    const reviews = Object.fromEntries(locales.map((l) => [l.code, {}])) as ReviewCounts
    type Stored = { status?: TranslationStatus | null; review?: ReviewState | null }
    for (const doc of docs as { translation?: Record<string, Stored> }[]) {
      for (const l of locales) {
        const state = doc.translation?.[l.code]
        const status: TranslationStatus | 'untracked' = state?.status ?? 'untracked'
        counts[l.code][status] = (counts[l.code][status] ?? 0) + 1
        if (state?.review) reviews[l.code][state.review] = (reviews[l.code][state.review] ?? 0) + 1
      }
    }
    out.push({ config, counts, reviews })
  }
  return out
}

/** How many documents of a locale still need a translator (missing, in progress or outdated). */
export function needsWork(counts: StatusCounts, locale: LocaleCode): number {
  return needsWorkStatuses.reduce((n, s) => n + (counts[locale][s] ?? 0), 0)
}

/** The locales a user works in: a translator's or reviewer's assigned ones, everyone else's all. */
export function workingLocales(user: RoleHolder | null): LocaleCode[] {
  return locales.map((l) => l.code).filter((code) => mayWriteLocale(user, code))
}
