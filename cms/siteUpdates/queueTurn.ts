import { sql } from '@payloadcms/db-postgres'
import type { PayloadRequest } from 'payload'

/**
 * Makes the transactions that queue a site update take turns, on PostgreSQL, from here until each
 * commits or rolls back. Why: queueing reads the queued update and writes it back with one more
 * change, and under PostgreSQL's READ COMMITTED two saves doing that at once each wrote back what it
 * had read: the later one waited for the earlier's row lock and then dropped its change (8 publishes
 * at once left 3 of their documents in the queue, so the site updater never rendered the other 5).
 * The turn is a transaction-scoped advisory lock: nothing to release by hand, and a failed save lets
 * go of it as it rolls back. SQLite needs none: it holds the whole file for one write transaction at
 * a time (BEGIN IMMEDIATE), so the second save reads after the first committed.
 */
export async function takeSiteUpdateQueueTurn(req: PayloadRequest): Promise<void> {
  const database = req.payload.db as unknown as { name?: string; sessions?: Record<string, Session | undefined> }
  if (database.name !== 'postgres') return
  const transaction = await req.transactionID
  // outside a transaction there is nothing to hold a turn until (Payload runs every save in one)
  const session = transaction === undefined ? undefined : database.sessions?.[String(transaction)]
  if (!session) return
  await session.db.execute(sql`SELECT pg_advisory_xact_lock(hashtext('site-updates queue'))`)
}

interface Session {
  db: { execute(query: unknown): Promise<unknown> }
}
