import { spawnSync } from 'node:child_process'
import { existsSync, renameSync, rmSync } from 'node:fs'
import path from 'node:path'
import { projectRoot } from '../../cms/paths'

const bin = (name: string) => path.join(projectRoot(), 'node_modules/.bin', name)

/** What a site build did: whether the new site is live, and everything the build printed. */
export interface SiteBuildResult {
  ok: boolean
  output: string
}

/**
 * Builds site/ (Astro) and its Pagefind index into a staging folder, and only when both steps succeed
 * swaps it in for site/dist (the previous site is kept as site/dist-previous). A failed build — the CMS
 * down, a broken reference — leaves the live site exactly as it was: never half a site.
 */
export async function buildSite(
  env: NodeJS.ProcessEnv = process.env,
  { quiet = false } = {},
): Promise<SiteBuildResult> {
  const siteDir = path.join(projectRoot(), 'site')
  const live = path.join(siteDir, 'dist')
  const staging = path.join(siteDir, `dist-staging-${process.pid}`)
  const previous = path.join(siteDir, 'dist-previous')
  rmSync(staging, { recursive: true, force: true })
  const steps: [string, string[]][] = [
    [bin('astro'), ['build', '--root', 'site']],
    [bin('pagefind'), ['--site', path.join(staging, 'client'), '--quiet']],
  ]
  let output = ''
  for (const [command, args] of steps) {
    const result = spawnSync(command, args, {
      cwd: projectRoot(),
      env: { ...env, SITE_OUT_DIR: staging },
      encoding: 'utf8',
    })
    output += result.stdout + result.stderr
    if (!quiet) process.stdout.write(result.stdout + result.stderr)
    if (result.status !== 0) {
      rmSync(staging, { recursive: true, force: true })
      const message = `\nThe site build stopped at \`${path.basename(command)} ${args[0]}\` (exit ${result.status}); the live site is unchanged.\n`
      if (!quiet) process.stderr.write(message)
      return { ok: false, output: output + message }
    }
  }
  rmSync(previous, { recursive: true, force: true })
  if (existsSync(live)) renameSync(live, previous)
  renameSync(staging, live)
  return { ok: true, output }
}
