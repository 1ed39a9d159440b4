/**
 * `npm run bench -- --scale N`: the whole pipeline measured side by side in one run, on synthetic
 * content (syntheticContent.ts) in throwaway databases. Writes scripts/bench/results/latest.json, a
 * dated copy, latest.md and latest.svg. Timings live here, never in the test suite.
 */
import { spawnSync } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import {
  copyFileSync,
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { gzipSync } from 'node:zlib'
import pg from 'pg'
import { projectRoot } from '../../cms/paths'
import { fetchWithRetry } from '../../shared/cmsClient'
import { syncContent } from '../lib/contentSync'
import { ensureCmsBuilt } from '../lib/nextBuild'
import { buildSite, refreshSearchIndex } from '../lib/siteBuild'
import { startThrowawayPostgres } from '../lib/throwawayPostgres'
import { type CmsServer, startCmsServerOn } from './cmsServer'
import { renderReport } from './report'
import { totalDocuments } from './syntheticContent'

const args = process.argv.slice(2)
const scale = Number(args[args.indexOf('--scale') + 1] || 100)
const skipPostgres = args.includes('--skip-postgres')
const imagesIndex = args.indexOf('--images')
const images = imagesIndex >= 0 ? Number(args[imagesIndex + 1]) : 0
const root = projectRoot()
const outIndex = args.indexOf('--out')
const resultsDir = outIndex >= 0 ? path.resolve(args[outIndex + 1]) : path.join(root, 'scripts/bench/results')
/**
 * `--data DIR` keeps the loaded SQLite database and the load figures in DIR, and a later run with the
 * same DIR, scale and images starts from them instead of loading again (30 minutes at scale 10,000).
 * Each run works on a copy, so the publish step's edit never reaches the kept database.
 */
const dataIndex = args.indexOf('--data')
const keptData = dataIndex >= 0 ? path.resolve(args[dataIndex + 1]) : undefined

/** Figures are reported to the hundredth: more digits than that are noise on this machine. */
const hundredths = (n: number) => Math.round(n * 100) / 100
/** A file-name-safe timestamp for dated results. */
const stamp = () => new Date().toISOString().slice(0, 19).replace(/[:T]/g, '-')

// throwaway databases get a throwaway secret: the bench runs on a fresh clone, before any .env exists
process.env.PAYLOAD_SECRET = randomBytes(32).toString('hex')

const tsx = path.join(root, 'node_modules/.bin/tsx')
/** Documents each load-leg process writes; see loadLeg.ts for why the load is split into processes. */
const SLICE = 1000
/**
 * Loads the synthetic content into one database, slice by slice, each slice in a fresh process, and
 * adds up the time spent writing (process start-up and migrations are not part of it).
 */
function loadLeg(databaseUrl: string, dataDir: string) {
  const total = { documents: 0, writes: 0, images: 0, imageSeconds: 0, seconds: 0 }
  for (let from = 0; from < totalDocuments(scale); from += SLICE) {
    const result = spawnSync(
      tsx,
      ['scripts/bench/loadLeg.ts', String(scale), String(from), String(from + SLICE), String(images)],
      {
        cwd: root,
        env: { ...process.env, DATABASE_URL: databaseUrl, DATA_DIR: dataDir, LOG_LEVEL: 'error', DISABLE_JOBS: 'true' },
        encoding: 'utf8',
      },
    )
    const line = result.stdout.split('\n').find((l) => l.startsWith('BENCH_RESULT '))
    if (!line) throw new Error(`the load leg failed:\n${result.stdout}\n${result.stderr}`)
    const slice = JSON.parse(line.slice('BENCH_RESULT '.length)) as typeof total
    total.documents += slice.documents
    total.writes += slice.writes
    total.images += slice.images
    total.imageSeconds += slice.imageSeconds
    total.seconds += slice.seconds
  }
  const seconds = hundredths(total.seconds)
  return {
    ...total,
    imageSeconds: hundredths(total.imageSeconds),
    seconds,
    documentsPerSecond: Math.round((total.documents / seconds) * 10) / 10,
  }
}

/** The figures of an earlier load kept with --data, when it was of this scale and these images. */
function readKeptLoad(dir: string): Record<string, unknown> | undefined {
  const file = path.join(dir, 'load.json')
  if (!existsSync(file)) {
    // the load is written into DIR: never into a folder that holds something else
    if (existsSync(dir) && readdirSync(dir).length > 0) throw new Error(`--data ${dir}: not empty, and not a kept load`)
    return undefined
  }
  const load = JSON.parse(readFileSync(file, 'utf8'))
  if (load.scale !== scale || load.images !== images) {
    throw new Error(`${dir} holds a load at scale ${load.scale} with ${load.images} images, not ${scale} and ${images}`)
  }
  const { loadedAt, loadSqlite, loadPostgres } = load
  return { loadedAt, loadSqlite, ...(loadPostgres ? { loadPostgres } : {}) }
}

/** Bounded concurrent GETs on loopback: latency percentiles and requests per second. */
async function readLoad(url: string, requests: number, concurrency: number) {
  const latencies: number[] = []
  let next = 0
  const started = performance.now()
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < requests) {
        next++
        const t = performance.now()
        // a kept-alive socket the server just closed resets the next request on it: tried once more
        const response = await fetchWithRetry(url).catch((error) => {
          throw new Error(`${url} failed after ${latencies.length} of ${requests} reads: ${describe(error)}`)
        })
        await response.arrayBuffer()
        if (!response.ok) throw new Error(`${url} answered ${response.status}`)
        latencies.push(performance.now() - t)
      }
    }),
  )
  const seconds = (performance.now() - started) / 1000
  latencies.sort((a, b) => a - b)
  const at = (q: number) =>
    Math.round(latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] * 10) / 10
  return { requests, concurrency, p50Ms: at(0.5), p95Ms: at(0.95), requestsPerSecond: Math.round(requests / seconds) }
}

