/** The benchmark's command line. */
import path from 'node:path'
import { parseArgs } from 'node:util'
import { projectRoot } from '../../cms/paths'

export interface BenchOptions {
  /** Documents of synthetic content (syntheticContent.ts), each in up to four locales. */
  scale: number
  /** Pictures added to clusters, projects, routes and events. */
  images: number
  skipPostgres: boolean
  /**
   * Where latest.{json,md,svg} and the dated copy go: bench-results/ (not tracked) unless --out says
   * otherwise, so a run never changes the committed results in scripts/bench/results by accident.
   */
  resultsDir: string
  /**
   * Where the loaded SQLite database and the load figures are kept: a later run with the same folder,
   * scale and images starts from them instead of loading again (30 minutes at scale 10,000). Each run
   * works on a copy, so the publish step's edit never reaches the kept database.
   */
  keptData: string | undefined
  /** How many times a load or a render that takes under a minute is run, for its median and range. */
  runs: number
}

export const usage = `Usage: npm run bench -- [--scale N] [--images N] [--skip-postgres] [--out DIR] [--data DIR] [--runs N]

Measures the pipeline on N synthetic documents in throwaway SQLite and PostgreSQL databases and writes
latest.json, latest.md, latest.svg and a dated copy.

  --scale N         documents to load (default 100)
  --images N        pictures to add to clusters, projects, routes and events (default 0)
  --skip-postgres   load into SQLite only
  --out DIR         where the results go (default bench-results/, not tracked; give
                    --out scripts/bench/results to update the committed results)
  --data DIR        keep the loaded SQLite database and the load figures in DIR; a later run with the
                    same DIR, scale and images starts from them (and measures no PostgreSQL reads: that
                    database is not kept)
  --runs N          how many times a load or render that takes under a minute runs, reported as the
                    median with the range (default 3; longer ones run once)
  --help            this text
`

/** The options in `argv`, or 'help' when asked for the usage; throws naming a wrong option. */
export function benchOptions(argv: string[]): BenchOptions | 'help' {
  const { values } = parseArgs({
    args: argv,
    options: {
      scale: { type: 'string', default: '100' },
      images: { type: 'string', default: '0' },
      'skip-postgres': { type: 'boolean', default: false },
      out: { type: 'string' },
      data: { type: 'string' },
      runs: { type: 'string', default: '3' },
      help: { type: 'boolean', default: false },
    },
  })
  if (values.help) return 'help'
  return {
    scale: count('--scale', values.scale, 1),
    images: count('--images', values.images, 0),
    skipPostgres: values['skip-postgres'],
    resultsDir: values.out ? path.resolve(values.out) : path.join(projectRoot(), 'bench-results'),
    keptData: values.data ? path.resolve(values.data) : undefined,
    runs: count('--runs', values.runs, 1),
  }
}

function count(option: string, value: string, minimum: number): number {
  const n = Number(value)
  if (!Number.isInteger(n) || n < minimum)
    throw new Error(`${option}: "${value}" is not a whole number of at least ${minimum}`)
  return n
}
