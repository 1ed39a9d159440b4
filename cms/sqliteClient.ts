import { DatabaseSync, type SQLInputValue, type StatementSync } from 'node:sqlite'
import {
  type Client,
  type InArgs,
  type InStatement,
  type IntMode,
  LibsqlBatchError,
  LibsqlError,
  type ResultSet,
  type Row,
  type Transaction,
  type TransactionMode,
  type Value,
} from '@libsql/client'
import { KeptStatements } from './keptStatements'
import { sqliteError } from './sqliteErrors'

/**
 * The SQLite client the CMS hands to Payload's SQLite adapter in place of `@libsql/client`'s: the same
 * `Client` interface (what Drizzle and Payload call), over Node's built-in `node:sqlite`.
 *
 * Why not libsql: its native driver (libsql 0.5.29, the newest stable release) never frees a prepared
 * statement, nor the row cursor of a read: about 4.5 KB per query, 0.35 MB per document saved, so a
 * CMS that saved 10,000 documents held 3.5 GB more than when it started (tursodatabase/libsql-js#230).
 * `node:sqlite` frees both: over the same 10,000 saves in one process, this client's CMS held 15 MB more.
 *
 * Connections: every call outside a transaction runs on one shared connection (each call is
 * synchronous from start to end, so nothing interleaves on it); a transaction holds a connection of
 * its own until it ends. SQLite lets one connection write at a time, and a connection waiting for the
 * lock would block this process's only thread, in which the holder can never finish; so write
 * transactions wait their turn here, asynchronously, for up to `busyTimeout` milliseconds, and then
 * fail with SQLITE_BUSY as SQLite would. (With libsql every concurrent save failed at once with
 * SQLITE_BUSY: its pooled connections had no busy timeout.)
 */
export function createSqliteClient(url: string, options: SqliteClientOptions = {}): Client {
  const client = new SqliteClient(databasePath(url), options.busyTimeout ?? 10_000, options.intMode ?? 'number')
  if (options.wal) client.enableWriteAheadLog()
  return client
}

export interface SqliteClientOptions {
  /** How long a write waits for another writer, in milliseconds (SQLite's busy timeout). */
  busyTimeout?: number
  /** How integers are read: numbers (the default; too large ones fail), bigints or strings. */
  intMode?: IntMode
  /**
   * Puts the database in write-ahead-log mode, as Payload's `wal: true` does with a client it creates
   * itself: readers do not wait for a writer, and a writer does not wait for readers.
   */
  wal?: boolean
}

/** The file a `file:` URL names (`file:data/cms.db`, `file:/abs/cms.db`, `file:///abs/cms.db`). */
export function databasePath(url: string): string {
  if (!url.startsWith('file:')) throw new LibsqlError(`not a file: URL: ${url}`, 'URL_INVALID')
  const rest = decodeURIComponent(url.slice('file:'.length).split('?')[0])
  return rest.startsWith('//') ? rest.replace(/^\/\/(localhost)?/, '') : rest
}

interface Prepared {
  statement: StatementSync
  /** Result columns; empty for a statement that returns no rows. */
  columns: string[]
  columnTypes: string[]
}

/**
 * One open database connection. It keeps statements it prepared (see keptStatements.ts for which) and
 * reuses one when the same SQL comes again: preparing was more than half of the database's time in a
 * bulk load (1.9 of 3.2 ms per document, 14 statements each). Only statements of up to
 * `LONGEST_KEPT_SQL` characters are kept: Payload's relational reads are far longer, rarely the
 * same twice, and large once compiled (keeping 500 of every kind held 160 MB more over a 10,000-save
 * load). Bulk-loading 600 synthetic documents: 120–160 documents/s against 108–110 without (alternating
 * runs on a noisy machine).
 */
const KEPT_STATEMENTS = 128
const SEEN_ONCE_STATEMENTS = 256
const LONGEST_KEPT_SQL = 4000

class Connection {
  readonly db: DatabaseSync

  constructor(path: string, busyTimeout: number) {
    this.db = new DatabaseSync(path, { timeout: busyTimeout })
  }

