import { mkdirSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { projectRoot } from '../../../cms/paths'
import type { ContentSnapshot } from '../../../shared/formats/contentSnapshot'
import { settingsFrom } from '../../../shared/settings'
import { missingReferencesWarning } from '../../../site/src/lib/siteIndex'
import { syncContent } from '../contentSync'
import { indexOf, planIncremental, prepareToPlan } from '../incrementalPlan'
import type { BuildJob } from './buildJob'
import { BuildLog, secondsSince } from './buildLog'
import { buildFingerprint } from './fingerprint'
import { fullBuild } from './fullBuild'
import { incrementalUpdate, PartlyLive } from './incrementalUpdate'
import { keptRendererFor, sendContentAhead, stopKeptRenderer } from './keptRenderer'
import { liveBuild, readSnapshot, SNAPSHOT } from './liveBuild'
import { newBuildId, removeInBackground } from './publish'
import type { SiteBuildResult } from './result'

export { keptRendererPid, keptRendererReady, stopKeptRenderer } from './keptRenderer'
export type { SiteBuildResult } from './result'
export { refreshSearchIndex } from './searchRefresh'

/**
 * The live build's content snapshot as this process made it, by the live folder and the build's
 * `builtAt`, so the next update neither reads it back from `content.json` nor builds its site index
 * again (incrementalPlan.ts keeps one per snapshot object). A build made by another process, or since
 * replaced, does not match and is read from disk.
 */
const keptSnapshots = new Map<string, { builtAt: string; snapshot: ContentSnapshot }>()

function keptSnapshot(liveDir: string, builtAt: string | undefined): ContentSnapshot | undefined {
  const kept = keptSnapshots.get(liveDir)
  return kept && kept.builtAt === builtAt ? kept.snapshot : undefined
}

/**
 * Once an update has returned, works out what the next one is planned against (prepareToPlan), so
 * that an editor's publish does not wait for it; only in a process that keeps going between updates
 * (`keepRenderer`: `npm start`, the site updater), not in a one-off build that would only exit later.
 */
function afterUpdate(live: ContentSnapshot, keepGoing: boolean): void {
  if (keepGoing) setImmediate(() => prepareToPlan(live))
}

/**
 * Updates the static site from the CMS and makes the result live once it is complete.
 *
 * It reads the published content (only what changed, when the live build's snapshot allows), then:
 * - **incremental** when the live build was made by the same code, settings and build date: renders only
 *   the pages the change touches plus the aggregate pages (incrementalUpdate.ts).
 * - **full** otherwise, or when asked (`full: true`, `npm run build:site`): every page, then Pagefind
 *   (fullBuild.ts).
 *
 * An incremental update's pages are rendered by the kept renderer (keptRenderer.ts), a process that
 * keeps the site's code loaded between updates; it is started by the first update that needs it, or,
 * with `keepRenderer`, right after a full build (for a long-running updater, so the first publish does
 * not wait for it either).
 *
 * A full build goes into a new folder under builds/ and site/dist (a symbolic link) is pointed at it
 * only when complete, in one rename (publish.ts); the previous build is kept, so a server still running
 * it keeps working until replaced. An incremental update changes the live build in place, file by file,
 * once all its pages are rendered. A build or update that fails to render leaves the live site exactly
 * as it was.
 */
export async function buildSite(
  env: NodeJS.ProcessEnv = process.env,
  { quiet = false, liveDir: liveDirOption = path.join(projectRoot(), 'site'), full = false, keepRenderer = false } = {},
): Promise<SiteBuildResult> {
  // builds/ and the dist link live in liveDir (site/ unless a benchmark keeps its own); sources are always site/
  const liveDir = path.resolve(projectRoot(), liveDirOption)
  mkdirSync(path.join(liveDir, 'builds'), { recursive: true })
  const id = newBuildId()
  const target = path.join(liveDir, 'builds', id)
  const log = new BuildLog(quiet)
  const { buildDate, cmsUrl } = settingsFrom(env)
  const fingerprint = buildFingerprint(env, buildDate)
  const live = liveBuild(liveDir)
  const builtAt = live?.manifest?.builtAt
  const previous =
    !full && live?.manifest?.fingerprint === fingerprint
      ? (keptSnapshot(liveDir, builtAt) ?? readSnapshot(live.dir))
      : null

  let snapshot: ContentSnapshot
  try {
    const started = performance.now()
    const synced = await syncContent(cmsUrl, previous)
    snapshot = synced.snapshot
    log.add(`Read ${synced.fetched} changed or new documents from ${cmsUrl} in ${secondsSince(started)} s.\n`)
  } catch (error) {
    return log.failed(`${(error as Error).message}\nThe site was not updated; the live site is unchanged.\n`)
  }
  const snapshotFile = `${target}.${SNAPSHOT}`
  let written = false
  const writeSnapshot = () => {
    if (!written) writeFileSync(snapshotFile, JSON.stringify(snapshot))
    written = true
    return snapshotFile
  }

  // the kept renderer works out the new content's site index and lists while this process plans
  if (previous) sendContentAhead(fingerprint, previous, snapshot, snapshotFile)

  let published = false
  try {
    const planning = performance.now()
    const plan = previous && live ? planIncremental(previous, snapshot) : undefined
    if (plan) log.add(`Compared with the live build's content in ${secondsSince(planning)} s.\n`)
    // a reference to an unpublished document does not stop the build: its pages leave it out, and the
    // log says so at the start and again at the end (the part the admin keeps)
    const warning = missingReferencesWarning(
      plan && plan.full === undefined ? plan.missingReferences : indexOf(snapshot).missingReferences,
    )
    log.add(warning)
    const job: BuildJob = {
      id,
      target,
      liveDir,
      fingerprint,
      env,
      astroEnv: { ...env, BUILD_DATE: buildDate, SITE_CONTENT_FILE: snapshotFile },
      snapshot,
      snapshotFile,
      writeSnapshot,
      warning,
      log,
      manifest: (kind, search) => ({ kind, fingerprint, buildDate, search, builtAt: new Date().toISOString() }),
    }
    let result: SiteBuildResult
    if (plan && plan.full === undefined && live && previous) {
      if (plan.changed.length === 0 && plan.render.length === 0) {
        log.add('Nothing published changed; the live site stays as it is.\n')
        // the live content, as read now, is what the next update is planned against and what a
        // renderer started now holds (an updater just started, whose first publish then waits for neither)
        if (builtAt) keptSnapshots.set(liveDir, { builtAt, snapshot: previous })
        afterUpdate(previous, keepRenderer)
        if (keepRenderer)
          keptRendererFor(fingerprint, job.astroEnv, { file: path.join(live.dir, SNAPSHOT), snapshot: previous }).catch(
            () => {},
          )
        return { ok: true, output: log.text, kind: 'unchanged' }
      }
      result = await incrementalUpdate(job, live.dir, plan, previous)
    } else {
      if (plan?.full) log.add(`Full build: ${plan.full}.\n`)
      // one Astro build at a time, and a renderer of the old code is of no use after this build
      await stopKeptRenderer()
      result = await fullBuild(job)
      // the next update's pages are rendered by a renderer that has the new code loaded already
      // (one that cannot start is reported by the update that needs it, which then falls back)
      if (result.ok && keepRenderer) {
        keptRendererFor(fingerprint, job.astroEnv, { file: path.join(target, SNAPSHOT), snapshot }).catch(() => {})
      }
    }
    published = result.ok
    // what is live now, kept for the next update
    const nowBuiltAt = liveBuild(liveDir)?.manifest?.builtAt
    if (result.ok && nowBuiltAt) {
      keptSnapshots.set(liveDir, { builtAt: nowBuiltAt, snapshot })
      afterUpdate(snapshot, keepRenderer)
    }
    return result
  } catch (error) {
    // a disk full or a vanished folder: reported like a failed build
    const unchanged = error instanceof PartlyLive ? '' : '; the live site is unchanged'
    return log.failed(`\nThe site update failed: ${(error as Error).message}${unchanged}.\n`)
  } finally {
    rmSync(snapshotFile, { force: true })
    if (!published) removeInBackground(target)
  }
}
