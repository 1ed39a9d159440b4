/** Writing a benchmark's results: JSON (latest and a dated copy), Markdown and SVG, or what a failed run measured. */
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { projectRoot } from '../../cms/paths'
import type { BenchReport } from './benchReport'
import { growthTable, latestPerScale, renderReport } from './report'

/** The committed results (`--out scripts/bench/results`), whose growth table the README shows. */
const committedResults = () => path.join(projectRoot(), 'scripts/bench/results')
/** The README's growth table sits between these two lines. */
export const growthMarkers = [
  '<!-- growth table: npm run bench -- --out scripts/bench/results writes it -->',
  '<!-- end of growth table -->',
]

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
  if (path.resolve(resultsDir) === committedResults())
    writeReadmeGrowth(path.join(projectRoot(), 'README.md'), resultsDir)
}

/** Puts the growth table of `resultsDir` (the committed results) into the README, between growthMarkers. */
export function writeReadmeGrowth(readme: string, resultsDir: string): void {
  const text = readFileSync(readme, 'utf8')
  const [open, close] = growthMarkers
  const start = text.indexOf(open)
  const end = text.indexOf(close)
  if (start < 0 || end < start) throw new Error(`${readme} has no growth table between "${open}" and "${close}"`)
  const table = growthTable(latestPerScale(resultsDir)).join('\n')
  writeFileSync(readme, `${text.slice(0, start + open.length)}\n${table}\n${text.slice(end)}`)
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
