/**
 * A full build rendered in several processes: which pages each renders (buildShard.ts) and how their
 * folders come together (shardedBuild.ts). The sharded build itself runs in every e2e test that makes a
 * full build, whose pages the site update test compares byte for byte with an update's.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { buildProcesses, mergeShard } from '../../scripts/lib/siteBuild/shardedBuild'
import type { ContentSnapshot } from '../../shared/formats/contentSnapshot'
import { buildShard, inThisShard } from '../../site/src/integrations/buildShard'

type Paths = Parameters<typeof inThisShard>[0]

/** Paths as Astro lists them: a route per path, some paths listed by two routes. */
function listed(): Paths {
  const route = (component: string) => ({ component }) as unknown as Paths[number]['route']
  const paths: Paths = []
  for (let page = 0; page < 25; page++)
    paths.push({ pathname: `/en/clusters/c-${page}/`, route: route('[slug].astro') })
  // the same page listed again, by another route and without its trailing slash: the first route keeps it
  paths.push({ pathname: '/en/clusters/c-3', route: route('[...list].astro') })
  for (let page = 0; page < 6; page++)
    paths.push({ pathname: `/en/clusters/c-${page}/og.jpg`, route: route('og.jpg.ts') })
  return paths
}

describe('inThisShard', () => {
  it('gives every page to exactly one shard, with the route a whole build would render it by', () => {
    const all = listed()
    for (const count of [1, 2, 3, 5]) {
      const shards = Array.from({ length: count }, (_, index) =>
        inThisShard(all, { SITE_BUILD_SHARD: `${index + 1}/${count}` }),
      )
      const rendered = shards.flat().map(({ pathname }) => pathname)
      expect(rendered).toHaveLength(31)
      expect(new Set(rendered.map((pathname) => pathname.replace(/\/$/, ''))).size).toBe(31)
      const c3 = shards.flat().filter(({ pathname }) => pathname.replace(/\/$/, '') === '/en/clusters/c-3')
      expect(c3.map(({ route }) => route.component)).toEqual(['[slug].astro'])
      // evenly: no shard has more than one page above another
      const sizes = shards.map((shard) => shard.length)
      expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThanOrEqual(1)
    }
  })

  it('spreads each kind of page over the shards', () => {
    const [first, second] = [1, 2].map((index) => inThisShard(listed(), { SITE_BUILD_SHARD: `${index}/2` }))
    for (const shard of [first, second]) {
      expect(shard.filter(({ pathname }) => pathname.endsWith('og.jpg'))).toHaveLength(3)
    }
  })

  it('leaves the list as it is in a build that is not sharded', () => {
    const all = listed()
    expect(inThisShard(all, {})).toBe(all)
  })

  it('refuses a SITE_BUILD_SHARD that names no part of a build, naming the variable', () => {
    for (const value of ['0/2', '3/2', 'half', '1/0'])
      expect(() => buildShard({ SITE_BUILD_SHARD: value })).toThrow(
        `SITE_BUILD_SHARD: "${value}" is not a part of a build such as 1/2 (the first of two).`,
      )
    expect(buildShard({ SITE_BUILD_SHARD: '2/2' })).toEqual({ index: 2, count: 2 })
  })
})

describe('buildProcesses', () => {
  /** A snapshot of `documents` published documents (only their number counts here). */
  const snapshotOf = (documents: number) =>
    ({
      collections: { organizations: Array.from({ length: documents }, (_, id) => ({ id })) },
    }) as unknown as ContentSnapshot
  const env = (vars: Record<string, string>) => vars as unknown as NodeJS.ProcessEnv
  const GB = 1024 ** 3

  it('renders a big site in one process per two cores, as far as there are 4 GB for each', () => {
    const big = snapshotOf(10_000)
    expect(buildProcesses(env({}), big, { cores: 2, memoryBytes: 24 * GB })).toBe(1)
    expect(buildProcesses(env({}), big, { cores: 4, memoryBytes: 16 * GB })).toBe(2)
    expect(buildProcesses(env({}), big, { cores: 5, memoryBytes: 64 * GB })).toBe(2)
    expect(buildProcesses(env({}), big, { cores: 8, memoryBytes: 8 * GB })).toBe(2)
    expect(buildProcesses(env({}), big, { cores: 8, memoryBytes: 3 * GB })).toBe(1)
    expect(buildProcesses(env({}), big, { cores: 1, memoryBytes: 64 * GB })).toBe(1)
  })

  it('renders a site under 5,000 documents in one process, and as many as SITE_BUILD_PROCESSES says', () => {
    const machine = { cores: 8, memoryBytes: 64 * GB }
    expect(buildProcesses(env({}), snapshotOf(4_999), machine)).toBe(1)
    expect(buildProcesses(env({}), snapshotOf(5_000), machine)).toBe(4)
    expect(buildProcesses(env({ SITE_BUILD_PROCESSES: '3' }), snapshotOf(10), machine)).toBe(3)
  })
})

describe('mergeShard', () => {
  let folder = ''
  afterEach(() => rmSync(folder, { recursive: true, force: true }))

  /** Writes `files` (path → content) under a new folder `name`. */
  function tree(name: string, files: Record<string, string>): string {
    const root = path.join(folder, name)
    for (const [file, content] of Object.entries(files)) {
      mkdirSync(path.dirname(path.join(root, file)), { recursive: true })
      writeFileSync(path.join(root, file), content)
    }
    return root
  }

  it('moves the pages only a shard has, and takes the files both made alike once', () => {
    folder = mkdtempSync(path.join(tmpdir(), 'merge-'))
    const build = tree('build', {
      '_astro/site.css': 'body{}',
      'en/index.html': 'home',
      'en/clusters/a/index.html': 'a',
    })
    const shard = tree('shard', {
      '_astro/site.css': 'body{}',
      'en/clusters/b/index.html': 'b',
      'en/clusters/a/og.jpg': 'image of a',
      'lt/index.html': 'pradžia',
    })
    const movedFolder = statSync(path.join(shard, 'lt')).ino
    mergeShard(shard, build)
    expect(readFileSync(path.join(build, 'en/clusters/b/index.html'), 'utf8')).toBe('b')
    expect(readFileSync(path.join(build, 'en/clusters/a/og.jpg'), 'utf8')).toBe('image of a')
    expect(readFileSync(path.join(build, 'en/clusters/a/index.html'), 'utf8')).toBe('a')
    expect(readFileSync(path.join(build, '_astro/site.css'), 'utf8')).toBe('body{}')
    // a folder the build lacked is moved whole, not copied file by file
    expect(statSync(path.join(build, 'lt')).ino).toBe(movedFolder)
    expect(existsSync(path.join(shard, 'lt'))).toBe(false)
  })

  it('fails naming the file when two shards made it differently', () => {
    folder = mkdtempSync(path.join(tmpdir(), 'merge-'))
    const build = tree('build', { '_astro/site.css': 'body{}' })
    const shard = tree('shard', { '_astro/site.css': 'body{color:red}' })
    expect(() => mergeShard(shard, build)).toThrow(
      `The shards of the build disagree on ${path.join(build, '_astro/site.css')}: each rendered it differently.`,
    )
  })
})
