/**
 * One backup of the CMS as one dated `.tar.gz`: a consistent copy of the database and the uploaded
 * media, with a manifest of every file's SHA-256 so a restore can check the archive before it touches
 * anything (scripts/lib/restore.ts). Safe while the CMS is running and writing: SQLite is copied with
 * `VACUUM INTO` (one read transaction, so one committed state, while writers carry on under WAL),
 * PostgreSQL with `pg_dump` (one snapshot). The database is copied before the media, so every file a
 * copied document names was on disk before the copy of the files began.
 */
import { spawnSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { createReadStream, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { cp } from 'node:fs/promises'
import path from 'node:path'
import { create } from 'tar'
import { type DatabaseKind, databaseKind } from '../../cms/database'
import { defaultSqliteUrl, mediaDir } from '../../cms/paths'
import { createSqliteClient } from '../../cms/sqliteClient'

/** What the archive holds, in `manifest.json` at its root. */
export interface BackupManifest {
  format: 1
  createdAt: string
  database: Exclude<DatabaseKind, 'mongodb'>
  /** Every file in the archive but the manifest: path inside the archive → SHA-256 (hex). */
  files: Record<string, string>
}

/** The database file's path inside the archive, per kind. */
export const databaseEntry = { sqlite: 'database/cms.db', postgres: 'database/cms.pgdump' } as const

/** `cms-2026-12-04T15-03-00Z.tar.gz`: sorts by time and is a valid file name everywhere. */
export function backupFileName(at: Date): string {
  return `cms-${at
    .toISOString()
    .replace(/\.\d{3}Z$/, 'Z')
    .replaceAll(':', '-')}.tar.gz`
}

/** Writes a backup of the database in `databaseUrl` and of DATA_DIR/media into `outDir`; returns its path. */
export async function backup(options: { databaseUrl?: string; outDir: string; at?: Date }): Promise<string> {
  const kind = databaseKind(options.databaseUrl)
  if (kind === 'mongodb') throw new Error('Backups cover SQLite and PostgreSQL; for MongoDB use mongodump.')
  const at = options.at ?? new Date()
  mkdirSync(options.outDir, { recursive: true })
  const staging = mkdtempSync(path.join(options.outDir, '.backup-'))
  try {
    const dbFile = path.join(staging, databaseEntry[kind])
    mkdirSync(path.dirname(dbFile), { recursive: true })
    if (kind === 'sqlite') await copySqlite(options.databaseUrl || defaultSqliteUrl(), dbFile)
    else dumpPostgres(options.databaseUrl as string, dbFile)
    if (existsSync(mediaDir())) await cp(mediaDir(), path.join(staging, 'media'), { recursive: true })
    const entries = listFiles(staging)
    const manifest: BackupManifest = { format: 1, createdAt: at.toISOString(), database: kind, files: {} }
    for (const entry of entries) manifest.files[entry] = await sha256(path.join(staging, entry))
    writeFileSync(path.join(staging, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`)
    const file = path.join(options.outDir, backupFileName(at))
    await create({ gzip: true, file, cwd: staging, portable: true }, ['manifest.json', ...entries])
    return file
  } finally {
    rmSync(staging, { recursive: true, force: true })
  }
}

/**
 * A consistent copy of a live SQLite database (WAL included) into a new file, through the same SQLite
 * as the CMS's (`node:sqlite`, cms/sqliteClient.ts). Not libsql's: it bundles SQLite 3.45, which has
 * the WAL-reset bug (fixed in 3.51.3), a race between two connections' checkpoints and writes that
 * can corrupt a database; a backup copied beside the writing CMS through it once read "database disk
 * image is malformed".
 */
async function copySqlite(url: string, target: string): Promise<void> {
  const client = createSqliteClient(url, { busyTimeout: 10_000 })
  try {
    await client.execute({ sql: 'VACUUM INTO ?', args: [target] })
  } finally {
    client.close()
  }
}

/** pg_dump's custom format: one snapshot, compressed, restorable table by table with pg_restore. */
function dumpPostgres(url: string, target: string): void {
  const dump = spawnSync('pg_dump', ['--format=custom', '--no-owner', '--no-privileges', '--file', target, url], {
    encoding: 'utf8',
  })
  if (dump.error) throw new Error(`pg_dump could not run (${dump.error.message}); install postgresql-client.`)
  if (dump.status !== 0) throw new Error(`pg_dump failed: ${dump.stderr.trim()}`)
}

/** Every file under `dir`, as sorted relative POSIX paths. */
export function listFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .map((d) => path.relative(dir, path.join(d.parentPath, d.name)).split(path.sep).join('/'))
    .sort()
}

/** The SHA-256 of a file, streamed. */
export function sha256(file: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const hash = createHash('sha256')
    createReadStream(file)
      .on('data', (chunk) => hash.update(chunk))
      .on('error', reject)
      .on('end', () => resolve(hash.digest('hex')))
  })
}
