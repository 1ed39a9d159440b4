import type { SiteBuildResult } from './result'

/** A build's output, kept for the result (the admin shows its end) and echoed as it comes unless quiet. */
export class BuildLog {
  text = ''
  constructor(private readonly quiet: boolean) {}

  add(text: string): void {
    this.text += text
    if (!this.quiet) process.stdout.write(text)
  }

  /** Ends the log with why the build failed, as the result of a failed build. */
  failed(message: string): SiteBuildResult {
    this.text += message
    if (!this.quiet) process.stderr.write(message)
    return { ok: false, output: this.text }
  }
}

/** The message for a build step (a command) that failed. */
export function stopped(step: string, status: number | null): string {
  return `\nThe site build stopped at \`${step}\` (exit ${status}); the live site is unchanged.\n`
}

/** Seconds since a `performance.now()`, as the log gives durations: "0.48". */
export function secondsSince(start: number): string {
  return ((performance.now() - start) / 1000).toFixed(2)
}
