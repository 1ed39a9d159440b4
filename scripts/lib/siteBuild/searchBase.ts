/**
 * What a build's full search index holds, page by page: the Pagefind id each page has there (the name
 * of its fragment file) and its filter values, by the page's address. Written beside client/ after
 * every full index; the search overlay (searchOverlay.ts) reads it to hide a changed page's old entry.
 */
import { existsSync, readFileSync } from 'node:fs'
import { readdir, readFile } from 'node:fs/promises'
import path from 'node:path'
import { promisify } from 'node:util'
import { gunzip } from 'node:zlib'
import { replaceFile } from './linkedCopy'

/** The file, in a build's folder (not served). */
export const SEARCH_BASE = 'search-base.json'

/** A page's entry in the full index: what a search result from that index carries. */
export interface IndexedPage {
  /** Pagefind's id of the page (a search result's `id`). */
  id: string
  /** The page's filter values, which count in the search page's filter menu. */
  filters: Record<string, string[]>
}

/** Every page of a build's full index, by the address Pagefind gives it (`/en/clusters/x/`). */
export type SearchBase = Record<string, IndexedPage>

const gunzipAsync = promisify(gunzip)
/** Pagefind starts every decompressed file with this signature. */
const SIGNATURE = 'pagefind_dcd'
/** Fragments read at once: the decompression runs on libuv's threads. */
const BATCH = 256

/**
 * Reads the full index in `buildDir`/client/pagefind (one gzipped JSON fragment per page: 2.3 s for
 * 37,000 pages) and writes what it holds to `buildDir`/search-base.json.
 */
export async function writeSearchBase(buildDir: string): Promise<void> {
  const dir = path.join(buildDir, 'client/pagefind/fragment')
  const names = (await readdir(dir)).filter((f) => f.endsWith('.pf_fragment')).sort()
  const pages: [string, IndexedPage][] = []
  for (let i = 0; i < names.length; i += BATCH) {
    const batch = names.slice(i, i + BATCH)
    const fragments = await Promise.all(batch.map(async (name) => readFragment(path.join(dir, name))))
    batch.forEach((name, n) => {
      const { url, filters } = fragments[n]
      pages.push([url, { id: name.slice(0, -'.pf_fragment'.length), filters: filters ?? {} }])
    })
  }
  replaceFile(path.join(buildDir, SEARCH_BASE), JSON.stringify(Object.fromEntries(pages)))
}

/** The full index's pages, or null for a build made before the file was written. */
export function readSearchBase(buildDir: string): SearchBase | null {
  const file = path.join(buildDir, SEARCH_BASE)
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as SearchBase) : null
}

async function readFragment(file: string): Promise<{ url: string; filters?: Record<string, string[]> }> {
  const text = (await gunzipAsync(await readFile(file))).toString('utf8')
  // a change of Pagefind's format fails the build here rather than leaving old results findable
  if (!text.startsWith(SIGNATURE)) throw new Error(`${file} is not a Pagefind fragment this site can read`)
  return JSON.parse(text.slice(SIGNATURE.length))
}
