/**
 * The benchmark's smoke test: `npm run bench` runs end to end at scale 10 and writes a complete report.
 * It checks that every measurement is there and sane, never how fast anything was.
 */
import { spawnSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { existsSync, mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'

const data = path.join(mkdtempSync(path.join(tmpdir(), 'bench-data-')), 'kept')

/**
 * Runs the benchmark at scale 10 with the kept data folder, writing its report into `out`; its full
 * builds render in two processes, as a big site's do on a machine of four cores (shardedBuild.ts), so
 * the sharded build and its pictures are measured here too.
 */
function bench(out: string, ...args: string[]) {
  const result = spawnSync('npm', ['run', 'bench', '--', '--scale', '10', '--out', out, '--data', data, ...args], {
    encoding: 'utf8',
    env: { ...process.env, SITE_BUILD_PROCESSES: '2' },
  })
  expect(result.status, result.stdout + result.stderr).toBe(0)
  return JSON.parse(readFileSync(path.join(out, 'latest.json'), 'utf8'))
}

describe('npm run bench', () => {
  // the first run is both tests' starting point: the second run starts from the database it kept
  // each run writes its report into a folder of its own, so neither test reads the other's
  const firstOut = mkdtempSync(path.join(tmpdir(), 'bench-'))
  const secondOut = mkdtempSync(path.join(tmpdir(), 'bench-'))
  let first: ReturnType<typeof bench>

  beforeAll(() => {
    // two runs of each short load and render here, to keep the suite short; the second test's run takes three
    first = bench(firstOut, '--images', '2', '--runs', '2')
  }, 900_000)

  it('measures the whole pipeline at scale 10 and writes JSON, Markdown and SVG', () => {
    const report = first
    expect(report.scale).toBe(10)
    expect(report.loadSqlite.documents).toBe(11)
    expect(report.loadPostgres.documents).toBe(11)
    expect(report.loadSqlite.writes).toBeGreaterThan(report.loadSqlite.documents)
    // the bulk loads write the same documents, each in one write of all its locales
    for (const bulk of [report.bulkLoadSqlite, report.bulkLoadPostgres]) {
      expect(bulk.documents).toBe(11)
      expect(bulk.writes).toBe(bulk.documents)
      expect(bulk.documentsPerSecond).toBeGreaterThan(0)
    }
    // each load is short at this scale: run twice, each into a fresh database, the median's figures kept
    for (const load of [report.loadSqlite, report.loadPostgres, report.bulkLoadSqlite, report.bulkLoadPostgres]) {
      expect(load.runs).toBe(2)
      expect(load.documentsPerSecondSpread[0]).toBeLessThanOrEqual(load.documentsPerSecond)
      expect(load.documentsPerSecondSpread[1]).toBeGreaterThanOrEqual(load.documentsPerSecond)
    }
    for (const load of [report.loadSqlite, report.loadPostgres]) {
      expect(load.rssStartMb).toBeGreaterThan(50)
      expect(load.rssGrowthMb).toBe(load.rssEndMb - load.rssStartMb)
    }
    expect(report.restRead.requests).toBe(400)
    expect(report.restRead.p95Ms).toBeGreaterThanOrEqual(report.restRead.p50Ms)
    expect(report.restReadOneReader).toMatchObject({ requests: 100, concurrency: 1, runs: 3 })
    for (const read of [report.restRead, report.restReadOneReader]) {
      expect(read.p95SpreadMs[0]).toBeLessThanOrEqual(read.p95Ms)
      expect(read.p95SpreadMs[1]).toBeGreaterThanOrEqual(read.p95Ms)
    }
    // six collections × four locales × three pages, eight times over: as clients get them, every one
    // from the CMS's kept answers (nothing is written meanwhile), and read afresh, none from them
    const typical = [report.restReadTypical, report.restReadTypicalPostgres]
    const fresh = [report.restReadTypicalFresh, report.restReadTypicalPostgresFresh]
    for (const read of [...typical, ...fresh]) {
      expect(read).toMatchObject({ requests: 576, concurrency: 8, runs: 3 })
      expect(read.p50Ms).toBeGreaterThan(0)
      expect(read.p95Ms).toBeGreaterThanOrEqual(read.p50Ms)
    }
    for (const [i, read] of typical.entries()) expect(read.keptAnswers, ['SQLite', 'PostgreSQL'][i]).toBe(576)
    for (const read of [...fresh, report.restRead, report.restReadOneReader]) expect(read.keptAnswers).toBe(0)
    expect(report.siteBuild.pages).toBeGreaterThan(11 * 4)
    expect(report.siteBuild.ogImagesDrawn).toBeGreaterThanOrEqual(0)
    // rendered as a full build renders, in one process or several; the peak is theirs, read while they ran
    expect(report.siteBuild.peakMb).toBeGreaterThan(100 * report.siteBuild.processes)
    // in two processes, and the same render in one measured beside it and set against the floor too
    expect(report.siteBuild.processes).toBe(2)
    expect(report.siteBuild.oneProcess.seconds).toBeGreaterThan(0)
    expect(report.siteBuild.oneProcess.peakMb).toBeGreaterThan(100)
    expect(report.floor.oneProcessOverFloor).toBeGreaterThan(0)
    // the same pages, less the site's own 404 page
    expect(report.floor.pages).toBe(report.siteBuild.pages - 1)
    expect(report.floor.oursOverFloor).toBeGreaterThan(0)
    // a short render: ours and the floor twice each, in turn; the ratio is of their medians
    expect(report.floor.runs).toBe(2)
    expect(report.floor.oursOverFloor).toBeCloseTo(report.floor.oursSeconds / report.floor.wallSeconds, 1)
    expect(report.floor.floorSecondsSpread[0]).toBeLessThanOrEqual(report.floor.wallSeconds)
    expect(report.floor.oursSecondsSpread[1]).toBeGreaterThanOrEqual(report.floor.oursSeconds)
    expect(report.publishToLive.changedPageLive).toBe(true)
    // the publish went the incremental way; with nothing published in between, the update built nothing
    expect(report.publishToLive.kind).toBe('incremental')
    expect(report.publishToLive.renderedDocuments).toBeGreaterThan(0)
    // three publishes, each rendered by the renderer kept since the full build, the median reported
    expect(report.publishToLive.runs).toHaveLength(3)
    expect([...report.publishToLive.runs].sort((a, b) => a - b)[1]).toBe(report.publishToLive.seconds)
    // each page went live before its update returned (the update then saves the snapshot)
    expect(report.publishToLive.updateRuns).toHaveLength(3)
    report.publishToLive.runs.forEach((seconds: number, i: number) => {
      expect(seconds).toBeGreaterThan(0)
      expect(seconds).toBeLessThanOrEqual(report.publishToLive.updateRuns[i])
    })
    expect(report.publishToLive.renderedBy).toBe('kept renderer')
    expect(report.publishToLive.renderedFiles).toBeGreaterThan(report.publishToLive.renderedDocuments)
    expect(report.publishToLive.rendererStartSeconds).toBeGreaterThan(0)
    expect(report.publishToLive.rendererRssMb).toBeGreaterThan(50)
    expect(report.publishToLive.unchangedKind).toBe('unchanged')
    expect(report.publishToLive.searchRefreshSeconds).toBeGreaterThan(0)
    // the search caught up through the overlay (each update re-renders the four home pages at least),
    // then the whole site was indexed again
    expect(report.publishToLive.searchRefreshKind).toBe('overlay')
    expect(report.publishToLive.searchOverlayPages).toBeGreaterThanOrEqual(4)
    expect(report.publishToLive.searchFullIndexSeconds).toBeGreaterThan(0)
    // the review gate's cost: ten publishes of each kind, each a real round trip
    expect(report.reviewGate.samples).toBe(10)
    for (const kind of [report.reviewGate.publishMs, report.reviewGate.publishWithWaitingLocaleMs]) {
      expect(kind.min).toBeGreaterThan(0)
      expect(kind.median).toBeGreaterThanOrEqual(kind.min)
      expect(kind.max).toBeGreaterThanOrEqual(kind.median)
    }
    // the full rebuild found every image encoded by the first build in Astro's cache
    expect(report.loadSqlite.images).toBe(2)
    expect(report.publishToLive.fullRebuildImages.reused).toBeGreaterThan(0)
    expect(report.publishToLive.fullRebuildImages.encoded).toBe(0)
    expect(Object.keys(report.pageWeight)).toEqual(
      expect.arrayContaining([
        'home',
        'list',
        'search',
        'clusters',
        'projects',
        'routes',
        'policy-documents',
        'organisations',
        'events',
      ]),
    )
    expect(report.pageWeight.clusters.htmlGz).toBeGreaterThan(500)
    // the growth table's row of this scale (its columns padded to one width)
    expect(readFileSync(path.join(firstOut, 'latest.md'), 'utf8')).toMatch(/^\| 10 +\| \d+ +\|/m)
    expect(readFileSync(path.join(firstOut, 'latest.svg'), 'utf8')).toMatch(/^<svg[\s\S]*<\/svg>\n$/)
    expect(existsSync(path.join(firstOut, 'latest.json'))).toBe(true)
  })

  // a whole benchmark run of its own (two databases, site builds, publish): minutes on a busy machine
  it('starts a second run from the database and load figures kept with --data', () => {
    const keptDatabase = () =>
      createHash('sha256')
        .update(readFileSync(path.join(data, 'sqlite/cms.db')))
        .digest('hex')
    const before = keptDatabase()
    const report = bench(secondOut, '--images', '2', '--skip-postgres')
    expect(report.loadedAt).toBe(first.date)
    expect(report.date).not.toBe(first.date)
    expect(report.loadSqlite).toEqual(first.loadSqlite)
    expect(report.loadPostgres).toEqual(first.loadPostgres)
    expect(report.bulkLoadSqlite).toEqual(first.bulkLoadSqlite)
    // the renders are measured again, three times by default
    expect(report.floor.runs).toBe(3)
    // everything after the load is measured again, on a copy: the kept database is as it was loaded
    expect(report.publishToLive.kind).toBe('incremental')
    expect(keptDatabase()).toBe(before)
    expect(readFileSync(path.join(secondOut, 'latest.md'), 'utf8')).toContain(
      `measured ${first.date} and reused (--data)`,
    )
  }, 900_000)
})
