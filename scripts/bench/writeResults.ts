/** Writing a benchmark's results: JSON (latest and a dated copy), Markdown and SVG, or what a failed run measured. */
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import type { BenchReport } from './benchReport'
import { renderReport } from './report'

/** A file-name-safe timestamp for dated results. */
const stamp = () => new Date().toISOString().slice(0, 19).replace(/[:T]/g, '-')

/** Writes latest.json, its dated copy (the growth table reads those), latest.md and latest.svg. */
export function writeResults(report: BenchReport, resultsDir: string): void {
  mkdirSync(resultsDir, { recursive: true })
  writeFileSync(path.join(resultsDir, 'latest.json'), `${JSON.stringify(report, null, 2)}\n`)
  copyFileSync(path.join(resultsDir, 'latest.json'), path.join(resultsDir, `${stamp()}-scale-${report.scale}.json`))
  const { markdown, svg } = renderReport(report, resultsDir)
  writeFileSync(path.join(resultsDir, 'latest.md'), markdown)
  writeFileSync(path.join(resultsDir, 'latest.svg'), svg)
}

/**
 * Keeps what a failed run measured before the failure (a scale-10,000 load is long), with the error
 * and the CMS server's state; not a dated result, so the growth table leaves it out. Returns its path.
 */
export function writePartial(
  measured: Partial<BenchReport>,
  failure: { error: string; cmsServer: string | undefined },
  resultsDir: string,
): string {
  mkdirSync(resultsDir, { recursive: true })
  const file = path.join(resultsDir, `failed-${stamp()}-scale-${measured.scale}.partial.json`)
  writeFileSync(file, `${JSON.stringify({ ...measured, ...failure }, null, 2)}\n`)
  return file
}
