import { getPayload, type Payload } from 'payload'
import { loadEnv } from '../../cms/env'
import { migrateDatabase } from '../../cms/migrate'

/** Starts Payload (Local API, no HTTP server) on the configured database, migrated to the current schema. */
export async function openCms(): Promise<Payload> {
  loadEnv()
  const { default: config } = await import('../../cms/payload.config')
  const payload = await getPayload({ config })
  await migrateDatabase(payload)
  return payload
}
