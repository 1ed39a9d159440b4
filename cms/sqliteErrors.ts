import { LibsqlError } from '@libsql/client'

/** SQLite's primary result codes (https://sqlite.org/rescode.html), by number. */
const primaryCodes = [
  'OK',
  'ERROR',
  'INTERNAL',
  'PERM',
  'ABORT',
  'BUSY',
  'LOCKED',
  'NOMEM',
  'READONLY',
  'INTERRUPT',
  'IOERR',
  'CORRUPT',
  'NOTFOUND',
  'FULL',
  'CANTOPEN',
  'PROTOCOL',
  'EMPTY',
  'SCHEMA',
  'TOOBIG',
  'CONSTRAINT',
  'MISMATCH',
  'MISUSE',
  'NOLFS',
  'AUTH',
  'FORMAT',
  'RANGE',
  'NOTADB',
  'NOTICE',
  'WARNING',
]

/** The extended result codes a content database meets (constraints, locks), by number. */
const extendedCodes: Record<number, string> = {
  261: 'BUSY_RECOVERY',
  517: 'BUSY_SNAPSHOT',
  773: 'BUSY_TIMEOUT',
  262: 'LOCKED_SHAREDCACHE',
  275: 'CONSTRAINT_CHECK',
  531: 'CONSTRAINT_COMMITHOOK',
  787: 'CONSTRAINT_FOREIGNKEY',
  1043: 'CONSTRAINT_FUNCTION',
  1299: 'CONSTRAINT_NOTNULL',
  1555: 'CONSTRAINT_PRIMARYKEY',
  1811: 'CONSTRAINT_TRIGGER',
  2067: 'CONSTRAINT_UNIQUE',
  2323: 'CONSTRAINT_VTAB',
  2579: 'CONSTRAINT_ROWID',
  2835: 'CONSTRAINT_PINNED',
  3091: 'CONSTRAINT_DATATYPE',
  1032: 'READONLY_DBMOVED',
}

/**
 * An error of `node:sqlite` as `@libsql/client` reports it, which is what Payload and Drizzle expect:
 * a `LibsqlError` whose `code` is the primary result code (`SQLITE_CONSTRAINT`), `extendedCode` the
 * extended one (`SQLITE_CONSTRAINT_UNIQUE`) and `rawCode` the number. Other errors pass unchanged.
 */
export function sqliteError(error: unknown): unknown {
  if (!(error instanceof Error) || (error as { code?: string }).code !== 'ERR_SQLITE_ERROR') return error
  const rawCode = (error as { errcode?: number }).errcode ?? 1
  const primary = rawCode & 0xff
  const code = `SQLITE_${primaryCodes[primary] ?? `UNKNOWN_${primary}`}`
  const extended = rawCode === primary ? code : `SQLITE_${extendedCodes[rawCode] ?? `UNKNOWN_${rawCode}`}`
  return new LibsqlError(error.message, code, extended, rawCode, error)
}
