import { existsSync, mkdirSync, mkdtempSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { readSearchBase, writeSearchBase } from '../../scripts/lib/siteBuild/searchBase'
import {
  addPendingPages,
  clearPendingPages,
  pageUrl,
  pendingPages,
  readRecent,
  refreshOverlay,
} from '../../scripts/lib/siteBuild/searchOverlay'
import { pagefindIndex } from '../../scripts/lib/siteBuild/tools'

/** Pagefind runs as a real program here; a busy machine may take a while to start it. */
const PAGEFIND_TIMEOUT = 120_000

/** A searchable page as the site writes it: the text in data-pagefind-body, its type as a filter. */
function page(lang: string, title: string, type = 'Clusters'): string {
  return `<!doctype html><html lang="${lang}"><head><title>${title}</title></head><body><nav>Menu</nav><main data-pagefind-body><article data-pagefind-filter="Type:${type}"><h1>${title}</h1><p>About ${title}.</p></article></main></body></html>`
}

/** Writes a page's file by rename, as an update moves its pages into the live build. */
function writePage(client: string, file: string, html: string): void {
  const target = path.join(client, file)
  mkdirSync(path.dirname(target), { recursive: true })
  writeFileSync(`${target}.new`, html)
  renameSync(`${target}.new`, target)
}

/** A build folder with four pages (one a list page, not searchable) and its full Pagefind index. */
async function indexedBuild(): Promise<{ build: string; client: string }> {
  const build = mkdtempSync(path.join(tmpdir(), 'search-overlay-'))
  const client = path.join(build, 'client')
  writePage(client, 'en/clusters/amber/index.html', page('en', 'Amber coast cluster'))
  writePage(client, 'en/clusters/harbour/index.html', page('en', 'Harbour logistics cluster'))
  writePage(client, 'lt/klasteriai/gintaras/index.html', page('lt', 'Gintaro pakrantės klasteris'))
  writePage(client, 'en/clusters/index.html', '<!doctype html><html lang="en"><body><h1>Clusters</h1></body></html>')
  const indexed = await pagefindIndex(client, process.env)
  expect(indexed.status, indexed.output).toBe(0)
  await writeSearchBase(build)
  return { build, client }
}

describe('the search base', () => {
  it(
    'lists every page of the full index by address, with its Pagefind id and filters',
    async () => {
      const { build, client } = await indexedBuild()
      const base = readSearchBase(build)
      expect(Object.keys(base ?? {}).sort()).toEqual([
        '/en/clusters/amber/',
        '/en/clusters/harbour/',
        '/lt/klasteriai/gintaras/',
      ])
      const fragments = readdirSync(path.join(client, 'pagefind/fragment'))
      for (const entry of Object.values(base ?? {})) {
        expect(fragments).toContain(`${entry.id}.pf_fragment`)
        expect(entry.filters).toEqual({ Type: ['Clusters'] })
      }
      expect(base?.['/lt/klasteriai/gintaras/'].id).toMatch(/^lt_/)
      rmSync(build, { recursive: true, force: true })
    },
    PAGEFIND_TIMEOUT,
  )
})

describe('the search overlay', () => {
  it('keeps the changed pages until a full index takes them in', () => {
    const build = mkdtempSync(path.join(tmpdir(), 'search-pending-'))
    addPendingPages(build, ['en/b/index.html', 'sitemap-clusters-1.xml', 'en/a/index.html'])
    addPendingPages(build, ['en/a/index.html', '404.html'])
    // HTML only, each once
    expect(pendingPages(build)).toEqual(['404.html', 'en/a/index.html', 'en/b/index.html'])
    clearPendingPages(build)
    expect(pendingPages(build)).toEqual([])
    rmSync(build, { recursive: true, force: true })
  })

  it('gives a file the address Pagefind gives it', () => {
    expect(pageUrl('en/clusters/amber/index.html')).toBe('/en/clusters/amber/')
    expect(pageUrl('index.html')).toBe('/')
    expect(pageUrl('404.html')).toBe('/404.html')
  })

  it(
    'indexes the changed pages on their own and names the full index entries they replace',
    async () => {
      const { build, client } = await indexedBuild()
      const base = readSearchBase(build) ?? {}
      // renamed; written again unchanged; removed; and the list page, which is not searchable
      writePage(client, 'en/clusters/amber/index.html', page('en', 'Baltic amber cluster'))
      writePage(client, 'en/clusters/harbour/index.html', page('en', 'Harbour logistics cluster'))
      rmSync(path.join(client, 'lt/klasteriai/gintaras/index.html'))
      addPendingPages(build, [
        'en/clusters/amber/index.html',
        'en/clusters/harbour/index.html',
        'lt/klasteriai/gintaras/index.html',
        'en/clusters/index.html',
      ])

      const overlay = await refreshOverlay(build, process.env)
      expect(overlay).toMatchObject({ refreshed: true, pages: 2 })
      const recent = readRecent(client)
      expect(recent?.bundle).toMatch(/^\/pagefind\/recent\/[^/]+\/$/)
      expect(recent?.languages).toEqual(['en'])
      expect(recent?.superseded).toEqual([
        { ...base['/en/clusters/amber/'], alsoInOverlay: false },
        { ...base['/en/clusters/harbour/'], alsoInOverlay: true },
        { ...base['/lt/klasteriai/gintaras/'], alsoInOverlay: false },
      ])
      // the overlay holds the new text, under the pages' own addresses
      const bundle = path.join(client, (recent?.bundle ?? '').slice(1))
      const fragments = readdirSync(path.join(bundle, 'fragment'))
      expect(fragments).toHaveLength(2)
      expect(fragments).toContain(`${base['/en/clusters/harbour/'].id}.pf_fragment`)
      // the full index is as it was
      expect(readdirSync(path.join(client, 'pagefind/fragment'))).toHaveLength(3)

      // a second refresh replaces the overlay, keeping the one before for search pages opened meanwhile
      const first = path.basename(bundle)
      await new Promise((r) => setTimeout(r, 5)) // a new overlay's name has the millisecond in it
      expect(await refreshOverlay(build, process.env)).toMatchObject({ refreshed: true })
      const second = (readRecent(client)?.bundle ?? '').split('/').at(-2)
      expect(second).not.toBe(first)
      await new Promise((r) => setTimeout(r, 5))
      expect(await refreshOverlay(build, process.env)).toMatchObject({ refreshed: true })
      const third = (readRecent(client)?.bundle ?? '').split('/').at(-2)
      expect(readdirSync(path.join(client, 'pagefind/recent')).sort()).toEqual([second, third].sort())
      rmSync(build, { recursive: true, force: true })
    },
    PAGEFIND_TIMEOUT,
  )

  it(
    'changes nothing the search page reads when aborted',
    async () => {
      const { build, client } = await indexedBuild()
      addPendingPages(build, ['en/clusters/amber/index.html'])
      const abort = new AbortController()
      abort.abort()
      expect(await refreshOverlay(build, process.env, abort.signal)).toMatchObject({ refreshed: false })
      expect(existsSync(path.join(client, 'pagefind/recent.json'))).toBe(false)
      expect(existsSync(path.join(client, 'pagefind/recent'))).toBe(false)
      // nor is anything left of the staged pages
      expect(readdirSync(build).sort()).toEqual(['client', 'search-base.json', 'search-pending.json'])
      rmSync(build, { recursive: true, force: true })
    },
    PAGEFIND_TIMEOUT,
  )
})
