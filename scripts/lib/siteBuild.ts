import { spawn } from 'node:child_process'
import { createHash } from 'node:crypto'
import {
  existsSync,
  lstatSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  realpathSync,
  renameSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs'
import path from 'node:path'
import { projectRoot } from '../../cms/paths'
import type { ContentSnapshot } from '../../shared/formats/contentSnapshot'
import { buildSiteIndex, missingReferencesWarning } from '../../site/src/lib/siteIndex'
import { syncContent } from './contentSync'
import { planIncremental } from './incrementalPlan'

const bin = (name: string) => path.join(projectRoot(), 'node_modules/.bin', name)

/** What a site build did: whether the new site is live, how, and everything the build printed. */
export interface SiteBuildResult {
  ok: boolean
  output: string
  /** full: every page rendered; incremental: only the changed ones; unchanged: nothing to do. */
  kind?: 'full' | 'incremental' | 'unchanged'
  /** An incremental update keeps the previous search index; refreshSearchIndex() brings it up to date. */
  searchPending?: boolean
}

/** Written into every build: what it was built from, so the next update knows if it can build on it. */
interface BuildManifest {
  kind: 'full' | 'incremental'
  /** The site's code, its settings and the build date: an incremental update needs all three unchanged. */
  fingerprint: string
  buildDate: string
  search: 'current' | 'stale'
  builtAt: string
}

const MANIFEST = 'build.json'
const SNAPSHOT = 'content.json'

/**
 * Updates the static site from the CMS and makes the result live in one atomic step.
 *
 * It reads the published content (only what changed, when the live build's snapshot allows), then:
 * - **incremental** when the live build was made by the same code, settings and build date: renders only
 *   the pages the change touches (see site/src/lib/incremental.ts) plus the aggregate pages, into a copy
 *   of the live build made of hard links, so unchanged pages cost no copying. The search index is
 *   carried over and refreshed afterwards (refreshSearchIndex), so readers get the pages first.
 * - **full** otherwise, or when asked (`full: true`, `npm run build:site`): every page, then Pagefind.
 *
 * Either way the build goes into a new folder under builds/ and site/dist (a symbolic link) is pointed
 * at it only when complete, in one rename. A failed build leaves the live site exactly as it was;
 * the previous build is kept, so a server still running it keeps working until replaced.
 */
export async function buildSite(
  env: NodeJS.ProcessEnv = process.env,
  { quiet = false, liveDir: liveDirOption = path.join(projectRoot(), 'site'), full = false } = {},
): Promise<SiteBuildResult> {
  // builds/ and the dist link live in liveDir (site/ unless a benchmark keeps its own); sources are always site/
  const liveDir = path.resolve(projectRoot(), liveDirOption)
  const buildsDir = path.join(liveDir, 'builds')
  mkdirSync(buildsDir, { recursive: true })
  const id = newBuildId()
  const target = path.join(buildsDir, id)
  const log = new Log(quiet)
  const buildDate = env.BUILD_DATE || new Date().toISOString().slice(0, 10)
  const fingerprint = buildFingerprint(env, buildDate)
  const live = liveBuild(liveDir)
  const previous = !full && live?.manifest?.fingerprint === fingerprint ? readSnapshot(live.dir) : null

  const cmsUrl = (env.CMS_URL ?? 'http://localhost:3000').replace(/\/$/, '')
  let snapshot: ContentSnapshot
  try {
    const synced = await syncContent(cmsUrl, previous)
    snapshot = synced.snapshot
    log.add(`Read ${synced.fetched} changed or new documents from ${cmsUrl}.\n`)
  } catch (error) {
    return log.failed(`${(error as Error).message}\nThe site was not updated; the live site is unchanged.\n`)
  }
  const snapshotFile = `${target}.${SNAPSHOT}`
  writeFileSync(snapshotFile, JSON.stringify(snapshot))
  const astroEnv = { ...env, BUILD_DATE: buildDate, SITE_CONTENT_FILE: snapshotFile }
  const manifest = (kind: BuildManifest['kind'], search: BuildManifest['search']): BuildManifest => ({
    kind,
    fingerprint,
    buildDate,
    search,
    builtAt: new Date().toISOString(),
  })

  let published = false
  try {
    const plan = previous && live ? planIncremental(previous, snapshot) : undefined
    // a reference to an unpublished document does not stop the build: its pages leave it out, and the
    // log says so at the start and again at the end (the part the admin keeps)
    const warning = missingReferencesWarning(
      plan && plan.full === undefined ? plan.missingReferences : buildSiteIndex(snapshot).missingReferences,
    )
    log.add(warning)
    if (plan && plan.full === undefined && plan.changed.length === 0 && plan.render.length === 0) {
      log.add('Nothing published changed; the live site stays as it is.\n')
      return { ok: true, output: log.text, kind: 'unchanged' }
    }
    if (plan && plan.full === undefined && live) {
      const summary = `Incremental update: ${plan.changed.length} changed, pages of ${plan.render.length} documents to render.\n`
      log.add(summary)
      const partial = `${target}.partial`
      const onlyFile = `${target}.only.json`
      writeFileSync(onlyFile, JSON.stringify(plan.render))
      try {
        // the live build is copied while Astro renders: the copy is file-system work (5 s for 40,000
        // pages), the render is CPU work, and there are two cores
        const copying = copyWithLinks(live.dir, target).then(
          () => undefined,
          (error: Error) => error,
        )
        const built = await run(bin('astro'), ['build', '--root', 'site'], {
          ...astroEnv,
          SITE_OUT_DIR: partial,
          SITE_ONLY_DOCUMENTS: onlyFile,
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
      }
      replaceFile(path.join(target, MANIFEST), JSON.stringify(manifest('incremental', 'stale'), null, 2))
      renameSync(snapshotFile, path.join(target, SNAPSHOT))
      publish(liveDir, id)
      published = true
      // the summary again at the end, which is the part of the output the admin keeps
      log.add(`${warning}${summary}Live; the search index follows.\n`)
      return { ok: true, output: log.text, kind: 'incremental', searchPending: true }
    }

    if (plan?.full) log.add(`Full build: ${plan.full}.\n`)
    const built = await run(bin('astro'), ['build', '--root', 'site'], { ...astroEnv, SITE_OUT_DIR: target })
    log.add(built.output)
    if (built.status !== 0) return log.failed(stopped('astro build', built.status))
    const indexed = await run(bin('pagefind'), ['--site', path.join(target, 'client'), '--quiet'], env)
    log.add(indexed.output)
    if (indexed.status !== 0) return log.failed(stopped('pagefind', indexed.status))
    writeFileSync(path.join(target, MANIFEST), JSON.stringify(manifest('full', 'current'), null, 2))
    renameSync(snapshotFile, path.join(target, SNAPSHOT))
    publish(liveDir, id)
    published = true
    log.add(warning)
    return { ok: true, output: log.text, kind: 'full' }
  } catch (error) {
    // a disk full or a vanished folder while merging: reported like a failed build, live site untouched
    return log.failed(`\nThe site update failed: ${(error as Error).message}; the live site is unchanged.\n`)
  } finally {
    rmSync(snapshotFile, { force: true })
    if (!published) removeInBackground(target)
  }
}

/**
 * Re-indexes the live site for search after incremental updates: indexes a copy of it (hard links
 * again, without the old index) and swaps that in. Returns false, changing nothing, when the live
 * build's index is current or `signal` aborts it (a newer update is waiting and goes first).
 */
export async function refreshSearchIndex({
  liveDir = path.join(projectRoot(), 'site'),
  signal,
}: {
  liveDir?: string
  signal?: AbortSignal
} = {}): Promise<{ refreshed: boolean; output: string }> {
  const live = liveBuild(liveDir)
  if (!live?.manifest || live.manifest.search === 'current') return { refreshed: false, output: '' }
  const id = newBuildId()
  const target = path.join(liveDir, 'builds', id)
  try {
    await copyWithLinks(live.dir, target)
    // set aside in builds/, not in the copy: the copy is about to be published
    removeInBackground(path.join(target, 'client/pagefind'), path.join(liveDir, 'builds'))
    const indexed = await run(bin('pagefind'), ['--site', path.join(target, 'client'), '--quiet'], process.env, signal)
    if (indexed.status !== 0 || signal?.aborted) return { refreshed: false, output: indexed.output }
    replaceFile(path.join(target, MANIFEST), JSON.stringify({ ...live.manifest, search: 'current' }, null, 2))
    publish(liveDir, id)
    return { refreshed: true, output: indexed.output }
  } finally {
    if (liveBuild(liveDir)?.dir !== realpathOrSelf(target)) removeInBackground(target)
  }
}

/** A new build folder's name: when it started, and by which process (sorts by time). */
function newBuildId(): string {
  return `${new Date().toISOString().replace(/[-:.TZ]/g, '')}-${process.pid}`
}

/** The build site/dist points at, with its manifest (none for builds made before manifests). */
function liveBuild(liveDir: string): { dir: string; manifest: BuildManifest | null } | null {
  const link = path.join(liveDir, 'dist')
  if (!existsSync(link) || !lstatSync(link).isSymbolicLink()) return null
  const dir = realpathSync(link)
  const file = path.join(dir, MANIFEST)
  return { dir, manifest: existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as BuildManifest) : null }
}

function readSnapshot(dir: string): ContentSnapshot | null {
  const file = path.join(dir, SNAPSHOT)
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as ContentSnapshot) : null
}

function realpathOrSelf(p: string): string {
  return existsSync(p) ? realpathSync(p) : p
}

/**
 * What a build's output depends on besides content: the site's code (site/, what it imports from
 * cms/, the installed packages), the settings the build reads, and the build date.
 */
function buildFingerprint(env: NodeJS.ProcessEnv, buildDate: string): string {
  const root = projectRoot()
  const hash = createHash('sha256')
  const sources = [
    'site/src',
    'site/astro.config.ts',
    'site/public',
    'cms/locales.ts',
    'cms/lib',
    'cms/translation/statuses.ts',
    'package-lock.json',
  ]
  for (const source of sources) {
    const full = path.join(root, source)
    if (!existsSync(full)) continue
    const files = lstatSync(full).isDirectory()
      ? readdirSync(full, { recursive: true, encoding: 'utf8' })
          .map((f) => path.join(full, f))
          .filter((f) => lstatSync(f).isFile())
          .sort()
      : [full]
    for (const file of files) hash.update(path.relative(root, file)).update(readFileSync(file))
  }
  hash.update(JSON.stringify([env.SITE_URL ?? '', env.CMS_URL ?? '', buildDate]))
  return hash.digest('hex').slice(0, 16)
}

/** A copy of a build whose files are hard links to the original's: instant, and costs no space. */
async function copyWithLinks(from: string, to: string): Promise<void> {
  const copied = await run('cp', ['-al', from, to], process.env)
  if (copied.status !== 0) throw new Error(`Copying the live build failed: ${copied.output}`)
}

/**
 * Removes a document page's files (its folder's index.html, and its .ics/.gpx siblings) from a copy.
 * Only unlinks: the live build shares these files and must not change.
 */
function clearPage(client: string, page: string): void {
  const dir = path.join(client, page)
  rmSync(path.join(dir, 'index.html'), { force: true })
  for (const ext of ['.ics', '.gpx']) rmSync(`${dir.replace(/\/$/, '')}${ext}`, { force: true })
}

/**
 * Moves every file of a partial build into the copy, replacing what is there by rename (never by
 * writing into an existing file, which is shared with the live build).
 */
function moveInto(from: string, to: string): void {
  for (const entry of readdirSync(from, { withFileTypes: true })) {
    const source = path.join(from, entry.name)
    const destination = path.join(to, entry.name)
    if (entry.isDirectory()) {
      if (existsSync(destination) && !lstatSync(destination).isDirectory()) rmSync(destination)
      mkdirSync(destination, { recursive: true })
      moveInto(source, destination)
    } else {
      renameSync(source, destination)
    }
  }
}

/** Writes a file in a hard-linked copy without touching the original it may share an inode with. */
function replaceFile(file: string, content: string): void {
  writeFileSync(`${file}.new`, content)
  renameSync(`${file}.new`, file)
}

/** Runs a command without blocking this process (the site server's primary shares it). */
function run(
  command: string,
  args: string[],
  env: NodeJS.ProcessEnv,
  signal?: AbortSignal,
): Promise<{ status: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: projectRoot(), env, signal, stdio: ['ignore', 'pipe', 'pipe'] })
    let output = ''
    child.stdout.on('data', (d) => {
      output += d
    })
    child.stderr.on('data', (d) => {
      output += d
    })
    child.on('error', (error) => {
      output += `${error.message}\n`
    })
    child.on('close', (status) => resolve({ status, output }))
  })
}

