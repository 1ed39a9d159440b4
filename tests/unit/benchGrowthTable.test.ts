import { copyFileSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { projectRoot } from '../../cms/paths'
import { growthTable, latestPerScale } from '../../scripts/bench/report'
import { growthMarkers, writeReadmeGrowth } from '../../scripts/bench/writeResults'

const committed = path.join(projectRoot(), 'scripts/bench/results')

/** The lines between the growth table's markers. */
function tableIn(readme: string): string[] {
  const lines = readFileSync(readme, 'utf8').split('\n')
  return lines.slice(lines.indexOf(growthMarkers[0]) + 1, lines.indexOf(growthMarkers[1]))
}

describe('the growth table', () => {
  it('in the README is the one the committed results give (run `npm run bench -- --out scripts/bench/results`)', () => {
    expect(tableIn(path.join(projectRoot(), 'README.md'))).toEqual(growthTable(latestPerScale(committed)))
  })

  it('has a row per scale, the newest result of each, and a dash for figures an older result lacks', () => {
    const results = mkdtempSync(path.join(tmpdir(), 'growth-'))
    const dated = readdirSync(committed).filter((f) => /^\d.*-scale-(100|1000)\.json$/.test(f))
    for (const file of dated) copyFileSync(path.join(committed, file), path.join(results, file))
    const rows = growthTable(latestPerScale(results))
    expect(rows).toHaveLength(4) // header, rule, 100, 1000
    const cells = (row: string) =>
      row
        .split('|')
        .slice(1, -1)
        .map((c) => c.trim())
    const newest1000 = JSON.parse(
      readFileSync(
        path.join(
          committed,
          dated
            .filter((f) => f.endsWith('-1000.json'))
            .sort()
            .at(-1) as string,
        ),
        'utf8',
      ),
    )
    expect(cells(rows[3]).slice(0, 3)).toEqual([
      '1000',
      String(newest1000.siteBuild.pages),
      newest1000.date.slice(0, 10),
    ])
    expect(cells(rows[3])[8]).toBe(`${newest1000.publishToLive.seconds} s`)
    // the scale-100 result predates the memory figure
    expect(cells(rows[2])[4]).toBe('–')
    // every row as wide as the header, as the formatter writes tables
    expect(new Set(rows.map((r) => r.length)).size).toBe(1)
  })

  it('says how soon the search finds a change: through the search overlay, with the full index after', () => {
    const dated = readdirSync(committed).filter((f) => /^\d.*-scale-10000\.json$/.test(f))
    const newest = JSON.parse(readFileSync(path.join(committed, dated.sort().at(-1) as string), 'utf8'))
    const row = growthTable(latestPerScale(committed)).find((r) => r.startsWith('| 10000 '))
    const { searchRefreshSeconds, searchRefreshKind, searchFullIndexSeconds } = newest.publishToLive
    expect(searchRefreshKind).toBe('overlay')
    expect(row?.split('|')[10].trim()).toBe(
      `${searchRefreshSeconds} s (overlay; full index ${searchFullIndexSeconds} s)`,
    )
  })

  it('is written into the README between its markers, and the rest of the README is kept', () => {
    const readme = path.join(mkdtempSync(path.join(tmpdir(), 'readme-')), 'README.md')
    writeFileSync(readme, `# Title\n\nBefore.\n\n${growthMarkers[0]}\nold table\n${growthMarkers[1]}\n\nAfter.\n`)
    writeReadmeGrowth(readme, committed)
    const text = readFileSync(readme, 'utf8')
    expect(text.startsWith(`# Title\n\nBefore.\n\n${growthMarkers[0]}\n`)).toBe(true)
    expect(text.endsWith(`${growthMarkers[1]}\n\nAfter.\n`)).toBe(true)
    expect(text).not.toContain('old table')
    expect(tableIn(readme)).toEqual(growthTable(latestPerScale(committed)))
  })

  it('refuses a README without the markers, naming them', () => {
    const readme = path.join(mkdtempSync(path.join(tmpdir(), 'readme-')), 'README.md')
    writeFileSync(readme, '# Title\n')
    expect(() => writeReadmeGrowth(readme, committed)).toThrow(/has no growth table between/)
    expect(readFileSync(readme, 'utf8')).toBe('# Title\n')
  })
})
