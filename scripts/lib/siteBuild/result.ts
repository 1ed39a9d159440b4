/** What a site build did: whether the new site is live, how, and everything the build printed. */
export interface SiteBuildResult {
  ok: boolean
  output: string
  /** full: every page rendered; incremental: only the changed ones; unchanged: nothing to do. */
  kind?: 'full' | 'incremental' | 'unchanged'
  /** An incremental update keeps the previous search index; refreshSearchIndex() brings it up to date. */
  searchPending?: boolean
  /** An incremental update's documents: how many changed, and how many had their pages rendered. */
  changedDocuments?: number
  renderedDocuments?: number
  /** The files an incremental update wrote, and what rendered them (keptRenderer.ts, or a partial build). */
  renderedFiles?: number
  renderedBy?: 'kept renderer' | 'partial build'
}
