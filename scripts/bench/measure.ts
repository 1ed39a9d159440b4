/** What every leg of the benchmark measures with: rounding, timed commands, the built pages. */
import { spawnSync } from 'node:child_process'
import { readdirSync } from 'node:fs'
import path from 'node:path'
import { projectRoot } from '../../cms/paths'

/** Figures are reported to the hundredth: more digits than that are noise on this machine. */
export const hundredths = (n: number) => Math.round(n * 100) / 100

/** A run that takes under this is repeated (--runs, three by default) and reported as the median with the range. */
export const SHORT_RUN_SECONDS = 60

/** The median run by `value` (the lower middle one of an even number), and the lowest and highest value. */
export function medianRun<T>(runs: T[], value: (run: T) => number): { median: T; spread: [number, number] } {
  const sorted = [...runs].sort((a, b) => value(a) - value(b))
  return {
    median: sorted[Math.floor((sorted.length - 1) / 2)],
    spread: [value(sorted[0]), value(sorted[sorted.length - 1])],
  }
}

/** Seconds since `since` (a performance.now() reading), to the hundredth. */
export const secondsSince = (since: number) => hundredths((performance.now() - since) / 1000)

/** Wall time and peak memory of a command, and what it printed. */
export function timed(command: string, argv: string[], env: NodeJS.ProcessEnv) {
  const started = performance.now()
  const result = spawnSync('/usr/bin/time', ['-f', 'PEAK_KB %M', command, ...argv], {
    cwd: projectRoot(),
    env,
    encoding: 'utf8',
    // spawnSync stops a child whose output passes maxBuffer (1 MB by default): at scale 10,000, Astro's
    // line per page written passes it (40,000 pages)
    maxBuffer: 1024 ** 3,
  })
  const seconds = (performance.now() - started) / 1000
  if (result.status !== 0) {
    const why = result.error ? String(result.error) : `exit ${result.status}, signal ${result.signal}`
    throw new Error(`${command} ${argv.join(' ')} failed (${why}):\n${result.stdout}\n${result.stderr}`)
  }
  const peakKb = Number(/PEAK_KB (\d+)/.exec(result.stderr)?.[1] ?? 0)
  return { seconds: hundredths(seconds), peakMb: Math.round(peakKb / 1024), output: result.stdout }
}

/** A program installed in node_modules/.bin. */
export const bin = (name: string) => path.join(projectRoot(), 'node_modules/.bin', name)

/** Every HTML file under a build's client folder. */
export function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.html'))
    .map((f) => path.join(dir, f))
}

/** An error's message with its cause: fetch's own message is only "fetch failed". */
export function describe(error: unknown): string {
  const cause = (error as Error).cause as { code?: string; message?: string } | undefined
  return cause ? `${String(error)} (${cause.code ?? ''} ${cause.message ?? ''})` : String(error)
}