/** An error's message with its cause: fetch's own message is only "fetch failed". */
function describe(error: unknown): string {
  const cause = (error as Error).cause as { code?: string; message?: string } | undefined
  return cause ? `${String(error)} (${cause.code ?? ''} ${cause.message ?? ''})` : String(error)
}

/** Wall time and peak memory of a command. */
function timed(command: string, argv: string[], env: NodeJS.ProcessEnv) {
  const started = performance.now()
  const result = spawnSync('/usr/bin/time', ['-f', 'PEAK_KB %M', command, ...argv], {
    cwd: root,
    env,
    encoding: 'utf8',
    // spawnSync stops a child whose output passes maxBuffer (1 MB by default): at scale 10,000, Astro's
    // line per page written passes it (40,000 pages)
    maxBuffer: 1024 ** 3,
  })
  const seconds = (performance.now() - started) / 1000
  if (result.status !== 0) {
    const why = result.error ? String(result.error) : `exit ${result.status}, signal ${result.signal}`
    throw new Error(`${command} ${argv.join(' ')} failed (${why}):\n${result.stdout}\n${result.stderr}`)
  }
  const peakKb = Number(/PEAK_KB (\d+)/.exec(result.stderr)?.[1] ?? 0)
  return { seconds: hundredths(seconds), peakMb: Math.round(peakKb / 1024), output: result.stdout }
}

/** How long Astro's "generating optimized images" step took, from its own report in the build output. */
function imageStepSeconds(output: string): number {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: strips terminal colours from the output
  const plain = output.replace(/\x1b\[[0-9;]*m/g, '')
  const after = plain.split('generating optimized images')[1]
  const match = after && /Completed in ([\d.]+)(ms|s)/.exec(after)
  if (!match) return 0
  return hundredths(Number(match[1]) * (match[2] === 'ms' ? 0.001 : 1))
}

/** How many images Astro's build took from its cache and how many it encoded, from its per-image lines. */
function imageCacheUse(output: string): { reused: number; encoded: number } {
  return {
    reused: output.match(/\((reused|revalidated) cache entry\)/g)?.length ?? 0,
    encoded: output.match(/\(before: [\d.]+kB, after: [\d.]+kB\)/g)?.length ?? 0,
  }
}

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.html'))
    .map((f) => path.join(dir, f))
}

