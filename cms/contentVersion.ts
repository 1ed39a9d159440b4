import type { BaseDatabaseAdapter, DatabaseAdapterObj } from 'payload'

/**
 * The database's content version: a token that changes whenever what an anonymous reader may see
 * could have changed. The published answers cache of cms/api/answerCache.ts keeps an answer only
 * under the version it was read at, and serves it only while the version is the same.
 *
 * It is made of two parts:
 * - this process's writes: the database adapter's write methods are wrapped (`trackingWrites`), and
 *   each write to public content moves a counter before and after it runs and when its transaction
 *   ends. An answer read while such a transaction is open is of the old content; the transaction's end
 *   moves the counter again, so that answer is never served after the change is visible;
 * - every other process's writes (`npm run seed`, `npm run translations:import` beside `npm start`):
 *   SQLite's `PRAGMA data_version` changes whenever another connection commits; PostgreSQL's WAL
 *   position moves with every write to the server. Each costs one small query per cached answer.
 *
 * On MongoDB there is no version: nothing is cached.
 */

/** Collections no anonymous reader can see, written often (jobs every minute, the site updater's log, the admin's locks and preferences, logins). */
const privateCollections = new Set([
  'payload-jobs',
  'payload-locked-documents',
  'payload-preferences',
  'payload-migrations',
  'payload-kv',
  'site-updates',
  'users',
])

// the tracker hangs on the adapter object under a global symbol, so each bundle that loads this file
// (Next.js may load it twice: in the config's module graph and in the route's) finds the same one
const TRACKER = Symbol.for('portal.contentVersion.tracker')

type Tracker = {
  /** Moved by every write to public content, and by the end of each transaction that made one. */
  writes: number
  /** Transactions that wrote public content and have not ended yet. */
  writingTransactions: Set<string | number>
  /** The version of the writes made by every other process, or undefined when there is none. */
  otherWriters: () => Promise<string | undefined>
}

type TrackedAdapter = BaseDatabaseAdapter & { [TRACKER]?: Tracker }
type WriteArgs = { collection?: string; slug?: string; req?: { transactionID?: unknown } }
type Method = (this: unknown, ...args: unknown[]) => unknown

/** The adapter with its writes tracked, for `contentVersion()`. */
export function trackingWrites(adapter: DatabaseAdapterObj, kind: 'sqlite' | 'postgres'): DatabaseAdapterObj {
  return {
    ...adapter,
    init: (args) => {
      const database = adapter.init(args) as TrackedAdapter
      const tracker: Tracker = {
        writes: 0,
        writingTransactions: new Set(),
        otherWriters: kind === 'sqlite' ? () => sqliteDataVersion(database) : () => postgresSnapshot(database),
      }
      database[TRACKER] = tracker
      const methods = database as unknown as Record<string, unknown>
      for (const name of Object.keys(methods)) {
        const original = methods[name]
        if (typeof original !== 'function') continue
        if (/^(create|update|delete|upsert)/.test(name) && name !== 'createMigration') {
          methods[name] = trackedWrite(tracker, name, original as Method)
        } else if (name === 'commitTransaction' || name === 'rollbackTransaction') {
          methods[name] = trackedEnd(tracker, original as Method)
        }
      }
      return database
    },
  }
}

/**
 * The content version of a database, or undefined when it is unknown (no tracking, MongoDB, a
 * failed query): then nothing may be cached.
 */
export async function contentVersion(database: object): Promise<string | undefined> {
  const tracker = (database as TrackedAdapter)[TRACKER]
  if (!tracker) return undefined
  const others = await tracker.otherWriters().catch(() => undefined)
  return others === undefined ? undefined : `${tracker.writes}:${others}`
}

function trackedWrite(tracker: Tracker, name: string, original: Method): Method {
  return function (this: unknown, ...args: unknown[]) {
    const { collection, slug, req } = (args[0] ?? {}) as WriteArgs
    // updateJobs names no collection: it writes the jobs queue
    const target = collection ?? slug ?? (name === 'updateJobs' ? 'payload-jobs' : undefined)
    if (target !== undefined && privateCollections.has(target)) return original.apply(this, args)
    tracker.writes++
    const transaction = req?.transactionID
    const moved = () => {
      tracker.writes++
    }
    if (transaction instanceof Promise) {
      void transaction.then((id) => tracker.writingTransactions.add(id), moved)
    } else if (typeof transaction === 'string' || typeof transaction === 'number') {
      tracker.writingTransactions.add(transaction)
    }
    const result = original.apply(this, args)
    if (result instanceof Promise) return result.finally(moved)
    moved()
    return result
  }
}

function trackedEnd(tracker: Tracker, original: Method): Method {
  return async function (this: unknown, ...args: unknown[]) {
    const id = args[0] instanceof Promise ? await args[0] : args[0]
    try {
      return await original.apply(this, [id, ...args.slice(1)])
    } finally {
      if (tracker.writingTransactions.delete(id as string | number)) tracker.writes++
    }
  }
}

/** Changes when another connection (this process's own transactions included) commits to the file. */
async function sqliteDataVersion(database: BaseDatabaseAdapter): Promise<string | undefined> {
  const client = (database as unknown as { client?: { execute(sql: string): Promise<{ rows: unknown[][] }> } }).client
  if (!client) return undefined
  const { rows } = await client.execute('PRAGMA data_version')
  const row = rows[0] as Record<string, unknown> & unknown[]
  return String(row?.data_version ?? row?.[0])
}

/**
 * The server's transaction snapshot (`xmin:xmax:in-progress ids`): it changes when any writing
 * transaction starts (takes an id) and when one commits or aborts, and never comes back to an earlier
 * value; reads take no id and leave it as it is. (The WAL position moved without any write too: the
 * background writer logs the running transactions every 15 s after activity, which retired every kept
 * answer once more.)
 */
async function postgresSnapshot(database: BaseDatabaseAdapter): Promise<string | undefined> {
  const pool = (database as unknown as { pool?: { query(sql: string): Promise<{ rows: { snapshot: string }[] }> } })
    .pool
  if (!pool) return undefined
  const { rows } = await pool.query('SELECT pg_current_snapshot()::text AS snapshot')
  return rows[0]?.snapshot
}
