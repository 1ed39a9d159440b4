/**
 * A real CMS (Payload Local API) on a fresh, empty, migrated database of the kind this test project
 * runs on: a temporary SQLite file, a new database on the throwaway PostgreSQL server, or a new
 * database on the MongoDB server in MONGODB_URL. Each test file gets its own.
 */
import { randomBytes } from 'node:crypto'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { getPayload, type Payload } from 'payload'
import pg from 'pg'
import { inject } from 'vitest'
import { migrateDatabase } from '../../../cms/migrate'

/** Which database this integration project runs on. */
export const testDatabase = (process.env.TEST_DATABASE ?? 'sqlite') as 'sqlite' | 'postgres' | 'mongodb'

/**
 * Creates an empty database, points the CMS at it, starts Payload and applies the migrations.
 * `quietServer` puts a PostgreSQL database on a server no other test file writes to.
 */
export async function startTestCms(options: { quietServer?: boolean } = {}): Promise<Payload> {
  const name = `cms_test_${randomBytes(6).toString('hex')}`
  const postgresAdminUrl = options.quietServer ? inject('quietPostgresAdminUrl') : undefined
  process.env.DATABASE_URL = await createDatabase(name, postgresAdminUrl)
  process.env.DATA_DIR = mkdtempSync(path.join(tmpdir(), 'cms-data-'))
  const { default: config } = await import('../../../cms/payload.config')
  const payload = await getPayload({ config, key: name })
  await migrateDatabase(payload)
  return payload
}

async function createDatabase(name: string, postgresAdminUrl?: string): Promise<string> {
  switch (testDatabase) {
    case 'sqlite':
      return `file:${path.join(mkdtempSync(path.join(tmpdir(), 'cms-sqlite-')), `${name}.db`)}`
    case 'postgres':
      return createPostgresDatabase(name, postgresAdminUrl)
    case 'mongodb': {
      const url = new URL(process.env.MONGODB_URL as string)
      url.pathname = `/${name}`
      return url.toString()
    }
  }
}

/** Creates an empty database `name` on the throwaway PostgreSQL server (or `adminUrl`'s) and gives its URL. */
export async function createPostgresDatabase(name: string, adminUrl?: string): Promise<string> {
  const admin = adminUrl ?? inject('postgresAdminUrl')
  const client = new pg.Client({ connectionString: admin })
  await client.connect()
  await client.query(`CREATE DATABASE ${name}`)
  await client.end()
  const url = new URL(admin)
  url.pathname = `/${name}`
  return url.toString()
}