  execute(stmt: InStatement, intMode: IntMode): ResultSet {
    const { sql, args } = typeof stmt === 'string' ? { sql: stmt, args: undefined } : stmt
    try {
      const { prepared, reused } = this.#prepare(sql)
      const { statement } = prepared
      statement.setReadBigInts(intMode !== 'number')
      const bound = bindArgs(args, intMode)
      if (prepared.columns.length === 0) {
        const info = Array.isArray(bound) ? statement.run(...bound) : statement.run(bound)
        return new SqliteResultSet([], [], [], Number(info.changes), BigInt(info.lastInsertRowid))
      }
      const values = (Array.isArray(bound) ? statement.all(...bound) : statement.all(bound)) as unknown as unknown[][]
      // a statement is compiled against the schema this connection last read, and compiled again when it
      // runs if another connection changed the schema since: the columns described before are not the
      // ones it answers with then (a kept statement is described again after each run, as a renamed
      // column leaves their number as it was)
      const { columns, columnTypes } =
        reused || (values.length > 0 && values[0].length !== prepared.columns.length) ? described(statement) : prepared
      const rows = values.map((row) => toRow(row, columns, intMode))
      return new SqliteResultSet(columns, columnTypes, rows, 0, undefined)
    } catch (error) {
      throw sqliteError(error)
    }
  }

  /** Runs several statements separated by semicolons, without results (migrations, schema scripts). */
  executeMultiple(sql: string): void {
    try {
      this.db.exec(sql)
    } catch (error) {
      throw sqliteError(error)
    }
  }

  get inTransaction(): boolean {
    return this.db.isOpen && this.db.isTransaction
  }

  close(): void {
    this.#statements.clear()
    if (this.db.isOpen) this.db.close()
  }

  readonly #statements = new KeptStatements<Prepared>({
    limit: KEPT_STATEMENTS,
    seenLimit: SEEN_ONCE_STATEMENTS,
    longestSql: LONGEST_KEPT_SQL,
  })

  #prepare(sql: string): { prepared: Prepared; reused: boolean } {
    const kept = this.#statements.get(sql)
    if (kept) return { prepared: kept, reused: true }
    const statement = this.db.prepare(sql)
    statement.setReturnArrays(true)
    const prepared = { statement, ...described(statement) }
    this.#statements.offer(sql, prepared)
    return { prepared, reused: false }
  }
}

/** A statement's result columns: names and declared types. */
function described(statement: StatementSync): Pick<Prepared, 'columns' | 'columnTypes'> {
  const columns = statement.columns()
  return { columns: columns.map((c) => c.name), columnTypes: columns.map((c) => c.type ?? '') }
}

class SqliteClient implements Client {
  closed = false
  readonly protocol = 'file'
  readonly #path: string
  readonly #busyTimeout: number
  readonly #intMode: IntMode
  #shared: Connection | undefined
  /** Connections no transaction holds now, kept for the next one. */
  #idle: Connection[] = []
  /** Connections held by open transactions (closed with the client). */
  readonly #held = new Set<Connection>()
  readonly #writeTurn = new WriteTurn()

  constructor(path: string, busyTimeout: number, intMode: IntMode) {
    this.#path = path
    this.#busyTimeout = busyTimeout
    this.#intMode = intMode
    // fail now, not at the first query, when the file cannot be opened
    this.#connection().execute('SELECT 1', intMode)
  }

  async execute(stmtOrSql: InStatement, args?: InArgs): Promise<ResultSet> {
    const stmt = typeof stmtOrSql === 'string' ? { sql: stmtOrSql, args: args ?? [] } : stmtOrSql
    return this.#connection().execute(stmt, this.#intMode)
  }

