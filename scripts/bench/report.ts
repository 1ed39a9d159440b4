/**
 * The benchmark's Markdown report and SVG chart. The chart shows how each cost grows with scale,
 * from every dated result kept in the results folder (the latest run per scale).
 */
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import type { BenchReport } from './benchReport'

/**
 * What the growth table and chart read from a dated result: figures every result has had since the
 * first (older ones lack some of today's fields).
 */
type GrowthPoint = Pick<
  BenchReport,
  | 'scale'
  | 'date'
  | 'loadPostgres'
  | 'restReadTypical'
  | 'restReadTypicalPostgres'
  | 'restReadTypicalFresh'
  | 'restReadTypicalPostgresFresh'
  | 'restReadOneReader'
  | 'bulkLoadSqlite'
  | 'bulkLoadPostgres'
> & {
  loadSqlite: Pick<BenchReport['loadSqlite'], 'documentsPerSecond' | 'seconds'> &
    Partial<Pick<BenchReport['loadSqlite'], 'rssGrowthMb'>>
  restRead: Pick<BenchReport['restRead'], 'p95Ms'>
  siteBuild: Pick<BenchReport['siteBuild'], 'wallSeconds' | 'pagesPerSecond' | 'pages' | 'peakMb'>
  floor?: Pick<BenchReport['floor'], 'oursOverFloor'>
  publishToLive: Pick<BenchReport['publishToLive'], 'seconds'> &
    Partial<Pick<BenchReport['publishToLive'], 'searchRefreshSeconds' | 'searchRefreshKind' | 'searchFullIndexSeconds'>>
}

/** A load's documents/s, with the range over its runs when it was run more than once. */
function loadRate(load: BenchReport['loadSqlite']): string {
  const rate = `**${load.documentsPerSecond} documents/s**`
  const spread = load.documentsPerSecondSpread
  return load.runs && spread
    ? `${rate} (median of ${load.runs} loads, each into a fresh database: ${spread[0]}–${spread[1]})`
    : rate
}

function readFigures(read: BenchReport['restRead']): string {
  const range = (spread?: [number, number]) => (spread ? ` (${spread[0]}–${spread[1]})` : '')
  const runs = read.runs ? `; median of ${read.runs} runs, their range in brackets` : ''
  const kept = read.keptAnswers === undefined ? '' : `; ${read.keptAnswers} of ${read.requests} from kept answers`
  return `p50 **${read.p50Ms} ms**${range(read.p50SpreadMs)}, p95 **${read.p95Ms} ms**${range(read.p95SpreadMs)}, ${read.requestsPerSecond} requests/s (${read.requests} requests, ${read.concurrency} at a time${runs}${kept})`
}

