import { renameSync } from 'node:fs'
import path from 'node:path'
import type { BuildJob } from './buildJob'
import { stopped } from './buildLog'
import { liveBuild, SNAPSHOT, writeManifest } from './liveBuild'
import { publish } from './publish'
import type { SiteBuildResult } from './result'
import { writeSearchBase } from './searchBase'
import { carryOverSearchIndex } from './searchCarryOver'
import { buildProcesses, shardedAstroBuild } from './shardedBuild'
import { pagefindIndexByLanguage } from './tools'

/** Every page and the search index into a new build folder, made live when complete. */
export async function fullBuild(job: BuildJob): Promise<SiteBuildResult> {
  const { target, log } = job
  job.writeSnapshot()
  const built = await shardedAstroBuild(job.astroEnv, target, buildProcesses(job.env, job.snapshot))
  log.add(built.output)
  if (built.status !== 0) return log.failed(stopped('astro build', built.status))
  const indexed = await pagefindIndexByLanguage(path.join(target, 'client'), job.env)
  log.add(indexed.output)
  if (indexed.status !== 0) return log.failed(stopped('pagefind', indexed.status))
  // what the index holds, for the search overlay of the incremental updates to come (searchOverlay.ts)
  await writeSearchBase(target)
  // after the search base, which reads every fragment: a search page open on the live site keeps working
  const live = liveBuild(job.liveDir)
  if (live) carryOverSearchIndex(path.join(live.dir, 'client'), path.join(target, 'client'))
  writeManifest(target, job.manifest('full', 'current'))
  renameSync(job.snapshotFile, path.join(target, SNAPSHOT))
  publish(job.liveDir, job.id)
  log.add(job.warning)
  return { ok: true, output: log.text, kind: 'full' }
}
