import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { type Client, LibsqlBatchError, LibsqlError } from '@libsql/client'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createSqliteClient, databasePath } from '../../cms/sqliteClient'

describe('the CMS SQLite client (node:sqlite behind the libsql client interface)', () => {
  let dir: string
  let client: Client

  beforeEach(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'sqlite-client-'))
    client = createSqliteClient(`file:${path.join(dir, 'test.db')}`, { busyTimeout: 300, wal: true })
    await client.executeMultiple(
      'CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT UNIQUE, flag INTEGER, data BLOB); CREATE TABLE u (x TEXT);',
    )
  })
  afterEach(() => {
    client.close()
    rmSync(dir, { recursive: true, force: true })
  })

  it('answers rows by index and by column name, with only the names enumerable (as Drizzle reads them)', async () => {
    await client.execute({
      sql: 'INSERT INTO t (name, flag, data) VALUES (?, ?, ?)',
      args: ['a', true, new Uint8Array([1, 2]).buffer],
    })
    const result = await client.execute('SELECT id, name, flag, data FROM t')
    expect(result.columns).toEqual(['id', 'name', 'flag', 'data'])
    expect(result.columnTypes).toEqual(['INTEGER', 'TEXT', 'INTEGER', 'BLOB'])
    const row = result.rows[0]
    expect(row.length).toBe(4)
    expect([row[0], row[1], row[2]]).toEqual([1, 'a', 1])
    expect(Object.keys(row)).toEqual(['id', 'name', 'flag', 'data'])
    expect(row.data).toBeInstanceOf(ArrayBuffer)
    expect([...new Uint8Array(row.data as ArrayBuffer)]).toEqual([1, 2])
    expect(result.toJSON().rows).toEqual([[1, 'a', 1, 'AQI=']])
  })

  it('reports writes, binds named arguments with any prefix, and reuses statements without mixing results', async () => {
    const insert = await client.execute({ sql: 'INSERT INTO t (name) VALUES (:name)', args: { ':name': 'one' } })
    expect(insert.rowsAffected).toBe(1)
    expect(insert.lastInsertRowid).toBe(1n)
    await client.execute({ sql: 'INSERT INTO t (name) VALUES (:name)', args: { $name: 'two' } })
    const byName = (name: string) => client.execute({ sql: 'SELECT id FROM t WHERE name = ?', args: [name] })
    expect((await byName('two')).rows[0].id).toBe(2)
    expect((await byName('one')).rows[0].id).toBe(1)
    expect((await byName('none')).rows).toEqual([])
  })

  it('reports SQLite errors as libsql does: primary code, extended code, and the failing statement of a batch', async () => {
    await client.execute({ sql: 'INSERT INTO t (name) VALUES (?)', args: ['same'] })
    const error = await client.execute({ sql: 'INSERT INTO t (name) VALUES (?)', args: ['same'] }).catch((e) => e)
    expect(error).toBeInstanceOf(LibsqlError)
    expect(error.code).toBe('SQLITE_CONSTRAINT')
    expect(error.extendedCode).toBe('SQLITE_CONSTRAINT_UNIQUE')
    expect(error.message).toContain('UNIQUE constraint failed: t.name')

    const batch = await client
      .batch(['INSERT INTO u VALUES (1)', { sql: 'INSERT INTO t (name) VALUES (?)', args: ['same'] }], 'write')
      .catch((e) => e)
    expect(batch).toBeInstanceOf(LibsqlBatchError)
    expect(batch.statementIndex).toBe(1)
    // the batch is one transaction: its first insert is gone too
    expect((await client.execute('SELECT count(*) AS n FROM u')).rows[0].n).toBe(0)
    await expect(client.execute({ sql: 'SELECT ?', args: [undefined as never] })).rejects.toThrow(/undefined/)
  })

  it('commits and rolls back transactions, each on its own connection', async () => {
    const kept = await client.transaction('write')
    await kept.execute("INSERT INTO u VALUES ('kept')")
    // outside the transaction its write is not seen until it commits
    expect((await client.execute('SELECT count(*) AS n FROM u')).rows[0].n).toBe(0)
    await kept.commit()
    const dropped = await client.transaction('write')
    await dropped.execute("INSERT INTO u VALUES ('dropped')")
    await dropped.rollback()
    expect(dropped.closed).toBe(true)
    await expect(dropped.execute('SELECT 1')).rejects.toMatchObject({ code: 'TRANSACTION_CLOSED' })
    expect((await client.execute('SELECT x FROM u')).rows.map((r) => r.x)).toEqual(['kept'])
  })

  it('queues a second writer until the first commits, instead of failing it as busy', async () => {
    const order: string[] = []
    const first = await client.transaction('write')
    await first.execute("INSERT INTO u VALUES ('first')")
    const second = client.transaction('write').then(async (tx) => {
      order.push('second began')
      await tx.execute("INSERT INTO u VALUES ('second')")
      await tx.commit()
    })
    await new Promise((resolve) => setImmediate(resolve))
    order.push('first commits')
    await first.commit()
    await second
    expect(order).toEqual(['first commits', 'second began'])
    expect((await client.execute('SELECT x FROM u ORDER BY rowid')).rows.map((r) => r.x)).toEqual(['first', 'second'])
  })

  it('fails a writer that waited longer than the busy timeout with SQLITE_BUSY, and leaves the data as it was', async () => {
    const holder = await client.transaction('write')
    await holder.execute("INSERT INTO u VALUES ('held')")
    const waiting = await client.transaction('write').catch((e) => e)
    expect(waiting).toBeInstanceOf(LibsqlError)
    expect(waiting.code).toBe('SQLITE_BUSY')
    await holder.commit()
    // the turn passed on: the next writer gets it at once
    const next = await client.transaction('write')
    await next.execute("INSERT INTO u VALUES ('next')")
    await next.commit()
    expect((await client.execute('SELECT x FROM u ORDER BY rowid')).rows.map((r) => r.x)).toEqual(['held', 'next'])
  })

  it('answers the columns of now after another connection changed the schema', async () => {
    await client.execute("INSERT INTO u (x) VALUES ('a')")
    const read = async () => {
      const { columns, rows } = await client.execute('SELECT * FROM u')
      return { columns, names: Object.keys(rows[0]) }
    }
    expect(await read()).toEqual({ columns: ['x'], names: ['x'] })
    const tx = await client.transaction('write')
    await tx.execute('ALTER TABLE u ADD COLUMN y TEXT')
    await tx.commit()
    expect(await read()).toEqual({ columns: ['x', 'y'], names: ['x', 'y'] })
    // the same number of columns, one renamed: a statement the client kept answers with the new name
    // (run twice before: the client keeps a statement when its SQL comes a second time)
    const readAgain = async () => {
      const { columns, rows } = await client.execute('SELECT * FROM u WHERE x IS NOT NULL')
      return { columns, names: Object.keys(rows[0]) }
    }
    expect(await readAgain()).toEqual({ columns: ['x', 'y'], names: ['x', 'y'] })
    expect(await readAgain()).toEqual({ columns: ['x', 'y'], names: ['x', 'y'] })
    const rename = await client.transaction('write')
    await rename.execute('ALTER TABLE u RENAME COLUMN y TO z')
    await rename.commit()
    expect(await readAgain()).toEqual({ columns: ['x', 'z'], names: ['x', 'z'] })
  })

  it('reads file: URLs as libsql does', () => {
    expect(databasePath('file:data/cms.db')).toBe('data/cms.db')
    expect(databasePath('file:/srv/cms.db')).toBe('/srv/cms.db')
    expect(databasePath('file:///srv/cms.db')).toBe('/srv/cms.db')
    expect(databasePath('file://localhost/srv/my%20cms.db')).toBe('/srv/my cms.db')
    expect(() => databasePath('postgres://x')).toThrow(/file:/)
  })
})
