/**
 * Leg 1: loading the synthetic content into SQLite and PostgreSQL (or taking the database and figures
 * of an earlier load kept with --data).
 */
import { spawnSync } from 'node:child_process'
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import pg from 'pg'
import { projectRoot } from '../../../cms/paths'
import { startThrowawayPostgres } from '../../lib/throwawayPostgres'
import type { BenchOptions } from '../args'
import type { BenchReport } from '../benchReport'
import { bin, hundredths } from '../measure'
import { totalDocuments } from '../syntheticContent'

type LoadFigures = BenchReport['loadSqlite']
type Loads = Pick<BenchReport, 'loadedAt' | 'loadSqlite' | 'loadPostgres'>

/** Documents each load process writes; see loadSlice.ts for why the load is split into processes. */
const SLICE = 1000

/**
 * Fills `sqliteDir` with the loaded SQLite database (and media) and returns the load figures: loaded
 * now, or copied from the kept load in --data when it is of this scale and these images.
 */
export async function loadLeg(options: BenchOptions, sqliteDir: string, work: string, date: string): Promise<Loads> {
  const { keptData } = options
  const kept = keptData ? readKeptLoad(keptData, options) : undefined
  if (keptData && kept) {
    cpSync(path.join(keptData, 'sqlite'), sqliteDir, { recursive: true })
    console.log(`  loads of ${kept.loadedAt} reused from ${keptData}`, kept.loadSqlite, kept.loadPostgres ?? '')
    return kept
  }
  const loadSqlite = loadInto('', sqliteDir, options)
  console.log('  loaded into SQLite', loadSqlite)
  const loadPostgres = options.skipPostgres ? undefined : await loadIntoPostgres(path.join(work, 'pg-media'), options)
  if (loadPostgres) console.log('  loaded into PostgreSQL', loadPostgres)
  if (keptData) {
    mkdirSync(keptData, { recursive: true })
    cpSync(sqliteDir, path.join(keptData, 'sqlite'), { recursive: true })
    const { scale, images } = options
    const load = { scale, images, loadedAt: date, loadSqlite, loadPostgres }
    writeFileSync(path.join(keptData, 'load.json'), `${JSON.stringify(load, null, 2)}\n`)
  }
  return { loadSqlite, ...(loadPostgres ? { loadPostgres } : {}) }
}

/** Loads into a database of a throwaway PostgreSQL server, which is gone afterwards. */
async function loadIntoPostgres(mediaDir: string, options: BenchOptions): Promise<LoadFigures> {
  const postgres = await startThrowawayPostgres()
  try {
    const client = new pg.Client({ connectionString: postgres.adminUrl })
    await client.connect()
    await client.query('CREATE DATABASE bench')
    await client.end()
    return loadInto(postgres.adminUrl.replace(/\/postgres$/, '/bench'), mediaDir, options)
  } finally {
    postgres.stop()
  }
}

/**
 * Loads the synthetic content into one database, slice by slice, each slice in a fresh process, and
 * adds up the time spent writing (process start-up and migrations are not part of it).
 */
function loadInto(databaseUrl: string, dataDir: string, { scale, images }: BenchOptions): LoadFigures {
  const total = { documents: 0, writes: 0, images: 0, imageSeconds: 0, seconds: 0 }
  for (let from = 0; from < totalDocuments(scale); from += SLICE) {
    const result = spawnSync(
      bin('tsx'),
      ['scripts/bench/loadSlice.ts', String(scale), String(from), String(from + SLICE), String(images)],
      {
        cwd: projectRoot(),
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
function readKeptLoad(dir: string, { scale, images }: BenchOptions): Loads | undefined {
  const file = path.join(dir, 'load.json')
  if (!existsSync(file)) {
    // the load is written into DIR: never into a folder that holds something else
    if (existsSync(dir) && readdirSync(dir).length > 0) throw new Error(`--data ${dir}: not empty, and not a kept load`)
    return undefined
  }
  const load = JSON.parse(readFileSync(file, 'utf8')) as Loads & { scale: number; images: number }
  if (load.scale !== scale || load.images !== images) {
    throw new Error(`${dir} holds a load at scale ${load.scale} with ${load.images} images, not ${scale} and ${images}`)
  }
  const { loadedAt, loadSqlite, loadPostgres } = load
  return { loadedAt, loadSqlite, ...(loadPostgres ? { loadPostgres } : {}) }
}
