/**
 * Brings a backup (scripts/lib/backup.ts) back. The archive is checked completely before anything is
 * touched: it unpacks into a staging folder beside the data folder, its manifest must name exactly
 * the files it holds with their SHA-256, the database must be of the configured kind and readable
 * (SQLite's integrity check, pg_restore's table of contents). A data folder or database that already
 * holds content is left alone unless `force` is given. Stop the CMS before restoring.
 */
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs'
import path from 'node:path'
import pg from 'pg'
import { extract } from 'tar'
import { databaseKind } from '../../cms/database'
import { dataDir, defaultSqliteUrl, mediaDir } from '../../cms/paths'
import { createSqliteClient } from '../../cms/sqliteClient'
import { type BackupManifest, databaseEntry, listFiles, sha256 } from './backup'

/** A problem with the archive or the target; nothing was changed when it is thrown. */
export class RestoreError extends Error {}

/** What was restored. */
export interface RestoreReport {
  database: BackupManifest['database']
  createdAt: string
  mediaFiles: number
}

export async function restore(options: {
  file: string
  databaseUrl?: string
  force?: boolean
}): Promise<RestoreReport> {
  const kind = databaseKind(options.databaseUrl)
  if (kind === 'mongodb') throw new RestoreError('Backups cover SQLite and PostgreSQL; for MongoDB use mongorestore.')
  if (!existsSync(options.file)) throw new RestoreError(`${options.file}: no such file.`)
  const parent = path.dirname(dataDir())
  mkdirSync(parent, { recursive: true })
  const staging = mkdtempSync(path.join(parent, '.restore-'))
  try {
    const manifest = await checkedArchive(options.file, staging)
    if (manifest.database !== kind) {
      throw new RestoreError(
        `${options.file} is a ${manifest.database} backup, but DATABASE_URL selects ${kind}; point DATABASE_URL at a ${manifest.database} database.`,
      )
    }
    const stagedDb = path.join(staging, databaseEntry[kind])
    if (kind === 'sqlite') {
      const target = sqlitePath(options.databaseUrl || defaultSqliteUrl())
      await checkSqlite(stagedDb)
      if (!options.force) refuseNonEmptyFolder(target)
      replaceSqlite(stagedDb, target)
    } else {
      const url = options.databaseUrl as string
      checkPgDump(stagedDb)
      const tables = await tableCount(url)
      if (tables > 0 && !options.force) {
        throw new RestoreError(
          `The database in DATABASE_URL already has ${tables} tables; add --force to replace them.`,
        )
      }
      if (!options.force) refuseNonEmptyMedia()
      restorePostgres(stagedDb, url, tables > 0)
    }
    const mediaFiles = replaceMedia(path.join(staging, 'media'))
    return { database: manifest.database, createdAt: manifest.createdAt, mediaFiles }
  } finally {
    rmSync(staging, { recursive: true, force: true })
  }
}

/** Unpacks the archive into `staging` and checks it against its manifest. */
async function checkedArchive(file: string, staging: string): Promise<BackupManifest> {
  try {
    await extract({ file, cwd: staging, strict: true })
  } catch (error) {
    throw new RestoreError(`${file} is not a readable backup archive: ${(error as Error).message}`)
  }
  const manifestFile = path.join(staging, 'manifest.json')
  if (!existsSync(manifestFile)) throw new RestoreError(`${file} has no manifest.json; it is not a backup of this CMS.`)
  const manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as BackupManifest
  if (manifest.format !== 1 || !(manifest.database in databaseEntry)) {
    throw new RestoreError(`${file}: unknown backup format ${manifest.format} for database "${manifest.database}".`)
  }
  const present = listFiles(staging).filter((f) => f !== 'manifest.json')
  const listed = Object.keys(manifest.files).sort()
  const missing = listed.filter((f) => !present.includes(f))
  const extra = present.filter((f) => !(f in manifest.files))
  if (missing.length > 0) throw new RestoreError(`${file} is incomplete; missing: ${missing.join(', ')}.`)
  if (extra.length > 0) throw new RestoreError(`${file} holds files its manifest does not list: ${extra.join(', ')}.`)
  if (!listed.includes(databaseEntry[manifest.database])) throw new RestoreError(`${file} holds no database.`)
  for (const entry of listed) {
    if ((await sha256(path.join(staging, entry))) !== manifest.files[entry]) {
      throw new RestoreError(`${file} is damaged: ${entry} does not match its checksum.`)
    }
  }
  return manifest
}

function sqlitePath(url: string): string {
  return path.resolve(url.replace(/^file:/, ''))
}

async function checkSqlite(file: string): Promise<void> {
  // the CMS's SQLite (see copySqlite in backup.ts for why not libsql's)
  const client = createSqliteClient(`file:${file}`)
  try {
    const result = await client.execute('PRAGMA integrity_check')
    const verdict = String(result.rows[0]?.[0])
    if (verdict !== 'ok')
      throw new RestoreError(`The database in the backup fails SQLite's integrity check: ${verdict}`)
  } finally {
    client.close()
  }
}

function refuseNonEmptyFolder(databaseFile: string): void {
  if (existsSync(databaseFile) && statSync(databaseFile).size > 0) {
    throw new RestoreError(`${databaseFile} already exists; add --force to replace it.`)
  }
  refuseNonEmptyMedia()
}

function refuseNonEmptyMedia(): void {
  if (existsSync(mediaDir()) && readdirSync(mediaDir()).length > 0) {
    throw new RestoreError(`${mediaDir()} is not empty; add --force to replace it.`)
  }
}

/** Moves the checked copy into place, with no stale WAL or shared-memory file of the old database left beside it. */
function replaceSqlite(staged: string, target: string): void {
  mkdirSync(path.dirname(target), { recursive: true })
  for (const suffix of ['-wal', '-shm', '-journal']) rmSync(`${target}${suffix}`, { force: true })
  renameSync(staged, target)
}

function checkPgDump(file: string): void {
  const list = spawnSync('pg_restore', ['--list', file], { encoding: 'utf8' })
  if (list.error) throw new RestoreError(`pg_restore could not run (${list.error.message}); install postgresql-client.`)
  if (list.status !== 0) throw new RestoreError(`The database dump in the backup is unreadable: ${list.stderr.trim()}`)
}

async function tableCount(url: string): Promise<number> {
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  try {
    const { rows } = await client.query(
      "SELECT count(*)::int AS n FROM information_schema.tables WHERE table_schema = 'public'",
    )
    return rows[0].n as number
  } finally {
    await client.end()
  }
}

/** All or nothing: one transaction, stopping at the first error; `clean` drops what is there first. */
function restorePostgres(dump: string, url: string, clean: boolean): void {
  const args = ['--no-owner', '--no-privileges', '--exit-on-error', '--single-transaction', '--dbname', url]
  const run = spawnSync('pg_restore', [...args, ...(clean ? ['--clean', '--if-exists'] : []), dump], {
    encoding: 'utf8',
  })
  if (run.status !== 0) throw new Error(`pg_restore failed; the database is as it was: ${run.stderr.trim()}`)
}

/** Puts the backup's media folder in place of the current one; returns how many files it holds. */
function replaceMedia(staged: string): number {
  rmSync(mediaDir(), { recursive: true, force: true })
  if (!existsSync(staged)) return 0
  mkdirSync(path.dirname(mediaDir()), { recursive: true })
  renameSync(staged, mediaDir())
  return listFiles(mediaDir()).length
}
