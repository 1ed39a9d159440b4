import type { DocumentKey } from '../../shared/formats/documentKey'

/** What happened to make the public site change. */
export const siteChangeActions = [
  'published',
  'updated',
  'approved',
  'unpublished',
  'deleted',
  'settings',
  'rebuild',
] as const

/** One of the site-change actions. */
export type SiteChangeAction = (typeof siteChangeActions)[number]

/**
 * One change a site update carries: what happened to which document, by whom. Stored on the update as
 * it happened (the document's title and the person's name then), so the record reads the same after the
 * document is renamed or deleted, and shown in the reader's admin language (components/SiteUpdateChanges).
 */
export interface SiteChange {
  action: SiteChangeAction
  /** The collection's slug and the document's id; absent for settings and full rebuilds. */
  collection?: string
  id?: string
  title?: string
  /** For an approval: the locale whose text was approved and went live. */
  locale?: string
  /** The acting user's name (never their e-mail address); absent for automatic changes. */
  user?: string
}

/** The document a change is about, as the site's page index keys it, if it is about one. */
export function changedDocument(change: SiteChange): DocumentKey | undefined {
  return change.collection && change.id ? (`${change.collection}:${change.id}` as DocumentKey) : undefined
}

/** A change as one English log line, for the updater's console output: "clusters 3 published “Name” by Anna Nowak". */
export function changeLine(change: SiteChange): string {
  const title = change.title ? ` “${change.title}”` : ''
  const by = change.user ? ` by ${change.user}` : ''
  switch (change.action) {
    case 'settings':
      return `site settings changed${by}`
    case 'rebuild':
      return `full rebuild requested${by}`
    case 'approved':
      return `${change.collection} ${change.id} ${change.locale ?? ''} text approved${title}${by}`
    default:
      return `${change.collection} ${change.id} ${change.action}${title}${by}`
  }
}
