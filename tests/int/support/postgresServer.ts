/**
 * Vitest global setup for the PostgreSQL leg: a real, throwaway PostgreSQL server (see
 * scripts/lib/throwawayPostgres.ts) that the test files share, each in a database of its own; and a
 * second one, without autovacuum, for the one file that must be the only writer on its server (the
 * published answers cache, whose content version every write on the server moves). Both are stopped
 * here, after every file's connections are gone. TEST_POSTGRES_URL (an admin connection string) uses
 * an existing server for both instead.
 */
import type { TestProject } from 'vitest/node'
import { startThrowawayPostgres } from '../../../scripts/lib/throwawayPostgres'

declare module 'vitest' {
  export interface ProvidedContext {
    postgresAdminUrl: string
    quietPostgresAdminUrl: string
  }
}

export default async function setup(project: TestProject): Promise<() => void> {
  if (process.env.TEST_POSTGRES_URL) {
    project.provide('postgresAdminUrl', process.env.TEST_POSTGRES_URL)
    project.provide('quietPostgresAdminUrl', process.env.TEST_POSTGRES_URL)
    return () => {}
  }
  const [shared, quiet] = await Promise.all([startThrowawayPostgres(), startThrowawayPostgres({ autovacuum: false })])
  project.provide('postgresAdminUrl', shared.adminUrl)
  project.provide('quietPostgresAdminUrl', quiet.adminUrl)
  return () => {
    shared.stop()
    quiet.stop()
  }
}