  /** Write-ahead log, kept under 64 MB between checkpoints (Payload's settings for `wal: true`). */
  enableWriteAheadLog(): void {
    const connection = this.#connection()
    connection.execute('PRAGMA journal_mode = WAL', this.#intMode)
    connection.execute('PRAGMA journal_size_limit = 67108864', this.#intMode)
  }

  async batch(stmts: Array<InStatement | [string, InArgs?]>, mode: TransactionMode = 'deferred'): Promise<ResultSet[]> {
    const statements = stmts.map((s) => (Array.isArray(s) ? { sql: s[0], args: s[1] ?? [] } : s))
    const release = mode === 'write' ? await this.#writeTurn.take(this.#busyTimeout) : undefined
    try {
      return runInTransaction(this.#connection(), statements, this.#intMode, beginStatement(mode))
    } finally {
      release?.()
    }
  }

  async migrate(stmts: InStatement[]): Promise<ResultSet[]> {
    const connection = this.#connection()
    connection.execute('PRAGMA foreign_keys=off', this.#intMode)
    try {
      return runInTransaction(connection, stmts, this.#intMode, 'BEGIN DEFERRED')
    } finally {
      connection.execute('PRAGMA foreign_keys=on', this.#intMode)
    }
  }

  async transaction(mode: TransactionMode = 'write'): Promise<Transaction> {
    this.#checkOpen()
    const release = mode === 'write' ? await this.#writeTurn.take(this.#busyTimeout) : undefined
    let connection: Connection
    try {
      this.#checkOpen()
      connection = this.#idle.pop() ?? new Connection(this.#path, this.#busyTimeout)
      connection.execute(beginStatement(mode), this.#intMode)
    } catch (error) {
      release?.()
      throw error
    }
    this.#held.add(connection)
    return new SqliteTransaction(connection, this.#intMode, () => {
      this.#held.delete(connection)
      if (connection.inTransaction) {
        try {
          connection.execute('ROLLBACK', this.#intMode)
        } catch {
          connection.close()
        }
      }
      if (this.closed || !connection.db.isOpen || this.#idle.length >= 4) connection.close()
      else this.#idle.push(connection)
      release?.()
    })
  }

  async executeMultiple(sql: string): Promise<void> {
    const connection = this.#connection()
    try {
      connection.executeMultiple(sql)
    } finally {
      // a script that left a transaction open must not leave the shared connection inside it
      if (connection.inTransaction) connection.execute('ROLLBACK', this.#intMode)
    }
  }

  async sync(): Promise<never> {
    throw new LibsqlError('sync() is for embedded replicas, which this client does not open', 'SYNC_NOT_SUPPORTED')
  }

  reconnect(): void {
    this.close()
    this.closed = false
  }

  close(): void {
    this.closed = true
    for (const connection of [this.#shared, ...this.#idle, ...this.#held]) connection?.close()
    this.#shared = undefined
    this.#idle = []
    this.#held.clear()
  }

  #connection(): Connection {
    this.#checkOpen()
    this.#shared ??= new Connection(this.#path, this.#busyTimeout)
    return this.#shared
  }

  #checkOpen(): void {
    if (this.closed) throw new LibsqlError('The client is closed', 'CLIENT_CLOSED')
  }
}

class SqliteTransaction implements Transaction {
  #connection: Connection | undefined
  readonly #intMode: IntMode
  readonly #settle: () => void

  constructor(connection: Connection, intMode: IntMode, settle: () => void) {
    this.#connection = connection
    this.#intMode = intMode
    this.#settle = settle
  }

  get closed(): boolean {
    return !this.#connection?.inTransaction
  }

  async execute(stmtOrSql: InStatement, args?: InArgs): Promise<ResultSet> {
    const stmt = typeof stmtOrSql === 'string' ? { sql: stmtOrSql, args: args ?? [] } : stmtOrSql
    return this.#open().execute(stmt, this.#intMode)
  }

  async batch(stmts: InStatement[]): Promise<ResultSet[]> {
    return stmts.map((stmt, index) => {
      try {
        return this.#open().execute(stmt, this.#intMode)
      } catch (error) {
        throw inBatch(error, index)
      }
    })
  }

  async executeMultiple(sql: string): Promise<void> {
    this.#open().executeMultiple(sql)
  }

  async commit(): Promise<void> {
    try {
      this.#open().execute('COMMIT', this.#intMode)
    } finally {
      this.#end()
    }
  }

  async rollback(): Promise<void> {
    try {
      if (!this.closed) this.#connection?.execute('ROLLBACK', this.#intMode)
    } finally {
      this.#end()
    }
  }

  close(): void {
    this.#end()
  }

  #open(): Connection {
    if (!this.#connection || this.closed) throw new LibsqlError('The transaction is closed', 'TRANSACTION_CLOSED')
    return this.#connection
  }

  /** Gives the connection back (rolling back what is still open); once only. */
  #end(): void {
    if (!this.#connection) return
    this.#connection = undefined
    this.#settle()
  }
}

/**
 * Whose turn it is to write: one write transaction at a time, the others queued in order. A turn
 * not given within `timeout` milliseconds fails as SQLite's busy timeout does.
 */
class WriteTurn {
  #taken = false
  readonly #queue: Array<() => void> = []

  async take(timeout: number): Promise<() => void> {
    if (this.#taken) {
      await new Promise<void>((resolve, reject) => {
        const start = () => {
          clearTimeout(timer)
          resolve()
        }
        const timer = setTimeout(() => {
          this.#queue.splice(this.#queue.indexOf(start), 1)
          reject(new LibsqlError(`database is locked (another write waited ${timeout} ms)`, 'SQLITE_BUSY'))
        }, timeout)
        this.#queue.push(start)
      })
    }
    this.#taken = true
    let released = false
    return () => {
      if (released) return
      released = true
      const next = this.#queue.shift()
      if (next) next()
      else this.#taken = false
    }
  }
}

class SqliteResultSet implements ResultSet {
  constructor(
    readonly columns: string[],
    readonly columnTypes: string[],
    readonly rows: Row[],
    readonly rowsAffected: number,
    readonly lastInsertRowid: bigint | undefined,
  ) {}

  toJSON() {
    return {
      columns: this.columns,
      columnTypes: this.columnTypes,
      rows: this.rows.map((row) => Array.from(row as ArrayLike<Value>, jsonValue)),
      rowsAffected: this.rowsAffected,
      lastInsertRowid: this.lastInsertRowid === undefined ? null : String(this.lastInsertRowid),
    }
  }
}

function jsonValue(value: Value): unknown {
  if (typeof value === 'bigint') return String(value)
  if (value instanceof ArrayBuffer) return Buffer.from(value).toString('base64')
  return value
}

function runInTransaction(connection: Connection, stmts: InStatement[], intMode: IntMode, begin: string): ResultSet[] {
  connection.execute(begin, intMode)
  try {
    const results = stmts.map((stmt, index) => {
      try {
        return connection.execute(stmt, intMode)
      } catch (error) {
        throw inBatch(error, index)
      }
    })
    connection.execute('COMMIT', intMode)
    return results
  } finally {
    if (connection.inTransaction) connection.execute('ROLLBACK', intMode)
  }
}

function beginStatement(mode: TransactionMode): string {
  if (mode === 'write') return 'BEGIN IMMEDIATE'
  if (mode === 'read' || mode === 'deferred') return 'BEGIN DEFERRED'
  throw new RangeError('Unknown transaction mode, supported values are "write", "read" and "deferred"')
}

function inBatch(error: unknown, index: number): unknown {
  if (!(error instanceof LibsqlError) || error instanceof LibsqlBatchError) return error
  return new LibsqlBatchError(error.message, index, error.code, error.extendedCode, error.rawCode, error)
}

/**
 * A row as libsql gives it, which Drizzle relies on: values by index (not enumerable, with a length)
 * and by column name (enumerable; the first of two equal names wins).
 */
function toRow(values: unknown[], columns: string[], intMode: IntMode): Row {
  const row = {}
  Object.defineProperty(row, 'length', { value: values.length })
  for (let i = 0; i < values.length; i++) {
    const value = fromSql(values[i], intMode)
    Object.defineProperty(row, i, { value })
    const column = columns[i]
    if (!Object.hasOwn(row, column)) {
      Object.defineProperty(row, column, { value, enumerable: true, configurable: true, writable: true })
    }
  }
  return row as Row
}

function fromSql(value: unknown, intMode: IntMode): Value {
  if (typeof value === 'bigint' && intMode === 'string') return String(value)
  if (value instanceof Uint8Array) return value.slice().buffer as ArrayBuffer
  return value as Value
}

function bindArgs(args: InArgs | undefined, intMode: IntMode): SQLInputValue[] | Record<string, SQLInputValue> {
  if (args === undefined) return []
  if (Array.isArray(args)) return args.map((value) => toSql(value, intMode))
  const named: Record<string, SQLInputValue> = {}
  for (const [name, value] of Object.entries(args)) {
    named[/^[@$:]/.test(name) ? name.slice(1) : name] = toSql(value, intMode)
  }
  return named
}

function toSql(value: unknown, intMode: IntMode): SQLInputValue {
  if (typeof value === 'number' && !Number.isFinite(value)) {
    throw new RangeError('Only finite numbers (not Infinity or NaN) can be passed as arguments')
  }
  if (typeof value === 'boolean') {
    if (intMode === 'bigint') return value ? 1n : 0n
    if (intMode === 'string') return value ? '1' : '0'
    return value ? 1 : 0
  }
  if (value instanceof ArrayBuffer) return new Uint8Array(value)
  if (value instanceof Date) return value.valueOf()
  if (value === undefined) throw new TypeError('undefined cannot be passed as argument to the database')
  return value as SQLInputValue
}
