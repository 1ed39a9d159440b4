import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { CARRIED_OVER, carryOverSearchIndex } from '../../scripts/lib/siteBuild/searchCarryOver'
import { RECENT } from '../../scripts/lib/siteBuild/searchOverlay'
import { pagefindIndex } from '../../scripts/lib/siteBuild/tools'

/** Pagefind runs as a real program here; a busy machine may take a while to start it. */
const PAGEFIND_TIMEOUT = 120_000

const work = mkdtempSync(path.join(tmpdir(), 'search-carry-over-'))
afterAll(() => rmSync(work, { recursive: true, force: true }))

/** A build's client/ folder with a cluster page per name, indexed by Pagefind. */
async function indexedClient(build: string, names: string[]): Promise<string> {
  const client = path.join(work, build, 'client')
  for (const name of names) {
    const file = path.join(client, `en/clusters/${name.toLowerCase()}/index.html`)
    mkdirSync(path.dirname(file), { recursive: true })
    writeFileSync(
      file,
      `<!doctype html><html lang="en"><head><title>${name}</title></head><body><main data-pagefind-body><h1>${name} cluster</h1><p>About ${name}.</p></main></body></html>`,
    )
  }
  const indexed = await pagefindIndex(client, process.env)
  expect(indexed.status, indexed.output).toBe(0)
  return client
}

/** Every file under a client's pagefind/ folder, relative to it. */
function indexFiles(client: string): string[] {
  const dir = path.join(client, 'pagefind')
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((f) => f.isFile())
    .map((f) => path.relative(dir, path.join(f.parentPath, f.name)))
    .sort()
}

describe('carryOverSearchIndex', () => {
  it(
    "gives a new index the previous one's own files it lacks, as links, and no older generation",
    async () => {
      const first = await indexedClient('first', ['Amber', 'Harbour'])
      // the overlay's list of the live build, which the new full index must not take
      writeFileSync(path.join(first, 'pagefind', RECENT), '{}')
      const second = await indexedClient('second', ['Amber', 'Harbour', 'Forest'])
      const firstOwn = indexFiles(first).filter((f) => f !== RECENT)
      const secondOwn = indexFiles(second)
      const secondEntry = readFileSync(path.join(second, 'pagefind/pagefind-entry.json'), 'utf8')
      // the new page changes the index's chunks and metadata: files the first index has and the second lacks
      const missing = firstOwn.filter((f) => !secondOwn.includes(f))
      expect(missing.some((f) => f.endsWith('.pf_meta'))).toBe(true)
      expect(missing.some((f) => f.startsWith('index/'))).toBe(true)

      expect(carryOverSearchIndex(first, second)).toBe(missing.length)
      const afterFirst = indexFiles(second)
      // everything the first index's page could fetch is still there, the very same file
      for (const file of firstOwn) {
        expect(afterFirst).toContain(file)
        if (missing.includes(file))
          expect(statSync(path.join(second, 'pagefind', file)).ino).toBe(
            statSync(path.join(first, 'pagefind', file)).ino,
          )
      }
      // its own entry stays, the overlay's list does not come along, and what was given is recorded
      expect(readFileSync(path.join(second, 'pagefind/pagefind-entry.json'), 'utf8')).toBe(secondEntry)
      expect(afterFirst).not.toContain(RECENT)
      expect(JSON.parse(readFileSync(path.join(second, 'pagefind', CARRIED_OVER), 'utf8')).sort()).toEqual(missing)

      // the next index gets the second one's own files, not those the second was given
      const third = await indexedClient('third', ['Amber', 'Forest', 'Meadow'])
      const thirdOwn = indexFiles(third)
      carryOverSearchIndex(second, third)
      const afterSecond = indexFiles(third)
      for (const file of secondOwn) expect(afterSecond).toContain(file)
      const olderOnly = missing.filter((f) => !secondOwn.includes(f) && !thirdOwn.includes(f))
      expect(olderOnly.length).toBeGreaterThan(0)
      for (const file of olderOnly) expect(afterSecond).not.toContain(file)
    },
    3 * PAGEFIND_TIMEOUT,
  )

  it('gives nothing when the previous build has no search index (a build from before search existed)', () => {
    const bare = path.join(work, 'bare', 'client')
    mkdirSync(bare, { recursive: true })
    const indexed = path.join(work, 'indexed', 'client')
    mkdirSync(path.join(indexed, 'pagefind'), { recursive: true })
    expect(carryOverSearchIndex(bare, indexed)).toBe(0)
    expect(readdirSync(path.join(indexed, 'pagefind'))).toEqual([])
  })
})
