import type { Payload } from 'payload'

/**
 * Brings an SQL database to the schema of the committed migrations (cms/migrations/<kind>); MongoDB
 * needs none. Safe to run on every start: applied migrations are skipped.
 */
export async function migrateDatabase(payload: Payload): Promise<void> {
  if (payload.db.name === 'mongoose') return
  await payload.db.migrate()
}