/** Gzipped bytes of HTML, CSS and JS a reader downloads for one page. */
function pageWeight(client: string, file: string) {
  const html = readFileSync(file, 'utf8')
  const gz = (text: string | Buffer) => gzipSync(text).length
  const css = [...html.matchAll(/<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"/g)]
    .map((m) => readFileSync(path.join(client, m[1])))
    .reduce((a, b) => a + gz(b), 0)
  const inlineStyle = [...html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((m) => m[1]).join('')
  const js = [...html.matchAll(/<script(?![^>]*application\/ld\+json)[^>]*>([\s\S]*?)<\/script>/g)]
    .map((m) => m[1])
    .join('')
  const jsFiles = [...html.matchAll(/<script[^>]+src="(\/[^"]+)"/g)]
    .map((m) => readFileSync(path.join(client, m[1])))
    .reduce((a, b) => a + gz(b), 0)
  return {
    htmlGz: gz(html),
    cssGz: css + (inlineStyle ? gz(inlineStyle) : 0),
    jsGz: (js.trim() ? gz(js) : 0) + jsFiles,
  }
}

const report: Record<string, unknown> = {
  scale,
  date: new Date().toISOString(),
  node: process.version,
  machine: `${(await import('node:os')).cpus().length} cores`,
}
const work = mkdtempSync(path.join(tmpdir(), 'cms-bench-'))
// builds must sit inside the project: their server chunks resolve packages from node_modules above them
const siteWork = path.join(root, 'site', `.bench-${process.pid}`)
let cms: CmsServer | undefined
let postgres: Awaited<ReturnType<typeof startThrowawayPostgres>> | undefined
try {
  console.log(`Benchmark at scale ${scale} (documents, each in up to four locales)`)
  // 1. loading into SQLite and PostgreSQL (or the figures and database of an earlier load, with --data)
  const sqliteDir = path.join(work, 'sqlite')
  const kept = keptData && readKeptLoad(keptData)
  if (kept) {
    cpSync(path.join(keptData, 'sqlite'), sqliteDir, { recursive: true })
    Object.assign(report, kept)
    console.log(`  loads of ${kept.loadedAt} reused from ${keptData}`, kept.loadSqlite, kept.loadPostgres ?? '')
  } else {
    report.loadSqlite = loadLeg('', sqliteDir)
    console.log('  loaded into SQLite', report.loadSqlite)
    if (!skipPostgres) {
      postgres = await startThrowawayPostgres()
      const client = new pg.Client({ connectionString: postgres.adminUrl })
      await client.connect()
      await client.query('CREATE DATABASE bench')
      await client.end()
      const url = postgres.adminUrl.replace(/\/postgres$/, '/bench')
      report.loadPostgres = loadLeg(url, path.join(work, 'pg-media'))
      console.log('  loaded into PostgreSQL', report.loadPostgres)
      postgres.stop()
      postgres = undefined
    }
    if (keptData) {
      mkdirSync(keptData, { recursive: true })
      cpSync(sqliteDir, path.join(keptData, 'sqlite'), { recursive: true })
      const load = {
        scale,
        images,
        loadedAt: report.date,
        loadSqlite: report.loadSqlite,
        loadPostgres: report.loadPostgres,
      }
      writeFileSync(path.join(keptData, 'load.json'), `${JSON.stringify(load, null, 2)}\n`)
    }
  }

  // 2. the REST read path the site uses, as an anonymous reader (published-only filter)
  if (!ensureCmsBuilt()) throw new Error('next build cms failed')
  cms = await startCmsServerOn(sqliteDir)
  const restUrl = `${cms.url}/api/funding-projects?locale=all&depth=0&limit=100&fallback-locale=none`
  await readLoad(restUrl, 20, 2)
  report.restRead = await readLoad(restUrl, 400, 8)
  console.log('  REST reads', report.restRead)

  // 3. the full site build from the CMS, split into fetch, render and search indexing
  const env = { ...process.env, CMS_URL: cms.url, SITE_URL: 'http://localhost:4321', BUILD_DATE: '2026-11-21' }
  const fetchStarted = performance.now()
  // the loaders' own read of everything (contentSnapshot.ts), timed on its own
  await syncContent(cms.url)
  const fetchSeconds = (performance.now() - fetchStarted) / 1000
  const out = path.join(siteWork, 'once')
  // a cold image cache, so the images step is measured rather than restored from an earlier run
  rmSync(path.join(root, 'site/node_modules/.astro/assets'), { recursive: true, force: true })
  const astro = timed(path.join(root, 'node_modules/.bin/astro'), ['build', '--root', 'site'], {
    ...env,
    SITE_OUT_DIR: out,
  })
  const pages = htmlFiles(path.join(out, 'client')).length
  const search = timed(
    path.join(root, 'node_modules/.bin/pagefind'),
    ['--site', path.join(out, 'client'), '--quiet'],
    env,
  )
  const imagesSeconds = imageStepSeconds(astro.output)
  report.siteBuild = {
    pages,
    wallSeconds: hundredths(astro.seconds + search.seconds),
    pagesPerSecond: Math.round(pages / astro.seconds),
    peakMb: Math.max(astro.peakMb, search.peakMb),
    fetchSeconds: hundredths(fetchSeconds),
    renderSeconds: hundredths(astro.seconds - fetchSeconds - imagesSeconds),
    imagesSeconds,
    images,
    searchSeconds: search.seconds,
    note: `fetch is the same requests the loaders make, timed on their own; images is Astro's "generating optimized images" step (cold cache); render is the rest of astro build${images ? '' : '; no images (--images N adds them)'}`,
  }
  console.log('  site build', report.siteBuild)

  // 4. the floor: a bare Astro project rendering the same pages from a local JSON file
  const floorData = path.join(work, 'floor.json')
  // the same pages, with each page's own title and visible text as the content
  const entries = htmlFiles(path.join(out, 'client'))
    .filter((f) => !f.endsWith('404.html'))
    .map((f) => {
      const html = readFileSync(f, 'utf8')
      const rel = path.relative(path.join(out, 'client'), path.dirname(f))
      const text = html.replace(/<script[\s\S]*?<\/script>|<style[\s\S]*?<\/style>|<[^>]+>/g, ' ').replace(/\s+/g, ' ')
      return { path: rel === '.' ? '' : rel, title: /<title>([^<]*)/.exec(html)?.[1] ?? '', text }
    })
  writeFileSync(floorData, JSON.stringify(entries))
  const floor = timed(path.join(root, 'node_modules/.bin/astro'), ['build', '--root', 'scripts/bench/floor'], {
    ...env,
    FLOOR_DATA: floorData,
    FLOOR_OUT_DIR: path.join(work, 'floor'),
  })
  report.floor = {
    pages: entries.length,
    wallSeconds: floor.seconds,
    peakMb: floor.peakMb,
    oursOverFloor: hundredths(astro.seconds / floor.seconds),
  }
  console.log('  floor', report.floor)

  // 5. publish to live along the site updater's path: a full build, an update with nothing published
  // since, then one renamed cluster (rendered incrementally), then the search index catching up
  const liveDir = path.join(siteWork, 'live')
  mkdirSync(liveDir, { recursive: true })
  const seconds = (since: number) => hundredths((performance.now() - since) / 1000)
  let started = performance.now()
  const full = await buildSite(env, { quiet: true, liveDir, full: true })
  if (!full.ok) throw new Error(`site build failed:\n${full.output}`)
  const fullSeconds = seconds(started)
  started = performance.now()
  const idle = await buildSite(env, { quiet: true, liveDir })
  const idleSeconds = seconds(started)
  const { docs } = (await (await fetchWithRetry(`${cms.url}/api/clusters?limit=1&depth=0`)).json()) as {
    docs: { id: number }[]
  }
  const login = await cms.adminToken()
  started = performance.now()
  await fetchWithRetry(`${cms.url}/api/clusters/${docs[0].id}?locale=en`, {
    method: 'PATCH',
    headers: { 'Content-Type': 'application/json', Authorization: `JWT ${login}` },
    body: JSON.stringify({ name: 'Benchmark rename', _status: 'published' }),
  })
  const update = await buildSite(env, { quiet: true, liveDir })
  if (!update.ok) throw new Error(`site update failed:\n${update.output}`)
  const publishSeconds = seconds(started)
  const live = htmlFiles(path.join(liveDir, 'dist/client/en/clusters')).some((f) =>
    readFileSync(f, 'utf8').includes('<h1>Benchmark rename</h1>'),
  )
  started = performance.now()
  const searchRefresh = await refreshSearchIndex({ liveDir })
  report.publishToLive = {
    seconds: publishSeconds,
    kind: update.kind,
    renderedDocuments: Number(/pages of (\d+) documents/.exec(update.output)?.[1] ?? 0),
    changedPageLive: live,
    searchRefreshSeconds: searchRefresh.refreshed ? seconds(started) : null,
    fullRebuildSeconds: fullSeconds,
    // the same images again, now from Astro's image cache: unchanged images are not encoded twice
    fullRebuildImagesSeconds: imageStepSeconds(full.output),
    fullRebuildImages: imageCacheUse(full.output),
    rebuildUnchangedSeconds: idleSeconds,
    unchangedKind: idle.kind,
    strategy:
      'incremental: changed documents and their neighbours rendered by a partial Astro build, merged into a hard-linked copy of the live build, atomic switch; search index refreshed after',
  }
  console.log('  publish to live', report.publishToLive)

  // 6. page weight per page type
  const client = path.join(liveDir, 'dist/client')
  const types: Record<string, string> = {
    home: 'en/index.html',
    list: 'en/clusters/index.html',
    search: 'en/search/index.html',
  }
  for (const section of ['clusters', 'projects', 'routes', 'policy-documents', 'organisations', 'events']) {
    const dir = path.join(client, 'en', section)
    const first = readdirSync(dir).find((d) => statSync(path.join(dir, d)).isDirectory())
    if (first) types[section] = path.join('en', section, first, 'index.html')
  }
  report.pageWeight = Object.fromEntries(
    Object.entries(types).map(([type, file]) => [type, pageWeight(client, path.join(client, file))]),
  )
  console.log('  page weight', report.pageWeight)
} catch (error) {
  // what was measured before the failure is kept (not in the growth table): a scale-10,000 load is long
  mkdirSync(resultsDir, { recursive: true })
  const file = path.join(resultsDir, `failed-${stamp()}-scale-${scale}.partial.json`)
  writeFileSync(file, `${JSON.stringify({ ...report, error: describe(error), cmsServer: cms?.state() }, null, 2)}\n`)
  console.error(`The benchmark failed; what it measured so far is in ${path.relative(root, file)}.`)
  if (cms) console.error(`The CMS server was ${cms.state()} at that moment.`)
  throw error
} finally {
  await cms?.stop()
  postgres?.stop()
  rmSync(work, { recursive: true, force: true })
  rmSync(siteWork, { recursive: true, force: true })
}

mkdirSync(resultsDir, { recursive: true })
writeFileSync(path.join(resultsDir, 'latest.json'), `${JSON.stringify(report, null, 2)}\n`)
copyFileSync(path.join(resultsDir, 'latest.json'), path.join(resultsDir, `${stamp()}-scale-${scale}.json`))
const { markdown, svg } = renderReport(report, resultsDir)
writeFileSync(path.join(resultsDir, 'latest.md'), markdown)
writeFileSync(path.join(resultsDir, 'latest.svg'), svg)
console.log(`\nWrote ${path.relative(root, resultsDir)}/latest.json, latest.md, latest.svg`)
process.exit(0)