/** Markdown and SVG for a benchmark result, with earlier results of other scales for the trend. */
export function renderReport(report: BenchReport, resultsDir: string): { markdown: string; svg: string } {
  const history = latestPerScale(resultsDir)
  const lines = [
    `# Benchmark at scale ${report.scale}`,
    '',
    `${report.date}, Node ${report.node}, ${report.machine}. Synthetic content (scripts/bench/syntheticContent.ts), throwaway databases.`,
    '',
    '| measure | value |',
    '| --- | --- |',
    `| load into SQLite, as editors write (create, then one update per translation) | ${report.loadSqlite.documents} documents (${report.loadSqlite.writes} locale writes) in ${report.loadSqlite.seconds.toFixed(2)} s: ${loadRate(report.loadSqlite)}${report.loadSqlite.images ? `; before them, ${report.loadSqlite.images} image uploads (Payload's resizing included) in ${report.loadSqlite.imageSeconds} s` : ''} |`,
    report.loadPostgres
      ? `| load into PostgreSQL, as editors write | ${report.loadPostgres.documents} documents in ${report.loadPostgres.seconds.toFixed(2)} s: ${loadRate(report.loadPostgres)} |`
      : '| load into PostgreSQL | not run (--skip-postgres) |',
    ...(
      [
        ['SQLite', report.bulkLoadSqlite],
        ['PostgreSQL', report.bulkLoadPostgres],
      ] as const
    ).flatMap(([database, load]) =>
      load
        ? [
            `| bulk load into ${database} (each document in one write of all its locales, as the seed writes a new one) | ${load.documents} documents in ${load.seconds.toFixed(2)} s: ${loadRate(load)} |`,
          ]
        : [],
    ),
    ...[report.loadSqlite, report.loadPostgres].flatMap((load, i) =>
      load?.rssGrowthMb === undefined
        ? []
        : [
            `| memory of the CMS process loading into ${i === 0 ? 'SQLite' : 'PostgreSQL'} | ${load.rssStartMb} MB before, ${load.rssEndMb} MB after ${load.writes} locale writes in one process, each read when the CMS was next quiet (it then gives back what it freed): **${load.rssGrowthMb >= 0 ? '+' : ''}${load.rssGrowthMb} MB** |`,
          ],
    ),
    ...(report.loadedAt ? [`| — loads | measured ${report.loadedAt} and reused (--data) |`] : []),
    `| REST read (anonymous, published-only, locale=all, 100 per page, read afresh) | ${readFigures(report.restRead)} |`,
    ...(report.restReadOneReader
      ? [`| — the same, one reader at a time (server time per read) | ${readFigures(report.restReadOneReader)} |`]
      : []),
    ...(report.restReadTypical
      ? [
          `| REST read, typical API client (one locale, 20 per page, depth=0, six collections), SQLite | ${readFigures(report.restReadTypical)} |`,
        ]
      : []),
    ...(report.restReadTypicalFresh
      ? [`| — the same read afresh (Cache-Control: no-cache) | ${readFigures(report.restReadTypicalFresh)} |`]
      : []),
    ...(report.restReadTypicalPostgres
      ? [`| — the same on PostgreSQL | ${readFigures(report.restReadTypicalPostgres)} |`]
      : []),
    ...(report.restReadTypicalPostgresFresh
      ? [`| — on PostgreSQL, read afresh | ${readFigures(report.restReadTypicalPostgresFresh)} |`]
      : []),
    `| site build | ${report.siteBuild.pages} pages in **${report.siteBuild.wallSeconds} s** (${report.siteBuild.pagesPerSecond} pages/s${report.siteBuild.processes ? `, ${report.siteBuild.processes} astro process${report.siteBuild.processes === 1 ? '' : 'es'}` : ''}), peak ${report.siteBuild.peakMb} MB${report.siteBuild.ogImagesDrawn === undefined ? '' : `; ${report.siteBuild.ogImagesDrawn} link-preview images drawn, the rest from the cache kept between builds`} |`,
    `| — fetch / render / images${report.siteBuild.images ? ` (${report.siteBuild.images} images, cold cache)` : ''} / search | ${report.siteBuild.fetchSeconds} s / ${report.siteBuild.renderSeconds} s / ${report.siteBuild.imagesSeconds} s / ${report.siteBuild.searchSeconds} s |`,
    `| floor: bare Astro from JSON, same pages | ${report.floor.wallSeconds} s, peak ${report.floor.peakMb} MB; **ours / floor = ${report.floor.oursOverFloor}**${report.floor.runs && report.floor.oursSecondsSpread && report.floor.floorSecondsSpread ? ` (medians of ${report.floor.runs} renders each, in turn: ours ${report.floor.oursSeconds} s, ${report.floor.oursSecondsSpread[0]}–${report.floor.oursSecondsSpread[1]}; floor ${report.floor.floorSecondsSpread[0]}–${report.floor.floorSecondsSpread[1]})` : ''}${report.siteBuild.oneProcess && report.floor.oneProcessOverFloor !== undefined ? `; in one process ${report.siteBuild.oneProcess.seconds} s (${report.floor.oneProcessOverFloor}×), peak ${report.siteBuild.oneProcess.peakMb} MB` : ''} |`,
    `| publish to live page | **${report.publishToLive.seconds} s**${report.publishToLive.runs ? ` (median of ${report.publishToLive.runs.join(', ')} s)` : ''}${report.publishToLive.updateRuns ? `; the update returned after ${report.publishToLive.updateRuns.join(', ')} s` : ''} (${report.publishToLive.kind ?? 'full'}: pages of ${report.publishToLive.renderedDocuments ?? 'all'} documents rendered${report.publishToLive.renderedBy ? `, ${report.publishToLive.renderedFiles} files, by the ${report.publishToLive.renderedBy}` : ''}); kept renderer ready ${report.publishToLive.rendererStartSeconds ?? '–'} s after the full build${report.publishToLive.rendererRssMb ? `, holding ${report.publishToLive.rendererRssMb} MB` : ''}; search index ${report.publishToLive.searchRefreshSeconds ?? '–'} s later${report.publishToLive.searchRefreshKind === 'overlay' ? ` (${report.publishToLive.searchOverlayPages} pages into the search overlay; the whole site indexed again after, ${report.publishToLive.searchFullIndexSeconds ?? '–'} s)` : ''}; full rebuild ${report.publishToLive.fullRebuildSeconds ?? '–'} s${report.publishToLive.fullRebuildImages ? ` (images: ${report.publishToLive.fullRebuildImages.reused} from the cache, ${report.publishToLive.fullRebuildImages.encoded} encoded)` : ''}; update with nothing changed ${report.publishToLive.rebuildUnchangedSeconds} s |`,
    ...(report.reviewGate
      ? [
          `| publish with a locale waiting for review (review gate) | median **${report.reviewGate.publishWithWaitingLocaleMs.median} ms** (${report.reviewGate.publishWithWaitingLocaleMs.min}–${report.reviewGate.publishWithWaitingLocaleMs.max}), against ${report.reviewGate.publishMs.median} ms (${report.reviewGate.publishMs.min}–${report.reviewGate.publishMs.max}) with none waiting; ${report.reviewGate.samples} REST publishes of each |`,
        ]
      : []),
    '',
    '## Page weight (gzipped bytes)',
    '',
    '| page type | HTML | CSS | JS |',
    '| --- | --- | --- | --- |',
    ...Object.entries(report.pageWeight).map(([type, w]) => `| ${type} | ${w.htmlGz} | ${w.cssGz} | ${w.jsGz} |`),
    '',
    '## Growth with scale',
    '',
    ...growthTable(history),
    '',
    '![costs by scale](latest.svg)',
    '',
  ]
  return { markdown: lines.join('\n'), svg: chart(history) }
}

/**
 * The newest result of each scale as a Markdown table (latest.md and, for the committed results, the
 * README). Figures a result predates show as "–".
 */
export function growthTable(history: GrowthPoint[]): string[] {
  const rows = [
    [
      'documents',
      'pages',
      'measured',
      'load, SQLite / PostgreSQL (docs/s): as editors write; bulk',
      'CMS memory after loading (SQLite)',
      'all-locale read, server time (p50)',
      'typical read p95, SQLite / PostgreSQL: kept; afresh',
      'site build (× floor), peak',
      'publish → live',
      'search current after',
    ],
    ...history.map((r) =>
      [
        r.scale,
        r.siteBuild.pages,
        r.date.slice(0, 10),
        `${r.loadSqlite.documentsPerSecond} / ${or(r.loadPostgres?.documentsPerSecond)}; ${or(r.bulkLoadSqlite?.documentsPerSecond)} / ${or(r.bulkLoadPostgres?.documentsPerSecond)}`,
        r.loadSqlite.rssGrowthMb === undefined
          ? '–'
          : `${r.loadSqlite.rssGrowthMb >= 0 ? '+' : ''}${r.loadSqlite.rssGrowthMb} MB`,
        or(r.restReadOneReader?.p50Ms, ' ms'),
        typicalReads(r),
        `${r.siteBuild.wallSeconds} s (${or(r.floor?.oursOverFloor, '×')}), ${r.siteBuild.peakMb} MB`,
        `${r.publishToLive.seconds} s`,
        searchCurrent(r),
      ].map(String),
    ),
  ]
  return alignedTable(rows)
}

/** A figure with its unit, or "–" for one a result predates. */
const or = (value: number | null | undefined, unit = '') =>
  value === undefined || value === null ? '–' : `${value}${unit}`

/**
 * How soon the search finds a publish's changes: through the overlay, then the whole site indexed
 * again (the figure before the overlay, when results from before it had only that).
 */
function searchCurrent(r: GrowthPoint): string {
  const { searchRefreshSeconds, searchRefreshKind, searchFullIndexSeconds } = r.publishToLive
  if (searchRefreshKind !== 'overlay') return or(searchRefreshSeconds, ' s')
  return `${or(searchRefreshSeconds, ' s')} (overlay; full index ${or(searchFullIndexSeconds, ' s')})`
}

/**
 * The typical read's p95, from the kept answers and afresh. Results from before the answers were
 * kept measured Payload's work each time: their figures are the afresh ones.
 */
function typicalReads(r: GrowthPoint): string {
  const pair = (sqlite?: number, postgres?: number) => `${sqlite ?? '–'} / ${postgres ?? '–'} ms`
  if (!r.restReadTypical) return '–'
  if (!r.restReadTypicalFresh) return `–; ${pair(r.restReadTypical.p95Ms, r.restReadTypicalPostgres?.p95Ms)}`
  return `${pair(r.restReadTypical.p95Ms, r.restReadTypicalPostgres?.p95Ms)}; ${pair(r.restReadTypicalFresh.p95Ms, r.restReadTypicalPostgresFresh?.p95Ms)}`
}

/** A Markdown table with its columns padded to one width, as the formatter (Biome) writes it. */
function alignedTable([header, ...rows]: string[][]): string[] {
  const widths = header.map((_, i) => Math.max(...[header, ...rows].map((row) => row[i].length)))
  const line = (cells: string[]) => `| ${cells.map((cell, i) => cell.padEnd(widths[i])).join(' | ')} |`
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)]
}

