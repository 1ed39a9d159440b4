import { readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { contentChanges } from '../../../shared/formats/contentChanges'
import type { ContentSnapshot } from '../../../shared/formats/contentSnapshot'
import type { RenderRequest } from '../../../shared/formats/rendererMessages'
import type { IncrementalPlan } from '../incrementalPlan'
import type { BuildJob } from './buildJob'
import { secondsSince, stopped } from './buildLog'
import { keptRendererFor, stopKeptRenderer } from './keptRenderer'
import { clearPage, moveInto } from './linkedCopy'
import { SNAPSHOT, writeManifest } from './liveBuild'
import type { SiteBuildResult } from './result'
import { addPendingPages } from './searchOverlay'
import { astroBuild } from './tools'

/**
 * Renders only the pages `plan` names (see scripts/lib/incrementalPlan.ts), by the kept renderer, into a
 * staging folder, then moves them into the live build in place: each file replaces its old one by
 * rename, so a reader gets the old page or the new one, never a part; then the pages the update removes
 * go, and the build's snapshot and manifest are written last. Nothing of the live build is copied (a
 * hard-linked copy of 40,000 pages took 5 s), and the kept renderer is sent the content's changes
 * rather than the whole snapshot (tens of megabytes at 40,000 pages, to write and parse again).
 *
 * A render that fails leaves the live build untouched. A failure after it (a full disk, while moving
 * or writing the snapshot) leaves the pages moved so far live under the old snapshot and manifest, so
 * the next update plans the same pages again. The search index is carried over as it was;
 * refreshSearchIndex() brings it up to date afterwards, so readers get the pages first.
 */
export async function incrementalUpdate(
  job: BuildJob,
  /** The live build's folder, which the update changes in place. */
  liveBuildDir: string,
  plan: Exclude<IncrementalPlan, { full: string }>,
  /** The live build's content, which the plan compared the new content with. */
  previous: ContentSnapshot,
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
    rendered = await renderPlanned(job, liveBuildDir, partial, previous, {
      SITE_ONLY_DOCUMENTS: onlyFile,
      SITE_ONLY_LISTS: listsFile,
    })
    if (rendered.failed) return log.failed(rendered.failed)
    // a partial build bundles the site's server again too: the same code as the live one's (the same
    // fingerprint), which stays
    const client = path.join(liveBuildDir, 'client')
    try {
      const moved = moveInto(path.join(partial, 'client'), client)
      for (const page of plan.clear) clearPage(client, page, moved)
      // the pages the search index is now behind on, for the search overlay (searchOverlay.ts)
      addPendingPages(liveBuildDir, [
        ...[...moved].map((file) => path.relative(client, file)),
        ...plan.clear.map((page) => page.replace(/^\//, '').replace(/(^|\/)$/, '$1index.html')),
      ])
    } catch (error) {
      throw new PartlyLive((error as Error).message)
    }
  } finally {
    rmSync(partial, { recursive: true, force: true })
    rmSync(onlyFile, { force: true })
    rmSync(listsFile, { force: true })
  }
  // the snapshot (tens of megabytes at 40,000 pages) is written now, the pages being live; if that fails
  // (a full disk), the old snapshot and manifest stay together, and the next update plans these pages again
  try {
    const snapshotFile = job.writeSnapshot()
    writeManifest(liveBuildDir, job.manifest('incremental', 'stale'))
    renameSync(snapshotFile, path.join(liveBuildDir, SNAPSHOT))
  } catch (error) {
    throw new PartlyLive((error as Error).message)
  }
  // the summary again at the end, which is the part of the output the admin keeps (a partial build's
  // output can push the start out)
  log.add(`${job.warning}${rendered.notes.join('')}${summary}Live; the search index follows.\n`)
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

/** An update whose pages could not all be moved into the live build (a full disk). */
export class PartlyLive extends Error {
  constructor(reason: string) {
    super(
      `moving the rendered pages into the live site failed (${reason}); the pages moved so far are live, and the next update renders them again`,
    )
  }
}

/** The update's snapshot could not be written for the renderer to read. */
class SnapshotNotWritten extends Error {
  constructor(readonly cause: Error) {
    super(cause.message)
  }
}

/** How an update's pages were rendered: by a partial build (which bundles), or why they were not. */
interface Rendered {
  failed?: string
  /** What the editor should know about how the pages were rendered (a renderer replaced, a fallback). */
  notes: string[]
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
  previous: ContentSnapshot,
  inputs: RenderRequest['inputs'],
): Promise<Rendered> {
  const { log } = job
  const notes: string[] = []
  const note = (line: string) => {
    notes.push(line)
    log.add(line)
  }
  const started = performance.now()
  try {
    const { renderer, replaced } = await keptRendererFor(job.fingerprint, job.astroEnv, {
      file: path.join(liveBuildDir, SNAPSHOT),
      snapshot: previous,
    })
    if (replaced) note(`The kept renderer had ended (${replaced}); a new one was started.\n`)
    // the content sent ahead (buildSite), else the changes, when the renderer holds the live content (as
    // it does after its previous update), else the whole snapshot
    const ahead = await renderer.contentAhead(job.snapshot)
    let content: RenderRequest['content']
    try {
      content = ahead
        ? { ahead }
        : renderer.content === previous
          ? { name: job.snapshotFile, changes: contentChanges(previous, job.snapshot) }
          : { file: job.writeSnapshot() }
    } catch (error) {
      // the snapshot could not be written (a full disk): no fault of the renderer, and no partial build could read it
      throw new SnapshotNotWritten(error as Error)
    }
    const rendered = await renderer.render(
      {
        content,
        inputs,
        clientDir: path.join(partial, 'client'),
        liveClientDir: path.join(liveBuildDir, 'client'),
      },
      job.snapshot,
    )
    const from =
      'ahead' in content
        ? 'sent the content changes ahead'
        : 'changes' in content
          ? 'sent the content changes'
          : 'sent the snapshot file'
    log.add(
      `Rendered ${rendered.files} files and ${rendered.images} new images in ${secondsSince(started)} s (kept renderer, ${from}).\n`,
    )
    return { bundled: false, files: rendered.files, notes }
  } catch (error) {
    if (error instanceof SnapshotNotWritten) throw error.cause
    const reason = (error as Error).message.split('\n')[0]
    note(`The kept renderer could not render this update (${reason}); a partial build renders it instead.\n`)
    await stopKeptRenderer()
    rmSync(partial, { recursive: true, force: true })
  }
  const built = await astroBuild({
    ...job.astroEnv,
    ...inputs,
    SITE_CONTENT_FILE: job.writeSnapshot(),
    SITE_OUT_DIR: partial,
  })
  log.add(built.output)
  const files =
    built.status === 0
      ? readdirSync(path.join(partial, 'client'), { recursive: true, withFileTypes: true }).filter((f) => f.isFile())
          .length
      : 0
  return {
    failed: built.status === 0 ? undefined : stopped('astro build', built.status),
    bundled: true,
    files,
    notes,
  }
}
