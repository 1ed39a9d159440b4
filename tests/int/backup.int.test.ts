import { spawn } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { Payload } from 'payload'
import pg from 'pg'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { mediaDir } from '../../cms/paths'
import { createSqliteClient } from '../../cms/sqliteClient'
import { backup, backupFileName, listFiles } from '../../scripts/lib/backup'
import { RestoreError, restore } from '../../scripts/lib/restore'
import { makeOrganization } from './support/factories'
import { createPostgresDatabase, startTestCms, testDatabase } from './support/testCms'

/** Every row of every table, as sorted JSON per table: two databases with equal dumps hold the same data. */
async function dumpTables(url: string): Promise<Record<string, string[]>> {
  const tables: Record<string, string[]> = {}
  if (url.startsWith('file:')) {
    const client = createSqliteClient(url)
    const names = await client.execute(
      "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'",
    )
    for (const { name } of names.rows) {
      const rows = await client.execute(`SELECT * FROM "${name}"`)
      tables[String(name)] = rows.rows.map((r) => JSON.stringify(r)).sort()
    }
    client.close()
  } else {
    const client = new pg.Client({ connectionString: url })
    await client.connect()
    const names = await client.query("SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'")
    for (const { table_name: name } of names.rows) {
      const rows = await client.query(`SELECT * FROM "${name}"`)
      tables[name] = rows.rows.map((r) => JSON.stringify(r)).sort()
    }
    await client.end()
  }
  return tables
}

/** An empty database of this test's kind and an empty data folder to restore into. */
async function emptyTarget(): Promise<{ databaseUrl: string; dataDir: string }> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'cms-restore-'))
  if (testDatabase === 'sqlite') return { databaseUrl: `file:${path.join(dataDir, 'cms.db')}`, dataDir }
  const databaseUrl = await createPostgresDatabase(`cms_restore_${randomBytes(6).toString('hex')}`)
  return { databaseUrl, dataDir }
}

/** Runs `fn` with DATA_DIR pointing at `dataDir` (the restore writes media there). */
async function inDataDir<T>(dataDir: string, fn: () => Promise<T>): Promise<T> {
  const before = process.env.DATA_DIR
  process.env.DATA_DIR = dataDir
  try {
    return await fn()
  } finally {
    process.env.DATA_DIR = before
  }
}

