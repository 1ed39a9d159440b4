/** The two programs a site build runs, Astro and Pagefind, as child processes that do not block this one. */
import { spawn } from 'node:child_process'
import path from 'node:path'
import { projectRoot } from '../../../cms/paths'

const bin = (name: string) => path.join(projectRoot(), 'node_modules/.bin', name)

/** How a command ended and everything it printed, stdout and stderr interleaved. */
export interface CommandResult {
  status: number | null
  output: string
}

/**
 * `astro build` of site/ into `env.SITE_OUT_DIR`, reading its content from `env.SITE_CONTENT_FILE`
 * (and rendering only the documents in `env.SITE_ONLY_DOCUMENTS`, when set).
 */
export function astroBuild(env: NodeJS.ProcessEnv): Promise<CommandResult> {
  return run(bin('astro'), ['build', '--root', 'site'], env)
}

/**
 * Pagefind's search index of the static pages in `siteDir` (a build's `client/`), written into
 * `siteDir`/pagefind, or into `outputDir` when given.
 */
export function pagefindIndex(
  siteDir: string,
  env: NodeJS.ProcessEnv,
  signal?: AbortSignal,
  outputDir?: string,
): Promise<CommandResult> {
  const output = outputDir ? ['--output-path', outputDir] : []
  return run(bin('pagefind'), ['--site', siteDir, ...output, '--quiet'], env, signal)
}

/** Runs a command without blocking this process (the site server's primary shares it). */
export function run(
  command: string,
  args: string[],
  env: NodeJS.ProcessEnv,
  signal?: AbortSignal,
): Promise<CommandResult> {
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
