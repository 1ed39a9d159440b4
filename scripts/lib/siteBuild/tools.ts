/** The two programs a site build runs, Astro and Pagefind, as child processes that do not block this one. */
import { type ChildProcess, spawn } from 'node:child_process'
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { localeCodes } from '../../../cms/locales'
import { projectRoot } from '../../../cms/paths'
import { withLeanAllocators } from './leanAllocators'

const bin = (name: string) => path.join(projectRoot(), 'node_modules/.bin', name)

/** How a command ended and everything it printed, stdout and stderr interleaved. */
export interface CommandResult {
  status: number | null
  output: string
}

/**
 * `astro build` of site/ into `env.SITE_OUT_DIR`, reading its content from `env.SITE_CONTENT_FILE`
 * (and rendering only the documents in `env.SITE_ONLY_DOCUMENTS`, when set). With `listen`, the build
 * has an IPC channel, and `listen` gets its process as soon as it is started.
 */
export function astroBuild(env: NodeJS.ProcessEnv, listen?: (child: ChildProcess) => void): Promise<CommandResult> {
  return run(bin('astro'), ['build', '--root', 'site'], withLeanAllocators(env), undefined, listen)
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

/** What Pagefind writes as pagefind-entry.json: the bundle's version and each language's index. */
interface PagefindEntry {
  version: string
  languages: Record<string, unknown>
  include_characters?: string[]
}

/**
 * Pagefind's search index of a whole site (a build's `client/`), made one language at a time: each
 * locale's folder indexed on its own into the same `pagefind/` folder, then their entry files joined
 * into one. A language's index is the same, file for file, as a single run over the whole site makes
 * it (every file but the entry file is named by its content), but one Pagefind run held every page in
 * memory at once: 1.5 GB at 44,000 pages. If the languages do not part by folder (a page under /en/ in
 * another language), the site is indexed in one run instead.
 */
export async function pagefindIndexByLanguage(
  siteDir: string,
  env: NodeJS.ProcessEnv,
  signal?: AbortSignal,
): Promise<CommandResult> {
  const entryFile = path.join(siteDir, 'pagefind', 'pagefind-entry.json')
  let output = ''
  let joined: PagefindEntry | undefined
  for (const locale of localeCodes) {
    if (!existsSync(path.join(siteDir, locale))) continue
    rmSync(entryFile, { force: true })
    const indexed = await run(
      bin('pagefind'),
      ['--site', siteDir, '--glob', `${locale}/**/*.html`, '--quiet'],
      env,
      signal,
    )
    output += indexed.output
    if (indexed.status !== 0) return { status: indexed.status, output }
    // a locale without a searchable page makes no entry file
    if (!existsSync(entryFile)) continue
    const entry = JSON.parse(readFileSync(entryFile, 'utf8')) as PagefindEntry
    const languages = Object.keys(entry.languages)
    if (languages.some((language) => language !== locale)) {
      output += `Pages under /${locale}/ are in ${languages.join(', ')}: the site is indexed in one run.\n`
      const whole = await pagefindIndex(siteDir, env, signal)
      return { status: whole.status, output: output + whole.output }
    }
    joined = joined ? { ...joined, languages: { ...joined.languages, ...entry.languages } } : entry
  }
  if (joined) {
    // in the order a single run writes them
    const languages = Object.fromEntries(Object.entries(joined.languages).sort(([a], [b]) => (a < b ? -1 : 1)))
    writeFileSync(entryFile, JSON.stringify({ ...joined, languages }))
  }
  return { status: 0, output }
}

/**
 * Runs a command without blocking this process (the site server's primary shares it); with `listen`,
 * over an IPC channel that `listen` is handed with the process.
 */
export function run(
  command: string,
  args: string[],
  env: NodeJS.ProcessEnv,
  signal?: AbortSignal,
  listen?: (child: ChildProcess) => void,
): Promise<CommandResult> {
  return new Promise((resolve) => {
    const child = spawn(command, args, {
      cwd: projectRoot(),
      env,
      signal,
      stdio: ['ignore', 'pipe', 'pipe', ...(listen ? (['ipc'] as const) : [])],
    })
    let output = ''
    child.stdout?.on('data', (d) => {
      output += d
    })
    child.stderr?.on('data', (d) => {
      output += d
    })
    child.on('error', (error) => {
      output += `${error.message}\n`
    })
    child.on('close', (status) => resolve({ status, output }))
    listen?.(child)
  })
}
