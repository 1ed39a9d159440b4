/** Leg 3: a full site build from the CMS, split into fetch, render, images and search indexing, as a site update's full build runs. */
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { projectRoot } from '../../../cms/paths'
import { shardCacheDir } from '../../../site/src/integrations/buildShard'
import { syncContent } from '../../lib/contentSync'
import { buildProcesses, shardedAstroBuild } from '../../lib/siteBuild/shardedBuild'
import { pagefindIndexByLanguage } from '../../lib/siteBuild/tools'
import { imageStepSeconds } from '../astroImages'
import type { BenchReport } from '../benchReport'
import { isAstroBuild, isPagefind, withPeakOf } from '../buildMemory'
import { htmlFiles, hundredths, secondsSince } from '../measure'

/** The figures, and the built pages (`clientDir`) and render times the floor leg compares with. */
export async function siteBuildLeg(
  env: NodeJS.ProcessEnv & { CMS_URL: string },
  outDir: string,
  images: number,
): Promise<{
  siteBuild: BenchReport['siteBuild']
  clientDir: string
  astroSeconds: number
  oneProcessSeconds?: number
  /** The same render again, into a folder of its own, with the image cache cold again: its seconds. */
  renderAgain: () => Promise<number>
}> {
  const fetchStarted = performance.now()
  // the content read from the CMS into the snapshot the build renders from, as a site update's full
  // build does (scripts/lib/siteBuild/): the astro build then reads a local file, as the floor does
  const { snapshot } = await syncContent(env.CMS_URL)
  const contentFile = path.join(path.dirname(outDir), 'content.json')
  mkdirSync(path.dirname(contentFile), { recursive: true })
  writeFileSync(contentFile, JSON.stringify(snapshot))
  const fetchSeconds = (performance.now() - fetchStarted) / 1000
  // as a site update's full build renders: in as many processes as it would (shardedBuild.ts)
  const processes = buildProcesses(env, snapshot)
  // a cold image cache (each build process's), so the images step is measured rather than restored
  // from an earlier run
  const coldImageCache = () => {
    for (let index = 1; index <= processes; index++)
      rmSync(path.join(projectRoot(), 'site', shardCacheDir(index), 'assets'), { recursive: true, force: true })
  }
  coldImageCache()
  // link-preview images are kept between builds (site/src/lib/og/ogImage.ts); how many this build drew
  // says whether its render time includes drawing them
  const ogBefore = ogImagesKept()
  const started = performance.now()
  const { result: built, peakMb: astroPeakMb } = await withPeakOf(
    isAstroBuild,
    shardedAstroBuild({ ...env, SITE_CONTENT_FILE: contentFile }, outDir, processes),
  )
  if (built.status !== 0) throw new Error(`astro build failed (${built.status}):\n${built.output.slice(-4000)}`)
  const astro = { seconds: hundredths((performance.now() - started) / 1000), peakMb: astroPeakMb, output: built.output }
  const ogImagesDrawn = ogImagesKept() - ogBefore
  // the same build in one process, for the memory a machine without room for several needs (and the
  // time it takes there): after the build above, so with its images cached
  let oneProcess: { seconds: number; peakMb: number } | undefined
  if (processes > 1) {
    const oneStarted = performance.now()
    const one = await withPeakOf(
      isAstroBuild,
      shardedAstroBuild({ ...env, SITE_CONTENT_FILE: contentFile }, `${outDir}-one-process`, 1),
    )
    if (one.result.status !== 0)
      throw new Error(`astro build in one process failed:\n${one.result.output.slice(-4000)}`)
    oneProcess = { seconds: hundredths((performance.now() - oneStarted) / 1000), peakMb: one.peakMb }
    rmSync(`${outDir}-one-process`, { recursive: true, force: true })
  }
  const clientDir = path.join(outDir, 'client')
  const pages = htmlFiles(clientDir).length
  // as a full build indexes: one language at a time
  const searchStarted = performance.now()
  const { result: indexed, peakMb: searchPeakMb } = await withPeakOf(
    isPagefind,
    pagefindIndexByLanguage(clientDir, env),
  )
  if (indexed.status !== 0) throw new Error(`pagefind failed (${indexed.status}):\n${indexed.output.slice(-4000)}`)
  const search = { seconds: hundredths((performance.now() - searchStarted) / 1000), peakMb: searchPeakMb }
  const imagesSeconds = imageStepSeconds(astro.output)
  const siteBuild = {
    pages,
    wallSeconds: hundredths(fetchSeconds + astro.seconds + search.seconds),
    pagesPerSecond: Math.round(pages / astro.seconds),
    processes,
    oneProcess,
    peakMb: Math.max(astro.peakMb, search.peakMb),
    fetchSeconds: hundredths(fetchSeconds),
    renderSeconds: hundredths(astro.seconds - imagesSeconds),
    imagesSeconds,
    images,
    searchSeconds: search.seconds,
    ogImagesDrawn,
    note: `fetch is reading the content from the CMS into a snapshot file, as a site update's full build does; render is astro build from that file, in ${processes} process${processes === 1 ? '' : 'es'} side by side, each rendering its share of the pages, but for images, Astro's "generating optimized images" step (cold cache)${images ? '' : '; no images (--images N adds them)'}; search is Pagefind, one language at a time; peak is the render's processes together, or Pagefind's, whichever is higher (each read every 100 ms)`,
  }
  const renderAgain = async () => {
    coldImageCache()
    const againStarted = performance.now()
    const again = await shardedAstroBuild({ ...env, SITE_CONTENT_FILE: contentFile }, `${outDir}-again`, processes)
    const seconds = secondsSince(againStarted)
    if (again.status !== 0) throw new Error(`astro build failed (${again.status}):\n${again.output.slice(-4000)}`)
    rmSync(`${outDir}-again`, { recursive: true, force: true })
    return seconds
  }
  return { siteBuild, clientDir, astroSeconds: astro.seconds, oneProcessSeconds: oneProcess?.seconds, renderAgain }
}

/** How many link-preview images the cache between builds holds. */
function ogImagesKept(): number {
  const dir = path.join(projectRoot(), 'site/node_modules/.astro/og')
  return existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.jpg')).length : 0
}
