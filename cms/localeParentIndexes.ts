/**
 * An index on `_parent_id` for every table of localized values (`<table>_locales`, for collections,
 * their arrays and their versions). Payload indexes these tables only on (`_locale`, `_parent_id`),
 * which serves a read in one locale. A read in every locale (`locale=all`: the site build, the
 * translation state, XLIFF export) asks for `_parent_id` alone, and SQLite answered it with a scan of
 * the whole table for every document, so reads slowed down as the site grew. Declared in the schema,
 * so the committed migrations carry it.
 */
import { createHash } from 'node:crypto'
import type { postgresAdapter } from '@payloadcms/db-postgres'
import { index as postgresIndex } from '@payloadcms/db-postgres/drizzle/pg-core'
import type { sqliteAdapter } from '@payloadcms/db-sqlite'
import { index as sqliteIndex } from '@payloadcms/db-sqlite/drizzle/sqlite-core'

type SQLiteSchemaHook = NonNullable<Parameters<typeof sqliteAdapter>[0]['afterSchemaInit']>[number]
type PostgresSchemaHook = NonNullable<Parameters<typeof postgresAdapter>[0]['afterSchemaInit']>[number]

/** `<table>_parent_id_idx`, shortened with a hash where PostgreSQL's 63-character limit would cut it. */
function indexName(table: string): string {
  const name = `${table}_parent_id_idx`
  return name.length <= 63
    ? name
    : `${table.slice(0, 48)}_${createHash('sha1').update(table).digest('hex').slice(0, 8)}_pidx`
}

/** The tables of localized values: named `…_locales` and pointing at their row by `_parent_id`. */
function localeTables<T extends object>(tables: Record<string, T>): [string, T][] {
  // `…_locales` alone also matches a hasMany select named "locales" (users' assigned locales)
  return Object.entries(tables).filter(([name, table]) => name.endsWith('_locales') && '_parentID' in table)
}

export const indexLocaleParentsSqlite: SQLiteSchemaHook = ({ schema, extendTable }) => {
  for (const [name, table] of localeTables(schema.tables)) {
    extendTable({ table, extraConfig: (t) => ({ localeParent: sqliteIndex(indexName(name)).on(t._parentID) }) })
  }
  return schema
}

export const indexLocaleParentsPostgres: PostgresSchemaHook = ({ schema, extendTable }) => {
  for (const [name, table] of localeTables(schema.tables)) {
    extendTable({
      table,
      extraConfig: (t) => ({ localeParent: postgresIndex(indexName(name)).on(t._parentID) }),
    })
  }
  return schema
}