export function latestPerScale(dir: string): GrowthPoint[] {
  const byScale = new Map<number, GrowthPoint>()
  for (const file of readdirSync(dir)
    .filter((f) => /-scale-\d+\.json$/.test(f))
    .sort()) {
    const report = JSON.parse(readFileSync(path.join(dir, file), 'utf8')) as GrowthPoint
    byScale.set(report.scale, report)
  }
  return [...byScale.values()].sort((a, b) => a.scale - b.scale)
}

/** A line chart (log-scaled x) of build, publish-to-live and load seconds against scale. */
function chart(history: GrowthPoint[]): string {
  const width = 640
  const height = 360
  const pad = 56
  const series = [
    { name: 'site build (s)', color: '#0b5394', value: (r: GrowthPoint) => r.siteBuild.wallSeconds },
    { name: 'publish → live (s)', color: '#c27c0e', value: (r: GrowthPoint) => r.publishToLive.seconds },
    { name: 'load into SQLite (s)', color: '#38761d', value: (r: GrowthPoint) => r.loadSqlite.seconds },
  ]
  const scales = history.map((r) => r.scale)
  const maxY = Math.max(1, ...history.flatMap((r) => series.map((s) => s.value(r))))
  const minLog = Math.log10(Math.min(...scales))
  const maxLog = Math.max(minLog + 1, Math.log10(Math.max(...scales)))
  const x = (scale: number) => pad + ((Math.log10(scale) - minLog) / (maxLog - minLog)) * (width - 2 * pad)
  const y = (v: number) => height - pad - (v / maxY) * (height - 2 * pad)
  const esc = (t: string) => t.replace(/&/g, '&amp;').replace(/</g, '&lt;')
  const parts = [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" role="img" aria-labelledby="t d">`,
    '<title id="t">Benchmark costs by scale</title>',
    `<desc id="d">${esc(series.map((s) => `${s.name}: ${history.map((r) => `${r.scale} → ${s.value(r)}`).join(', ')}`).join('; '))}</desc>`,
    `<rect width="${width}" height="${height}" fill="#fff"/>`,
    `<line x1="${pad}" y1="${height - pad}" x2="${width - pad}" y2="${height - pad}" stroke="#333"/>`,
    `<line x1="${pad}" y1="${pad}" x2="${pad}" y2="${height - pad}" stroke="#333"/>`,
    ...scales.map((s) => `<text x="${x(s)}" y="${height - pad + 18}" font-size="12" text-anchor="middle">${s}</text>`),
    `<text x="${width / 2}" y="${height - 12}" font-size="12" text-anchor="middle">documents (log scale)</text>`,
    `<text x="${pad - 8}" y="${pad}" font-size="12" text-anchor="end">${maxY.toFixed(1)} s</text>`,
    `<text x="${pad - 8}" y="${height - pad}" font-size="12" text-anchor="end">0</text>`,
    ...series.flatMap((s, i) => [
      `<polyline fill="none" stroke="${s.color}" stroke-width="2" points="${history.map((r) => `${x(r.scale).toFixed(1)},${y(s.value(r)).toFixed(1)}`).join(' ')}"/>`,
      ...history.map(
        (r) => `<circle cx="${x(r.scale).toFixed(1)}" cy="${y(s.value(r)).toFixed(1)}" r="3" fill="${s.color}"/>`,
      ),
      `<text x="${pad + 8}" y="${pad + 16 * i}" font-size="12" fill="${s.color}">${esc(s.name)}</text>`,
    ]),
    '</svg>',
  ]
  return `${parts.join('\n')}\n`
}
