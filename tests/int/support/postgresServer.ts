/**
 * Vitest global setup for the PostgreSQL leg: a real, throwaway PostgreSQL server (see
 * scripts/lib/throwawayPostgres.ts). TEST_POSTGRES_URL (an admin connection string) uses an existing
 * server instead.
 */
import type { TestProject } from 'vitest/node'
import { startThrowawayPostgres } from '../../../scripts/lib/throwawayPostgres'

declare module 'vitest' {
  export interface ProvidedContext {
    postgresAdminUrl: string
  }
}

export default async function setup(project: TestProject): Promise<() => void> {
  if (process.env.TEST_POSTGRES_URL) {
    project.provide('postgresAdminUrl', process.env.TEST_POSTGRES_URL)
    return () => {}
  }
  const server = await startThrowawayPostgres()
  project.provide('postgresAdminUrl', server.adminUrl)
  return () => server.stop()
}
