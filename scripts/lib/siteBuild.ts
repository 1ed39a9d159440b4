import { spawnSync } from 'node:child_process'
import { existsSync, lstatSync, mkdirSync, readdirSync, readlinkSync, renameSync, rmSync, symlinkSync } from 'node:fs'
import path from 'node:path'
import { projectRoot } from '../../cms/paths'

const bin = (name: string) => path.join(projectRoot(), 'node_modules/.bin', name)

/** What a site build did: whether the new site is live, and everything the build printed. */
export interface SiteBuildResult {
  ok: boolean
  output: string
}

/**
 * Builds site/ (Astro) and its Pagefind index into a new folder under site/builds/, and only when both
 * steps succeed points site/dist (a symbolic link) at it, in one atomic rename. A failed build — the
 * CMS down, a broken reference — leaves the live site exactly as it was: never half a site. The
 * previous build is kept, so a server still running it (see siteServer.ts) keeps working until replaced.
 */
export async function buildSite(
  env: NodeJS.ProcessEnv = process.env,
  { quiet = false, liveDir = path.join(projectRoot(), 'site') } = {},
): Promise<SiteBuildResult> {
  // builds/ and the dist link live in liveDir (site/ unless a benchmark keeps its own); sources are always site/
  const siteDir = liveDir
  const buildsDir = path.join(siteDir, 'builds')
  const id = `${new Date().toISOString().replace(/[-:.TZ]/g, '')}-${process.pid}`
  const target = path.join(buildsDir, id)
  mkdirSync(buildsDir, { recursive: true })
  const steps: [string, string[]][] = [
    [bin('astro'), ['build', '--root', 'site']],
    [bin('pagefind'), ['--site', path.join(target, 'client'), '--quiet']],
  ]
  let output = ''
  for (const [command, args] of steps) {
    const result = spawnSync(command, args, {
      cwd: projectRoot(),
      env: { ...env, SITE_OUT_DIR: target },
      encoding: 'utf8',
    })
    output += result.stdout + result.stderr
    if (!quiet) process.stdout.write(result.stdout + result.stderr)
    if (result.status !== 0) {
      rmSync(target, { recursive: true, force: true })
      const message = `\nThe site build stopped at \`${path.basename(command)} ${args[0]}\` (exit ${result.status}); the live site is unchanged.\n`
      if (!quiet) process.stderr.write(message)
      return { ok: false, output: output + message }
    }
  }
  publish(siteDir, id)
  return { ok: true, output }
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
    if (old !== id && old !== previous) rmSync(path.join(siteDir, 'builds', old), { recursive: true, force: true })
  }
}
