import { mkdirSync } from 'node:fs'
import path from 'node:path'
import { mongooseAdapter } from '@payloadcms/db-mongodb'
import { postgresAdapter } from '@payloadcms/db-postgres'
import { sqliteAdapter } from '@payloadcms/db-sqlite'
import type { DatabaseAdapterObj } from 'payload'
import pg from 'pg'
import { trackingWrites } from './contentVersion'
import { indexLocaleParentsPostgres, indexLocaleParentsSqlite } from './localeParentIndexes'
import { migrations as postgresMigrations } from './migrations/postgres'
import { migrations as sqliteMigrations } from './migrations/sqlite'
import { dataDir, defaultSqliteUrl, projectRoot } from './paths'
import { QueuedClient } from './postgresClient'
import { createSqliteClient } from './sqliteClient'

/** Which database a DATABASE_URL selects, by its scheme. */
export type DatabaseKind = 'sqlite' | 'postgres' | 'mongodb'

/** Tells the database kind from a URL; an empty URL means the embedded SQLite file. */
export function databaseKind(url: string | undefined): DatabaseKind {
  if (!url || url.startsWith('file:')) return 'sqlite'
  if (/^postgres(ql)?:\/\//.test(url)) return 'postgres'
  if (/^mongodb(\+srv)?:\/\//.test(url)) return 'mongodb'
  throw new Error(
    `DATABASE_URL has an unknown scheme: "${url.split(':')[0]}:". Use file:path/to.db (SQLite), postgres://... or mongodb://...`,
  )
}

/** How long a write to SQLite waits for another writer before it fails, in milliseconds. */
const SQLITE_BUSY_TIMEOUT = 10_000

/**
 * Payload's SQLite adapter, on the CMS's own client over `node:sqlite` (cms/sqliteClient.ts) instead
 * of the libsql client it would create: the adapter connects through a client it finds already set,
 * and then leaves the connection settings to it (busy timeout, write-ahead log), as it skips its own.
 */
function withSqliteClient(adapter: DatabaseAdapterObj, url: string): DatabaseAdapterObj {
  return {
    ...adapter,
    init: (args) => {
      const database = adapter.init(args) as ReturnType<typeof adapter.init> & { client?: unknown }
      database.client = createSqliteClient(url, { busyTimeout: SQLITE_BUSY_TIMEOUT, wal: true })
      return database
    },
  }
}

/**
 * The Payload database adapter for a DATABASE_URL. SQL databases never push their schema: they are
 * built only by the committed migrations in cms/migrations/<kind>, in development as in production,
 * so what the tests run is what production runs. Transactions are on for SQLite too, so a failed
 * write (a validation error in a hook, a seed that stops half-way) leaves nothing behind. Writes are
 * tracked for the content version that retires cached answers (cms/contentVersion.ts).
 */
export function databaseAdapter(url = process.env.DATABASE_URL): DatabaseAdapterObj {
  switch (databaseKind(url)) {
    case 'sqlite':
      // SQLite creates the file but not its folder
      if (!url) mkdirSync(dataDir(), { recursive: true })
      return trackingWrites(
        withSqliteClient(
          sqliteAdapter({
            client: { url: url || defaultSqliteUrl() },
            push: false,
            migrationDir: path.join(projectRoot(), 'cms/migrations/sqlite'),
            prodMigrations: sqliteMigrations,
            transactionOptions: {},
            busyTimeout: SQLITE_BUSY_TIMEOUT,
            wal: true,
            afterSchemaInit: [indexLocaleParentsSqlite],
          }),
          url || defaultSqliteUrl(),
        ),
        'sqlite',
      )
    case 'postgres':
      return trackingWrites(
        postgresAdapter({
          // the CMS's own node-postgres, so that the pool and its connections (postgresClient.ts) are of one version
          pg: pg as never,
          pool: { connectionString: url, Client: QueuedClient },
          push: false,
          migrationDir: path.join(projectRoot(), 'cms/migrations/postgres'),
          prodMigrations: postgresMigrations,
          afterSchemaInit: [indexLocaleParentsPostgres],
        }),
        'postgres',
      )
    case 'mongodb':
      return mongooseAdapter({ url: url as string })
  }
}
