/**
 * Leg 1: loading the synthetic content into SQLite and PostgreSQL (or taking the database and figures
 * of an earlier load kept with --data).
 */
import { spawnSync } from 'node:child_process'
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import pg from 'pg'
import { projectRoot } from '../../../cms/paths'
import { type CmsProcess, serveCms } from '../../lib/cmsProcess'
import { startThrowawayPostgres } from '../../lib/throwawayPostgres'
import type { BenchOptions } from '../args'
import type { BenchReport } from '../benchReport'
import { bin, hundredths, medianRun, SHORT_RUN_SECONDS } from '../measure'
import { type LoadWrite, totalDocuments } from '../syntheticContent'
import { type TypicalReads, typicalReadLeg } from './restRead'

type LoadFigures = BenchReport['loadSqlite']
type Loads = Pick<
  BenchReport,
  | 'loadedAt'
  | 'loadSqlite'
  | 'loadPostgres'
  | 'bulkLoadSqlite'
  | 'bulkLoadPostgres'
  | 'restReadTypicalPostgres'
  | 'restReadTypicalPostgresFresh'
>

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
  // the first load fills the database the later legs read; a short load is run again (--runs), into
  // databases of its own, for its median and range
  const loadSqlite = await loadRepeated(options.runs, (run) =>
    loadInto('', run === 0 ? sqliteDir : path.join(work, `sqlite-${run}`), options),
  )
  console.log('  loaded into SQLite', loadSqlite)
  const bulkLoadSqlite = await loadRepeated(options.runs, (run) =>
    loadInto('', path.join(work, `bulk-sqlite-${run}`), { ...options, images: 0 }, 'bulk'),
  )
  console.log('  bulk-loaded into SQLite', bulkLoadSqlite)
  const postgres = options.skipPostgres ? undefined : await loadIntoPostgres(path.join(work, 'pg-media'), options)
  const loadPostgres = postgres?.load
  if (postgres) console.log('  loaded into PostgreSQL', postgres.load, 'typical reads', postgres.typicalRead)
  if (keptData) {
    mkdirSync(keptData, { recursive: true })
    cpSync(sqliteDir, path.join(keptData, 'sqlite'), { recursive: true })
    const { scale, images } = options
    const load = {
      scale,
      images,
      loadedAt: date,
      loadSqlite,
      loadPostgres,
      bulkLoadSqlite,
      bulkLoadPostgres: postgres?.bulkLoad,
    }
    writeFileSync(path.join(keptData, 'load.json'), `${JSON.stringify(load, null, 2)}\n`)
  }
  return {
    loadSqlite,
    bulkLoadSqlite,
    ...(postgres
      ? {
          loadPostgres: postgres.load,
          bulkLoadPostgres: postgres.bulkLoad,
          restReadTypicalPostgres: postgres.typicalRead.kept,
          restReadTypicalPostgresFresh: postgres.typicalRead.fresh,
        }
      : {}),
  }
}

/**
 * Loads into a database of a throwaway PostgreSQL server, which is gone afterwards, and measures the
 * typical API read (legs/restRead.ts) on a CMS serving it.
 */
