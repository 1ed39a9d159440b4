/**
 * Vitest global setup for the end-to-end project: builds the CMS admin once if its sources changed,
 * so the tests that start the CMS share one build instead of racing to make it.
 */
import { spawnSync } from 'node:child_process'
import { cmsBuildIsCurrent, cmsSourceHash, markCmsBuilt } from '../../../scripts/lib/nextBuild'

export default function setup(): void {
  const hash = cmsSourceHash()
  if (cmsBuildIsCurrent(hash)) return
  const result = spawnSync(process.execPath, ['node_modules/next/dist/bin/next', 'build', 'cms'], { stdio: 'inherit' })
  if (result.status !== 0) throw new Error('next build cms failed')
  markCmsBuilt(hash)
}
