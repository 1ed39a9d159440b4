/**
 * Vitest global setup for the end-to-end project: builds the CMS admin once if its sources changed,
 * so the tests that start the CMS share one build instead of racing to make it.
 */
import { ensureCmsBuilt } from '../../../scripts/lib/nextBuild'

export default function setup(): void {
  // global setup runs outside the test workers, so the test environment (PAYLOAD_SECRET) is given here
  const env = { ...process.env, PAYLOAD_SECRET: process.env.PAYLOAD_SECRET || 'test-secret-not-for-production' }
  if (!ensureCmsBuilt(env)) throw new Error('next build cms failed')
}
