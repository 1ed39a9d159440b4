/**
 * `npm run bench -- --scale N`: the whole pipeline measured side by side in one run, on synthetic
 * content (syntheticContent.ts) in throwaway databases, one leg after another (legs/). Writes
 * bench-results/ (or --out DIR) latest.json, a dated copy, latest.md and latest.svg (benchReport.ts).
 * Timings live here, never in the test suite.
 */
import { spawnSync } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { mkdtempSync, rmSync } from 'node:fs'
import { cpus, tmpdir } from 'node:os'
import path from 'node:path'
import { projectRoot } from '../../cms/paths'
import { settingsFrom } from '../../shared/settings'
import type { CmsProcess } from '../lib/cmsProcess'
import { ensureCmsBuilt } from '../lib/nextBuild'
import { benchOptions, usage } from './args'
import type { BenchReport } from './benchReport'
import { startCmsServerOn } from './cmsServer'
import { floorLeg } from './legs/floor'
import { loadLeg } from './legs/load'
import { pageWeightLeg } from './legs/pageWeight'
import { publishLeg } from './legs/publish'
import { restReadLeg } from './legs/restRead'
import { reviewGateLeg } from './legs/reviewGate'
import { siteBuildLeg } from './legs/siteBuild'
import { bin, describe } from './measure'
import { writePartial, writeResults } from './writeResults'

let parsed: ReturnType<typeof benchOptions>
try {
  parsed = benchOptions(process.argv.slice(2))
} catch (error) {
  console.error(`${(error as Error).message}\n\n${usage}`)
  process.exit(2)
}
if (parsed === 'help') {
  console.log(usage)
  process.exit(0)
}
const options = parsed
const root = projectRoot()

// throwaway databases get a throwaway secret: the bench runs on a fresh clone, before any .env exists
process.env.PAYLOAD_SECRET = randomBytes(32).toString('hex')

const date = new Date().toISOString()
/** Filled leg by leg: when a leg fails, what came before it is kept (writePartial). */
const measured: Partial<BenchReport> = {
  scale: options.scale,
  date,
  node: process.version,
  machine: `${cpus().length} cores`,
}
const work = mkdtempSync(path.join(tmpdir(), 'cms-bench-'))
// builds must sit inside the project: their server chunks resolve packages from node_modules above them
const siteWork = path.join(root, 'site', `.bench-${process.pid}`)
let cms: CmsProcess | undefined
let report: BenchReport
try {
  console.log(`Benchmark at scale ${options.scale} (documents, each in up to four locales)`)
  const sqliteDir = path.join(work, 'sqlite')
  // built first: the load leg also serves the PostgreSQL load to measure reads on it
  if (!ensureCmsBuilt()) throw new Error('next build cms failed')
  Object.assign(measured, await loadLeg(options, sqliteDir, work, date))

  addBenchUsers(sqliteDir)
  cms = await startCmsServerOn(sqliteDir)
  Object.assign(measured, await restReadLeg(cms.url))
  console.log('  REST reads', measured.restRead, measured.restReadOneReader, measured.restReadTypical)

  // the default site address and a pinned build date: the same content gives the same pages on every run
  const env = { ...process.env, CMS_URL: cms.url, SITE_URL: settingsFrom({}).siteUrl, BUILD_DATE: '2026-11-21' }
  const built = await siteBuildLeg(env, path.join(siteWork, 'once'), options.images)
  measured.siteBuild = built.siteBuild
  console.log('  site build', measured.siteBuild)

  measured.floor = await floorLeg(
    built.clientDir,
    built.astroSeconds,
    env,
    work,
    built.oneProcessSeconds,
    built.renderAgain,
    options.runs,
  )
  console.log('  floor', measured.floor)

  const liveDir = path.join(siteWork, 'live')
  measured.publishToLive = await publishLeg(env, liveDir)
  console.log('  publish to live', measured.publishToLive)

  // after the site legs: its publishes change content they measure
  measured.reviewGate = await reviewGateLeg(cms.url)
  console.log('  review gate', measured.reviewGate)

  measured.pageWeight = pageWeightLeg(path.join(liveDir, 'dist/client'))
  console.log('  page weight', measured.pageWeight)
  report = complete(measured)
} catch (error) {
  const file = writePartial(measured, { error: describe(error), cmsServer: cms?.state() }, options.resultsDir)
  console.error(`The benchmark failed; what it measured so far is in ${path.relative(root, file)}.`)
  if (cms) console.error(`The CMS server was ${cms.state()} at that moment.`)
  throw error
} finally {
  await cms?.stop()
  rmSync(work, { recursive: true, force: true })
  rmSync(siteWork, { recursive: true, force: true })
}

writeResults(report, options.resultsDir)
console.log(`\nWrote ${path.relative(root, options.resultsDir)}/latest.json, latest.md, latest.svg`)
process.exit(0)

/** Creates the benchmark's accounts in the loaded SQLite database (benchUsers.ts), in a process of its own. */
function addBenchUsers(dataDir: string): void {
  const result = spawnSync(bin('tsx'), ['scripts/bench/benchUsers.ts'], {
    cwd: root,
    env: { ...process.env, DATA_DIR: dataDir, DATABASE_URL: '', LOG_LEVEL: 'error', DISABLE_JOBS: 'true' },
    encoding: 'utf8',
  })
  if (result.status !== 0)
    throw new Error(`creating the benchmark's accounts failed:\n${result.stdout}\n${result.stderr}`)
}

/** The report once every leg has measured its part. */
function complete(partial: Partial<BenchReport>): BenchReport {
  const { scale, date, node, machine, loadSqlite, restRead, siteBuild, floor, publishToLive, pageWeight } = partial
  if (
    !partial.reviewGate ||
    scale === undefined ||
    !date ||
    !node ||
    !machine ||
    !loadSqlite ||
    !restRead ||
    !siteBuild ||
    !floor ||
    !publishToLive ||
    !pageWeight
  ) {
    throw new Error('a leg of the benchmark left its part of the report empty')
  }
  return { ...partial, scale, date, node, machine, loadSqlite, restRead, siteBuild, floor, publishToLive, pageWeight }
}
