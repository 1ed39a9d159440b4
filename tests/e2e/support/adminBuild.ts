/**
 * Vitest global setup for the end-to-end project: builds the CMS admin once if its sources changed,
 * so the tests that start the CMS share one build instead of racing to make it.
 */
import { spawnSync } from 'node:child_process'
import { cmsBuildIsCurrent, cmsSourceHash, markCmsBuilt } from '../../../scripts/lib/nextBuild'

export default function setup(): void {
  const hash = cmsSourceHash()
  if (cmsBuildIsCurrent(hash)) return
  // global setup runs outside the test workers, so the test environment (PAYLOAD_SECRET) is given here
  const env = { ...process.env, PAYLOAD_SECRET: process.env.PAYLOAD_SECRET || 'test-secret-not-for-production' }
  const result = spawnSync(process.execPath, ['node_modules/next/dist/bin/next', 'build', 'cms'], {
    stdio: 'inherit',
    env,
  })
  if (result.status !== 0) throw new Error('next build cms failed')
  markCmsBuilt(hash)
}