function stopped(step: string, status: number | null): string {
  return `\nThe site build stopped at \`${step}\` (exit ${status}); the live site is unchanged.\n`
}

/** A build's output, echoed as it comes unless quiet. */
class Log {
  text = ''
  constructor(private readonly quiet: boolean) {}
  add(text: string): void {
    this.text += text
    if (!this.quiet) process.stdout.write(text)
  }
  failed(message: string): SiteBuildResult {
    this.text += message
    if (!this.quiet) process.stderr.write(message)
    return { ok: false, output: this.text }
  }
}

/** Points site/dist at builds/<id> atomically and removes builds older than the previous one. */
function publish(siteDir: string, id: string): void {
  const live = path.join(siteDir, 'dist')
  const previous = existsSync(live) && lstatSync(live).isSymbolicLink() ? path.basename(readlinkSync(live)) : undefined
  if (existsSync(live) && !lstatSync(live).isSymbolicLink()) rmSync(live, { recursive: true, force: true })
  const link = path.join(siteDir, `dist.next-${process.pid}`)
  rmSync(link, { force: true })
  symlinkSync(path.join('builds', id), link)
  renameSync(link, live)
  for (const old of readdirSync(path.join(siteDir, 'builds'))) {
    if (old !== id && old !== previous) removeInBackground(path.join(siteDir, 'builds', old))
  }
}

/** The prefix of a folder set aside for removal in builds/: no longer a build, not yet deleted. */
const REMOVING = '.removing-'

/**
 * Deletes a folder without waiting for it: renamed aside at once (into `asideIn`, which must be on
 * the same file system and never published), then removed by a child `rm -rf`. A build holds a folder
 * per page, and deleting 40,000 of them takes about 4 s, which the page going live must not wait for
 * and the process serving the site must not be blocked by. A folder left behind by a process that
 * ended meanwhile is removed at the next publish.
 */
function removeInBackground(dir: string, asideIn = path.dirname(dir)): void {
  if (!existsSync(dir)) return
  let aside = dir
  if (!path.basename(dir).startsWith(REMOVING)) {
    aside = path.join(asideIn, `${REMOVING}${newBuildId()}-${path.basename(dir)}`)
    renameSync(dir, aside)
  }
  const child = spawn('rm', ['-rf', aside], { stdio: 'ignore', detached: true })
  // nothing to report: whatever remains is tried again at the next publish
  child.on('error', () => {})
  child.unref()
}