async function loadIntoPostgres(
  mediaDir: string,
  options: BenchOptions,
): Promise<{ load: LoadFigures; bulkLoad: LoadFigures; typicalRead: TypicalReads }> {
  // without autovacuum: its passes over new databases move the content version during the reads below,
  // retiring kept answers at random (the smoke test once saw 496 of 576 reads kept); the database read
  // is vacuumed and analyzed by hand before them
  const postgres = await startThrowawayPostgres({ autovacuum: false })
  let cms: CmsProcess | undefined
  try {
    const client = new pg.Client({ connectionString: postgres.adminUrl })
    await client.connect()
    await client.query('CREATE DATABASE bench')
    const timingOnly: string[] = []
    const freshDatabase = async (name: string) => {
      await client.query(`CREATE DATABASE ${name}`)
      timingOnly.push(name)
      return postgres.adminUrl.replace(/\/postgres$/, `/${name}`)
    }
    const databaseUrl = postgres.adminUrl.replace(/\/postgres$/, '/bench')
    const load = await loadRepeated(options.runs, async (run) =>
      run === 0
        ? loadInto(databaseUrl, mediaDir, options)
        : loadInto(await freshDatabase(`bench_${run}`), `${mediaDir}-${run}`, options),
    )
    const bulkLoad = await loadRepeated(options.runs, async (run) =>
      loadInto(await freshDatabase(`bench_bulk_${run}`), `${mediaDir}-bulk-${run}`, { ...options, images: 0 }, 'bulk'),
    )
    // the databases loaded only for their timing are not needed any more
    for (const name of timingOnly) await client.query(`DROP DATABASE ${name}`)
    await client.end()
    // the reads are measured on a database at rest, as a portal's is between publishes: vacuumed and
    // analyzed, as autovacuum (off on this server, above) would have left it
    const settle = new pg.Client({ connectionString: databaseUrl })
    await settle.connect()
    await settle.query('VACUUM ANALYZE')
    await settle.end()
    cms = await serveCms(
      { ...process.env, DATA_DIR: mediaDir, DATABASE_URL: databaseUrl, DISABLE_JOBS: 'true', LOG_LEVEL: 'error' },
      { stdio: ['ignore', 'ignore', 'inherit'] },
    )
    return { load, bulkLoad, typicalRead: await typicalReadLeg(cms.url) }
  } finally {
    await cms?.stop()
    postgres.stop()
  }
}

/**
 * A load, run `runs` times in all (each `load(run)` into a fresh database) when it took under a minute:
 * the median run's figures, with how many runs there were and the range of their documents/s.
 */
async function loadRepeated(runs: number, load: (run: number) => LoadFigures | Promise<LoadFigures>) {
  const all = [await load(0)]
  if (all[0].seconds >= SHORT_RUN_SECONDS || runs < 2) return all[0]
  while (all.length < runs) all.push(await load(all.length))
  return medianLoad(all)
}

function medianLoad(runs: LoadFigures[]): LoadFigures {
  const { median, spread } = medianRun(runs, (run) => run.documentsPerSecond)
  return { ...median, runs: runs.length, documentsPerSecondSpread: spread }
}

/**
 * Loads the synthetic content into one database in one fresh process, as one CMS would write it, and
 * reports the time spent writing (process start-up and migrations are not part of it) and how much
 * memory the process held after the writes compared with before them.
 */
function loadInto(
  databaseUrl: string,
  dataDir: string,
  { scale, images }: BenchOptions,
  write: LoadWrite = 'editor',
): LoadFigures {
  const result = spawnSync(
    bin('tsx'),
    ['scripts/bench/loadSlice.ts', String(scale), '0', String(totalDocuments(scale)), String(images), write],
    {
      cwd: projectRoot(),
      env: {
        ...process.env,
        DATABASE_URL: databaseUrl,
        DATA_DIR: dataDir,
        LOG_LEVEL: 'error',
        DISABLE_JOBS: 'true',
      },
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    },
  )
  const line = result.stdout.split('\n').find((l) => l.startsWith('BENCH_RESULT '))
  if (!line) throw new Error(`the load leg failed:\n${result.stdout}\n${result.stderr}`)
  const load = JSON.parse(line.slice('BENCH_RESULT '.length)) as Omit<LoadFigures, 'documentsPerSecond' | 'rssGrowthMb'>
  const seconds = hundredths(load.seconds)
  return {
    ...load,
    imageSeconds: hundredths(load.imageSeconds),
    seconds,
    documentsPerSecond: Math.round((load.documents / seconds) * 10) / 10,
    rssGrowthMb: load.rssEndMb - load.rssStartMb,
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
  const { loadedAt, loadSqlite, loadPostgres, bulkLoadSqlite, bulkLoadPostgres } = load
  return {
    loadedAt,
    loadSqlite,
    ...(loadPostgres ? { loadPostgres } : {}),
    ...(bulkLoadSqlite ? { bulkLoadSqlite } : {}),
    ...(bulkLoadPostgres ? { bulkLoadPostgres } : {}),
  }
}
