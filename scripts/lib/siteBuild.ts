import { spawnSync } from 'node:child_process'
import path from 'node:path'
import { projectRoot } from '../../cms/paths'

const bin = (name: string) => path.join(projectRoot(), 'node_modules/.bin', name)

/** Builds site/ (Astro) and its Pagefind index; returns false, having printed why, if a step failed. */
export async function buildSite(env: NodeJS.ProcessEnv = process.env): Promise<boolean> {
  const steps: [string, string[]][] = [
    [bin('astro'), ['build', '--root', 'site']],
    [bin('pagefind'), ['--site', 'site/dist/client', '--quiet']],
  ]
  for (const [command, args] of steps) {
    const result = spawnSync(command, args, { cwd: projectRoot(), stdio: 'inherit', env })
    if (result.status !== 0) {
      console.error(
        `\nThe site build stopped at \`${path.basename(command)} ${args.join(' ')}\` (exit ${result.status}).`,
      )
      return false
    }
  }
  return true
}
