// The search page's Pagefind: search.js points PagefindUI here (it loads `${bundlePath}pagefind.js`).
// It is Pagefind's own, with the pages changed since the site's full index merged in from the search
// overlay, and the full index's old entries of those pages left out of the results and the filter
// counts, so a renamed page is found by its new name only (scripts/lib/siteBuild/searchOverlay.ts).
import * as pagefind from '/pagefind/pagefind.js'

/** The full index's entries to leave out, by id: { filters, alsoInOverlay } (/pagefind/recent.json). */
let superseded = new Map()

export async function options(opts) {
  await pagefind.options(opts)
  // the overlay changes with every update: never from a cache
  const recent = await fetch('/pagefind/recent.json', { cache: 'no-store' })
    .then((r) => (r.ok ? r.json() : null))
    .catch(() => null)
  if (!recent) return
  // a search is in the page's language; an entry's id starts with its own (`en_01097af`)
  const lang = (document.documentElement.lang || '').toLowerCase()
  const inLanguage = (code) => lang === code || lang.startsWith(`${code}-`)
  superseded = new Map(
    recent.superseded
      .filter((entry) => inLanguage(entry.id.slice(0, entry.id.lastIndexOf('_'))))
      .map((entry) => [entry.id, entry]),
  )
  // merged only into a search in one of its languages: Pagefind would search another one's pages
  if (recent.bundle && recent.languages.some(inLanguage)) {
    // an overlay gone since (a full index took it in) leaves the full index, which has its pages
    await pagefind.mergeIndex(recent.bundle).catch(() => {})
  }
}

export async function search(term, opts) {
  return current(await pagefind.search(term, opts))
}

export async function debouncedSearch(term, opts, timeout) {
  const response = await pagefind.debouncedSearch(term, opts, timeout)
  return response && current(response)
}

export async function filters() {
  return discounted(await pagefind.filters(), [...superseded.values()])
}

export const preload = (term, opts) => pagefind.preload(term, opts)
export const mergeIndex = (path, opts) => pagefind.mergeIndex(path, opts)
export const init = (language) => pagefind.init(language)
export const destroy = () => pagefind.destroy()

/** A search's answer without the superseded entries, and its filter counts without them. */
function current(response) {
  if (superseded.size === 0) return response
  const dropped = []
  const seen = new Set()
  const results = response.results.filter((result) => {
    const entry = superseded.get(result.id)
    // an unchanged page is in both indexes with the same id: kept once
    const keep = !entry || (entry.alsoInOverlay && !seen.has(result.id))
    seen.add(result.id)
    if (!keep && entry) dropped.push(entry)
    return keep
  })
  return { ...response, results, filters: discounted(response.filters, dropped) }
}

/** Filter counts ({ Type: { Clusters: 12 } }) less the entries' own filter values. */
function discounted(counts, entries) {
  if (!counts || entries.length === 0) return counts
  const less = structuredClone(counts)
  for (const { filters } of entries) {
    for (const [name, values] of Object.entries(filters)) {
      for (const value of values) if (less[name]?.[value] > 0) less[name][value] -= 1
    }
  }
  return less
}
