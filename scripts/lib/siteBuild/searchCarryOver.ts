import { copyFileSync, existsSync, linkSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { RECENT } from './searchOverlay'

/** The previous index's files a new index was given, in its pagefind/ folder: not given on again. */
export const CARRIED_OVER = 'carried-over.json'

/**
 * Gives a new full search index the previous live index's own files that it lacks, as hard links, so
 * a search page opened before the new index went live keeps working. Such a page holds the index it
 * started with: Pagefind's entry file names each language's metadata, which names the index, filter
 * and fragment chunks fetched as the reader types, all by content hash, and the search overlay's
 * bundle (searchOverlay.ts, pagefind/recent/). A new full index (a full build, or the search refresh's
 * second step) has none of the chunks that changed, so that page's next search fetched chunks that
 * were gone and failed. Hashed names cannot clash, and nothing in the new index refers to the old
 * files. The overlay's list (recent.json) is not given on: the new index has those pages already. Nor
 * are the files the previous index was given itself (CARRIED_OVER), so an index holds at most one
 * generation besides its own.
 */
export function carryOverSearchIndex(previousClient: string, client: string): number {
  const from = path.join(previousClient, 'pagefind')
  const to = path.join(client, 'pagefind')
  if (!existsSync(from) || !existsSync(to)) return 0
  const notOwn = new Set<string>([RECENT, CARRIED_OVER, ...carriedOver(from)])
  const given: string[] = []
  for (const file of readdirSync(from, { recursive: true, withFileTypes: true })) {
    if (!file.isFile()) continue
    const relative = path.relative(from, path.join(file.parentPath, file.name))
    const target = path.join(to, relative)
    if (notOwn.has(relative) || existsSync(target)) continue
    mkdirSync(path.dirname(target), { recursive: true })
    try {
      linkSync(path.join(from, relative), target)
    } catch (error) {
      // builds on another file system than the live one (a copy is as good: these files never change)
      if ((error as NodeJS.ErrnoException).code !== 'EXDEV') throw error
      copyFileSync(path.join(from, relative), target)
    }
    given.push(relative)
  }
  writeFileSync(path.join(to, CARRIED_OVER), JSON.stringify(given))
  return given.length
}

function carriedOver(pagefind: string): string[] {
  const file = path.join(pagefind, CARRIED_OVER)
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as string[]) : []
}
