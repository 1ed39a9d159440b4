/** Leg 4: the floor, a bare Astro project (scripts/bench/floor) rendering the same pages from a local JSON file. */
import { readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import type { BenchReport } from '../benchReport'
import { bin, htmlFiles, hundredths, timed } from '../measure'

/** Renders the pages of the build in `clientDir` again, each with its own title and visible text. */
export function floorLeg(
  clientDir: string,
  astroSeconds: number,
  env: NodeJS.ProcessEnv,
  work: string,
  oneProcessSeconds?: number,
): BenchReport['floor'] {
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
  const floor = timed(bin('astro'), ['build', '--root', 'scripts/bench/floor'], {
    ...env,
    FLOOR_DATA: floorData,
    FLOOR_OUT_DIR: path.join(work, 'floor'),
  })
  return {
    pages: entries.length,
    wallSeconds: floor.seconds,
    peakMb: floor.peakMb,
    oursOverFloor: hundredths(astroSeconds / floor.seconds),
    oneProcessOverFloor: oneProcessSeconds === undefined ? undefined : hundredths(oneProcessSeconds / floor.seconds),
  }
}
