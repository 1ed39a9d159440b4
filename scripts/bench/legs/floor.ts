/** Leg 4: the floor, a bare Astro project (scripts/bench/floor) rendering the same pages from a local JSON file. */
import { readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import type { BenchReport } from '../benchReport'
import { bin, htmlFiles, hundredths, medianRun, SHORT_RUN_SECONDS, timed } from '../measure'

/**
 * Renders the pages of the build in `clientDir` again, each with its own title and visible text. When
 * our render took under a minute, `renderAgain` renders ours again until there are `runs`, each
 * followed by the floor again, so both are the median of runs made in turn (the machine's speed
 * drifts between runs).
 */
export async function floorLeg(
  clientDir: string,
  astroSeconds: number,
  env: NodeJS.ProcessEnv,
  work: string,
  oneProcessSeconds: number | undefined,
  renderAgain: () => Promise<number>,
  runs: number,
): Promise<BenchReport['floor']> {
  const floorData = path.join(work, 'floor.json')
  const entries = htmlFiles(clientDir)
    .filter((f) => !f.endsWith('404.html'))
    .map((f) => {
      const html = readFileSync(f, 'utf8')
      const rel = path.relative(clientDir, path.dirname(f))
      const text = html.replace(/<script[\s\S]*?<\/script>|<style[\s\S]*?<\/style>|<[^>]+>/g, ' ').replace(/\s+/g, ' ')
      return { path: rel === '.' ? '' : rel, title: /<title>([^<]*)/.exec(html)?.[1] ?? '', text }
    })
  writeFileSync(floorData, JSON.stringify(entries))
  const renderFloor = () =>
    timed(bin('astro'), ['build', '--root', 'scripts/bench/floor'], {
      ...env,
      FLOOR_DATA: floorData,
      FLOOR_OUT_DIR: path.join(work, 'floor'),
    })
  const floors = [renderFloor()]
  const ours = [astroSeconds]
  if (astroSeconds < SHORT_RUN_SECONDS) {
    for (let run = 1; run < runs; run++) {
      ours.push(await renderAgain())
      floors.push(renderFloor())
    }
  }
  const floor = medianRun(floors, (f) => f.seconds)
  const our = medianRun(ours, (s) => s)
  return {
    pages: entries.length,
    wallSeconds: floor.median.seconds,
    peakMb: Math.max(...floors.map((f) => f.peakMb)),
    oursOverFloor: hundredths(our.median / floor.median.seconds),
    oneProcessOverFloor:
      oneProcessSeconds === undefined ? undefined : hundredths(oneProcessSeconds / floor.median.seconds),
    ...(floors.length > 1
      ? {
          runs: floors.length,
          oursSeconds: our.median,
          oursSecondsSpread: our.spread,
          floorSecondsSpread: floor.spread,
        }
      : {}),
  }
}