describe(`npm run backup / npm run restore (${testDatabase})`, () => {
  let payload: Payload
  let sourceUrl: string
  let sourceMedia: string
  const outDir = mkdtempSync(path.join(tmpdir(), 'cms-backups-'))

  beforeAll(async () => {
    payload = await startTestCms()
    sourceUrl = process.env.DATABASE_URL as string
    sourceMedia = mediaDir()
    // documents with several versions each, one in a second locale, and an image with its generated sizes
    for (const name of ['Klaster Morski', 'Klaster Bursztynowy', 'Klaster Drzewny']) {
      const doc = await payload.create({
        collection: 'organizations',
        data: { ...makeOrganization({ name }), _status: 'published' },
        locale: 'en',
      })
      await payload.update({
        collection: 'organizations',
        id: doc.id,
        data: { name: `${name} (pl)` },
        locale: 'pl',
      })
      await payload.update({
        collection: 'organizations',
        id: doc.id,
        data: { name: `${name} draft`, _status: 'draft' },
        locale: 'en',
        draft: true,
      })
    }
    const png = await sharp({ create: { width: 900, height: 600, channels: 3, background: '#2a6f97' } })
      .png()
      .toBuffer()
    await payload.create({
      collection: 'media',
      data: { alt: 'Harbour' },
      file: { data: png, mimetype: 'image/png', name: 'harbour.png', size: png.length },
      locale: 'en',
    })
  })
  afterAll(async () => payload?.destroy())

  it('names the archive by its UTC time', () => {
    expect(backupFileName(new Date('2026-12-04T15:03:00.123Z'))).toBe('cms-2026-12-04T15-03-00Z.tar.gz')
  })

  it('restores into an empty data folder every table row (documents, versions, locales) and every media file', async () => {
    const before = await dumpTables(sourceUrl)
    expect(before.organizations).toHaveLength(3)
    expect(before._organizations_v.length).toBeGreaterThanOrEqual(9)
    const file = await backup({ databaseUrl: sourceUrl, outDir })
    expect(path.basename(file)).toMatch(/^cms-\d{4}-\d\d-\d\dT\d\d-\d\d-\d\dZ\.tar\.gz$/)

    const target = await emptyTarget()
    const report = await inDataDir(target.dataDir, () => restore({ file, databaseUrl: target.databaseUrl }))
    expect(report.database).toBe(testDatabase)
    expect(await dumpTables(target.databaseUrl)).toEqual(before)
    const mediaFiles = listFiles(sourceMedia)
    expect(mediaFiles.length).toBeGreaterThanOrEqual(4) // the original and its three sizes
    expect(report.mediaFiles).toBe(mediaFiles.length)
    expect(listFiles(path.join(target.dataDir, 'media'))).toEqual(mediaFiles)
    for (const f of mediaFiles) {
      expect(readFileSync(path.join(target.dataDir, 'media', f)).equals(readFileSync(path.join(sourceMedia, f)))).toBe(
        true,
      )
    }
  })

  /** `npm run backup -- --out DIR` in its own process, as an operator runs it beside the live CMS. */
  function backupCommand(): Promise<string> {
    return new Promise((resolve, reject) => {
      const child = spawn(process.execPath, ['node_modules/tsx/dist/cli.mjs', 'scripts/backup.ts', '--out', outDir], {
        env: process.env,
        stdio: ['ignore', 'pipe', 'pipe'],
      })
      let output = ''
      child.stdout.on('data', (chunk) => (output += chunk))
      child.stderr.on('data', (chunk) => (output += chunk))
      child.on('error', reject)
      child.on('exit', (code) => {
        const written = /Backup written: (\S+)/.exec(output)?.[1]
        if (code === 0 && written) resolve(path.resolve(written))
        else reject(new Error(`npm run backup exited with ${code}: ${output}`))
      })
    })
  }

  it('a backup taken while the CMS writes holds one consistent state: every earlier document, each with its versions', async () => {
    const earlier = (await payload.find({ collection: 'organizations', limit: 0, draft: true })).totalDocs
    let writing = true
    let written = 0
    // SQLite calls can resolve without a turn of the event loop; each loop yields one, so the other
    // loop, the writes' timers and the backup process's exit all get their turn
    const nextTurn = () => new Promise((resolve) => setImmediate(resolve))
    const writer = (async () => {
      while (writing) {
        await payload.create({
          collection: 'organizations',
          data: { ...makeOrganization(), _status: 'published' },
          locale: 'en',
        })
        written++
        await nextTurn()
      }
    })()
    // let the writer get going, so the copy overlaps real writes
    while (written < 3) await nextTurn()
    const file = await backupCommand().finally(() => {
      writing = false
    })
    await writer
    expect(written).toBeGreaterThanOrEqual(3)

    const target = await emptyTarget()
    await inDataDir(target.dataDir, () => restore({ file, databaseUrl: target.databaseUrl }))
    const restored = await dumpTables(target.databaseUrl)
    const orgIds = restored.organizations.map((r) => JSON.parse(r).id)
    expect(orgIds.length).toBeGreaterThanOrEqual(earlier + 3)
    expect(orgIds.length).toBeLessThanOrEqual(earlier + written)
    // every document has its versions and its locale rows: no write was cut in half
    const versionParents = new Set(restored._organizations_v.map((r) => JSON.parse(r).parent_id))
    const localeParents = new Set(restored.organizations_locales.map((r) => JSON.parse(r)._parent_id))
    for (const id of orgIds) {
      expect(versionParents.has(id)).toBe(true)
      expect(localeParents.has(id)).toBe(true)
    }
  })

  it('refuses to overwrite a data folder that holds content unless forced', async () => {
    const file = await backup({ databaseUrl: sourceUrl, outDir })
    const target = await emptyTarget()
    await inDataDir(target.dataDir, () => restore({ file, databaseUrl: target.databaseUrl }))
    const first = await dumpTables(target.databaseUrl)
    writeFileSync(path.join(target.dataDir, 'media', 'added-later.txt'), 'keep me')
    await expect(inDataDir(target.dataDir, () => restore({ file, databaseUrl: target.databaseUrl }))).rejects.toThrow(
      testDatabase === 'sqlite' ? /cms\.db already exists; add --force/ : /already has \d+ tables; add --force/,
    )
    expect(existsSync(path.join(target.dataDir, 'media', 'added-later.txt'))).toBe(true)
    await inDataDir(target.dataDir, () => restore({ file, databaseUrl: target.databaseUrl, force: true }))
    expect(existsSync(path.join(target.dataDir, 'media', 'added-later.txt'))).toBe(false)
    expect(await dumpTables(target.databaseUrl)).toEqual(first)
  })

  it('checks the archive before touching anything: a damaged one changes nothing', async () => {
    const file = await backup({ databaseUrl: sourceUrl, outDir })
    const damaged = path.join(outDir, 'damaged.tar.gz')
    const bytes = readFileSync(file)
    writeFileSync(damaged, bytes.subarray(0, Math.floor(bytes.length / 2)))
    const target = await emptyTarget()
    const error = await inDataDir(target.dataDir, () =>
      restore({ file: damaged, databaseUrl: target.databaseUrl }),
    ).catch((e) => e)
    expect(error).toBeInstanceOf(RestoreError)
    expect(error.message).toMatch(/damaged\.tar\.gz (is not a readable backup archive|is incomplete)/)
    expect(existsSync(path.join(target.dataDir, 'media'))).toBe(false)
    expect(Object.keys(await dumpTables(target.databaseUrl))).toEqual([])
  })
})
