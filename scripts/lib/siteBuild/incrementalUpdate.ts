import { readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import type { RenderRequest } from '../../../shared/formats/rendererMessages'
import type { IncrementalPlan } from '../incrementalPlan'
import type { BuildJob } from './buildJob'
import { stopped } from './buildLog'
import { keptRendererFor, stopKeptRenderer } from './keptRenderer'
import { clearPage, copyWithLinks, moveInto } from './linkedCopy'
import { SNAPSHOT, writeManifest } from './liveBuild'
import { publish } from './publish'
import type { SiteBuildResult } from './result'
import { astroBuild } from './tools'

/**
 * Renders only the pages `plan` names (see scripts/lib/incrementalPlan.ts), by the kept renderer, into a
 * copy of the live build made of hard links, so unchanged pages cost no copying, and makes it live. The search index is
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
  const summary = `Incremental update: ${plan.changed.length} changed, pages of ${plan.render.length} documents and ${plan.lists.length} list pages to render.\n`
  log.add(summary)
  const partial = `${target}.partial`
  const onlyFile = `${target}.only.json`
  const listsFile = `${target}.lists.json`
  writeFileSync(onlyFile, JSON.stringify(plan.render))
  writeFileSync(listsFile, JSON.stringify(plan.lists))
  let rendered: Rendered
  try {
    // the live build is copied while the pages render: the copy is file-system work (5 s for 40,000
    // pages), the render is CPU work, and there are two cores
    const copying = copyWithLinks(liveBuildDir, target).then(
      () => undefined,
      (error: Error) => error,
    )
    rendered = await renderPlanned(job, liveBuildDir, partial, {
      SITE_CONTENT_FILE: job.snapshotFile,
      SITE_ONLY_DOCUMENTS: onlyFile,
      SITE_ONLY_LISTS: listsFile,
    })
    const copyFailed = await copying
    if (rendered.failed) return log.failed(rendered.failed)
    if (copyFailed) throw copyFailed
    for (const page of plan.clear) clearPage(path.join(target, 'client'), page)
    moveInto(path.join(partial, 'client'), path.join(target, 'client'))
    // a partial build bundled the server again; the kept renderer's is the live one's, already copied
    if (rendered.bundled) {
      rmSync(path.join(target, 'server'), { recursive: true, force: true })
      renameSync(path.join(partial, 'server'), path.join(target, 'server'))
    }
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
    renderedFiles: rendered.files,
    renderedBy: rendered.bundled ? 'partial build' : 'kept renderer',
  }
}

/** How an update's pages were rendered: by a partial build (which bundles), or why they were not. */
interface Rendered {
  failed?: string
  bundled: boolean
  /** Files written. */
  files: number
}

/**
 * The planned pages into `partial`/client: by the kept renderer (keptRenderer.ts), which has the
 * site's code loaded already; if it cannot (it failed to start, or crashed), by a partial `astro
 * build`, which bundles the site's code again and so also writes `partial`/server.
 */
async function renderPlanned(
  job: BuildJob,
  liveBuildDir: string,
  partial: string,
  inputs: RenderRequest['inputs'],
): Promise<Rendered> {
  const { log } = job
  const started = performance.now()
  try {
    const { renderer, replaced } = await keptRendererFor(
      job.fingerprint,
      job.astroEnv,
      path.join(liveBuildDir, SNAPSHOT),
    )
    if (replaced) log.add(`The kept renderer had ended (${replaced}); a new one was started.\n`)
    const rendered = await renderer.render({
      inputs,
      clientDir: path.join(partial, 'client'),
      liveClientDir: path.join(liveBuildDir, 'client'),
    })
    const seconds = ((performance.now() - started) / 1000).toFixed(2)
    log.add(`Rendered ${rendered.files} files and ${rendered.images} new images in ${seconds} s (kept renderer).\n`)
    return { bundled: false, files: rendered.files }
  } catch (error) {
    const reason = (error as Error).message.split('\n')[0]
    log.add(`The kept renderer could not render this update (${reason}); a partial build renders it instead.\n`)
    await stopKeptRenderer()
    rmSync(partial, { recursive: true, force: true })
  }
  const built = await astroBuild({ ...job.astroEnv, ...inputs, SITE_OUT_DIR: partial })
  log.add(built.output)
  const files =
    built.status === 0
      ? readdirSync(path.join(partial, 'client'), { recursive: true, withFileTypes: true }).filter((f) => f.isFile())
          .length
      : 0
  return { failed: built.status === 0 ? undefined : stopped('astro build', built.status), bundled: true, files }
}
