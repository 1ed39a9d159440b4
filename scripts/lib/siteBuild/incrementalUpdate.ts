import { renameSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import type { IncrementalPlan } from '../incrementalPlan'
import type { BuildJob } from './buildJob'
import { stopped } from './buildLog'
import { clearPage, copyWithLinks, moveInto } from './linkedCopy'
import { SNAPSHOT, writeManifest } from './liveBuild'
import { publish } from './publish'
import type { SiteBuildResult } from './result'
import { astroBuild } from './tools'

/**
 * Renders only the pages `plan` names (see scripts/lib/incrementalPlan.ts) into a copy of the live build
 * made of hard links, so unchanged pages cost no copying, and makes it live. The search index is
 * carried over as it was; refreshSearchIndex() brings it up to date afterwards, so readers get the
 * pages first.
 */
export async function incrementalUpdate(
  job: BuildJob,
  /** The live build's folder, which the update copies. */
  liveBuildDir: string,
  plan: Exclude<IncrementalPlan, { full: string }>,
): Promise<SiteBuildResult> {
  const { target, log } = job
  const summary = `Incremental update: ${plan.changed.length} changed, pages of ${plan.render.length} documents and the lists of ${plan.lists.length} sections to render.\n`
  log.add(summary)
  const partial = `${target}.partial`
  const onlyFile = `${target}.only.json`
  const listsFile = `${target}.lists.json`
  writeFileSync(onlyFile, JSON.stringify(plan.render))
  writeFileSync(listsFile, JSON.stringify(plan.lists))
  try {
    // the live build is copied while Astro renders: the copy is file-system work (5 s for 40,000
    // pages), the render is CPU work, and there are two cores
    const copying = copyWithLinks(liveBuildDir, target).then(
      () => undefined,
      (error: Error) => error,
    )
    const built = await astroBuild({
      ...job.astroEnv,
      SITE_OUT_DIR: partial,
      SITE_ONLY_DOCUMENTS: onlyFile,
      SITE_ONLY_LISTS: listsFile,
    })
    const copyFailed = await copying
    log.add(built.output)
    if (built.status !== 0) return log.failed(stopped('astro build', built.status))
    if (copyFailed) throw copyFailed
    for (const page of plan.clear) clearPage(path.join(target, 'client'), page)
    moveInto(path.join(partial, 'client'), path.join(target, 'client'))
    rmSync(path.join(target, 'server'), { recursive: true, force: true })
    renameSync(path.join(partial, 'server'), path.join(target, 'server'))
  } finally {
    rmSync(partial, { recursive: true, force: true })
    rmSync(onlyFile, { force: true })
    rmSync(listsFile, { force: true })
  }
  writeManifest(target, job.manifest('incremental', 'stale'))
  renameSync(job.snapshotFile, path.join(target, SNAPSHOT))
  publish(job.liveDir, job.id)
  // the summary again at the end, which is the part of the output the admin keeps
  log.add(`${job.warning}${summary}Live; the search index follows.\n`)
  return {
    ok: true,
    output: log.text,
    kind: 'incremental',
    searchPending: true,
    changedDocuments: plan.changed.length,
    renderedDocuments: plan.render.length,
  }
}
