import type { SiteIndex } from './siteIndex'

/**
 * Values worked out once per site index (list orders, list pages, filter menus): every list page of a
 * section asks for them, and for the other locales' (its language links), and each home page for the
 * first few of every section, so a build would otherwise sort each list thousands of times. A site
 * index is made once per content snapshot, so a new snapshot starts afresh and the old one's values go
 * with it.
 */
const memo = new WeakMap<SiteIndex, Map<string, unknown>>()

export function perIndex<T>(index: SiteIndex, key: string, compute: () => T): T {
  let values = memo.get(index)
  if (!values) {
    values = new Map()
    memo.set(index, values)
  }
  if (!values.has(key)) values.set(key, compute())
  return values.get(key) as T
}
