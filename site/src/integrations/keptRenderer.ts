import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { mkdir, writeFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import path from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import type { AstroIntegration, AstroPrerenderer } from 'astro'
import { localeCodes } from '../../../cms/locales'
import { projectRoot } from '../../../cms/paths'
import { applyContentChanges, contentChanges } from '../../../shared/formats/contentChanges'
import type { ContentSnapshot } from '../../../shared/formats/contentSnapshot'
import { documentKey } from '../../../shared/formats/documentKey'
import type { ContentAhead, RendererReply, RendererStop, RenderRequest } from '../../../shared/formats/rendererMessages'
import { withMadeUpChange } from '../../../shared/madeUpChange'
import { calendarPath, sectionPath } from '../i18n/paths'
import { contentSections } from '../i18n/sections'
import { handedInputs } from '../lib/handedInputs'
import { sitemapPath } from '../lib/sitemaps'
import { isOgImageRoute, linkOgImage } from './ogImageLinks'
import { eachPathOnce, type PrerendererWithApp, wrappingPrerenderer } from './prerendererWrapper'

/**
 * The kept renderer: an `astro build` of the site that, once its code is bundled and loaded, does not
 * render every page and exit but stays, rendering the pages of each site update it is sent from that
 * update's content snapshot. A site update then costs the rendering of its pages alone, not the
 * bundling of the site's code again (scripts/lib/siteBuild/keptRenderer.ts starts and talks to it).
 *
 * It is Astro's own prerenderer (setPrerenderer, the adapter API) wrapped, so every page comes out of
 * the same render, request and file naming as in a full build, byte for byte; the site update test
 * compares the two. Active only in a process started with SITE_KEPT_RENDERER=1 and an IPC channel.
 */
export function keptRenderer(): AstroIntegration {
  return wrappingPrerenderer('kept-renderer', keptRendererActive(), (astro) =>
    serveUpdates(astro as AstroPrerendererWithApp),
  )
}

/** Whether this `astro build` is the kept renderer (started so by the site updater). */
export function keptRendererActive(): boolean {
  return process.env.SITE_KEPT_RENDERER === '1' && Boolean(process.send)
}

/** The parts of Astro's default prerenderer and of its build app used here. */
type AstroPrerendererWithApp = PrerendererWithApp & { app: { routeCache: { clearAll(): void } } }

/**
 * Astro's build internals the renderer calls: found by path, as Astro does not export them, and
 * loaded by Node itself (this file runs inside the Vite runner that loaded astro.config.ts, which has
 * closed by the time pages are generated), so they are the very modules `astro build` runs.
 */
function astroInternals() {
  const load = createRequire(path.join(projectRoot(), 'package.json'))
  const astro = path.join(projectRoot(), 'node_modules/astro/dist')
  const pages = load(path.join(astro, 'core/build/generate.js'))
  const images = load(path.join(astro, 'assets/build/generate.js'))
  return {
    renderPath: pages.renderPath,
    getStaticImageList: images.getStaticImageList,
    prepareAssetsGenerationEnv: images.prepareAssetsGenerationEnv,
    generateImagesForPath: images.generateImagesForPath,
  }
}

/** How many pages are rendered at a time, as `build.concurrency` in astro.config.ts. */
const CONCURRENCY = 8

/**
 * How many made-up updates the warm-up rehearses. At 10,000 documents, after a warm-up that only
 * rendered its pages, the first publish of a new name took 1.1 s to render against 0.5 s for the next
 * ones, and the first publish of a new acronym no longer than the next: what ran for the first time was
 * an update's own work (the changes applied, a new index, every list's pages) and the first link-preview
 * image drawn.
 */
const REHEARSALS = 2

/**
 * The content snapshot of the renderer's last update (or of its warm-up, or sent ahead): the next
 * update's changes apply to it. `ahead` is the name of content sent ahead, until an update renders it.
 */
interface Held {
  snapshot?: ContentSnapshot
  ahead?: string
}

function serveUpdates(astro: AstroPrerendererWithApp): AstroPrerenderer {
  return {
    name: 'kept-renderer',
    setup: () => astro.setup?.() ?? Promise.resolve(),
    render: (request, options) => astro.render(request, options),
    // called once by `astro build`: answers update after update, and only when told to stop returns no
    // paths, so the build ends having written no pages
    async getStaticPaths() {
      const internals = astroInternals()
      const send = (reply: RendererReply) => {
        process.send?.(reply)
      }
      const held: Held = {}
      // the first render of each kind of page pays for loading fonts, drawing maps and compiling code:
      // paid here, before the renderer says it is ready, rather than by the first editor's publish
      await warmUp(astro, internals, held)
      await new Promise<void>((stopped) => {
        let queue = Promise.resolve()
        process.on('message', (message: RenderRequest | ContentAhead | RendererStop) => {
          if (message.type === 'stop') {
            queue = queue.then(stopped)
            return
          }
          if (message.type === 'content') {
            queue = queue.then(() =>
              takeContentAhead(astro, held, message).then(
                () => send({ type: 'content-ready', id: message.id }),
                (error: Error) => send({ type: 'failed', id: message.id, error: error.stack ?? error.message }),
              ),
            )
            return
          }
          queue = queue.then(() =>
            renderUpdate(astro, internals, held, message).then(
              (done) => send({ type: 'rendered', id: message.id, ...done }),
              (error: Error) => send({ type: 'failed', id: message.id, error: error.stack ?? error.message }),
            ),
          )
        })
        // the updater is gone: nobody will send another update
        process.on('disconnect', () => {
          rmSync(fileURLToPath(astro.app.getOptions().settings.config.outDir), { recursive: true, force: true })
          process.exit(0)
        })
        send({ type: 'ready' })
      })
      return []
    },
  }
}

/**
 * Renders, into a scratch folder, the pages of one document of each section, the first list page of
 * each section and the calendar feed in every locale, and the sitemap's parts, from the content the
 * renderer started with; then rehearses updates: that content with a made-up change (one document of
 * each section) taken as content sent ahead, and the same pages rendered from it. It throws the pages
 * away and holds the content it started with again.
 */
async function warmUp(
  astro: AstroPrerendererWithApp,
  internals: ReturnType<typeof astroInternals>,
  held: Held,
): Promise<void> {
  const contentFile = process.env.SITE_CONTENT_FILE
  if (!contentFile) return
  const scratch = path.join(fileURLToPath(astro.app.getOptions().settings.config.outDir), 'warm-up')
  const snapshot = readSnapshot(contentFile)
  const documents = contentSections.flatMap((section) => {
    // (a snapshot from before a content type was added has no list of it)
    const first = snapshot.collections[section]?.[0]
    return first ? [documentKey(section, first.id)] : []
  })
  const lists = [
    ...localeCodes.flatMap((locale) => [calendarPath(locale), ...contentSections.map((s) => sectionPath(locale, s))]),
    // the pages part and each section's first part
    sitemapPath('pages'),
    ...contentSections.map((section) => sitemapPath(`${section}-1`)),
  ]
  mkdirSync(scratch, { recursive: true })
  const input = (name: string, value: unknown) => {
    const file = path.join(scratch, `${name}.json`)
    writeFileSync(file, JSON.stringify(value))
    return file
  }
  const request: RenderRequest = {
    type: 'render',
    id: 0,
    content: { file: contentFile },
    inputs: { SITE_ONLY_DOCUMENTS: input('documents', documents), SITE_ONLY_LISTS: input('lists', lists) },
    clientDir: path.join(scratch, 'client'),
    liveClientDir: '',
  }
  try {
    held.snapshot = snapshot
    await renderUpdate(astro, internals, held, request, { images: false })
    // the made-up titles' preview images are drawn into the scratch folder, not kept with the real ones
    process.env.SITE_OG_CACHE = path.join(scratch, 'og')
    for (let rehearsal = 1; rehearsal <= REHEARSALS; rehearsal++) {
      const name = path.join(scratch, `rehearsal-${rehearsal}.json`)
      const changes = contentChanges(snapshot, withMadeUpChange(snapshot, rehearsal))
      await takeContentAhead(astro, held, { type: 'content', id: 0, name, changes })
      await renderUpdate(astro, internals, held, { ...request, content: { ahead: name } }, { images: false })
    }
  } finally {
    delete process.env.SITE_OG_CACHE
    held.snapshot = snapshot
    handContent(contentFile, snapshot)
    rmSync(scratch, { recursive: true, force: true })
  }
}

/**
 * Hands `snapshot` to the bundled site in memory as the content file `name` stands for
 * (lib/handedInputs.ts): the bundled site reads SITE_CONTENT_FILE when it loads content
 * (lib/buildInput.ts).
 */
function handContent(name: string, snapshot: ContentSnapshot): void {
  handedInputs().clear()
  handedInputs().set(name, snapshot)
  process.env.SITE_CONTENT_FILE = name
}

/**
 * Applies an update's content sent ahead and works out what its pages need, before the update says
 * which pages to render: Astro's getStaticPaths() of every route with no page asked for, which builds
 * the new content's site index and every list's pages and filter menus (lib/loadSiteIndex.ts,
 * lib/listPages.ts), kept for the render that follows under the same name.
 */
async function takeContentAhead(astro: AstroPrerendererWithApp, held: Held, message: ContentAhead): Promise<void> {
  held.ahead = undefined
  if (!held.snapshot) throw new Error('the renderer holds no content to apply an update’s changes to')
  held.snapshot = applyContentChanges(held.snapshot, message.changes)
  handContent(message.name, held.snapshot)
  const none = `${message.name}#nothing`
  handedInputs().set(none, [])
  Object.assign(process.env, { SITE_ONLY_DOCUMENTS: none, SITE_ONLY_LISTS: none })
  astro.app.routeCache.clearAll()
  await astro.getStaticPaths()
  held.ahead = message.name
}

/** A snapshot file as the renderer holds it. */
function readSnapshot(file: string): ContentSnapshot {
  return JSON.parse(readFileSync(file, 'utf8')) as ContentSnapshot
}

async function renderUpdate(
  astro: AstroPrerendererWithApp,
  internals: ReturnType<typeof astroInternals>,
  held: Held,
  request: RenderRequest,
  { images: makeImages = true } = {},
): Promise<{ files: number; images: number }> {
  const options = astro.app.getOptions()
  const { config } = options.settings
  // this update's content: read from its file, or the held snapshot with the update's changes
  const { content } = request
  const name = 'file' in content ? content.file : 'ahead' in content ? content.ahead : content.name
  if ('file' in content) {
    if (held.snapshot === undefined || content.file !== process.env.SITE_CONTENT_FILE)
      held.snapshot = readSnapshot(content.file)
  } else if ('ahead' in content) {
    if (held.ahead !== content.ahead) throw new Error(`no content was sent ahead as ${content.ahead}`)
  } else {
    if (!held.snapshot) throw new Error('the renderer holds no content to apply an update’s changes to')
    held.snapshot = applyContentChanges(held.snapshot, content.changes)
  }
  held.ahead = undefined
  // (content sent ahead is held from then on)
  if (!held.snapshot) throw new Error('the renderer holds no content to render from')
  handContent(name, held.snapshot)
  // which pages: the bundled site reads these variables when it chooses its paths (lib/buildInput.ts)
  Object.assign(process.env, request.inputs)
  // getStaticPaths() again, from this update's content
  astro.app.routeCache.clearAll()
  const images = internals.getStaticImageList() as Map<string, { transforms: Map<string, { finalPath: string }> }>
  images.clear()

  const paths = eachPathOnce(await astro.getStaticPaths())
  const clientRoot = fileURLToPath(config.build.client)
  let next = 0
  let files = 0
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (next < paths.length) {
        const { pathname, route } = paths[next++]
        if (isOgImageRoute(route)) {
          await linkOgImage(astro, pathname, route, request.clientDir)
          files++
          continue
        }
        const rendered = await internals.renderPath({
          prerenderer: astro,
          pathname,
          route,
          options,
          logger: options.logger,
          collectMetadata: false,
        })
        // renderPath records every file it names on the route; a kept process must not collect them
        route.distURL = []
        if (!rendered) continue
        const relative = path.relative(clientRoot, fileURLToPath(rendered.outFile))
        const file = path.join(request.clientDir, relative)
        await mkdir(path.dirname(file), { recursive: true })
        await writeFile(file, rendered.body)
        files++
      }
    }),
  )

  // the optimized images these pages use that the live build does not have yet (a new picture)
  let made = 0
  if (!makeImages) images.clear()
  const generation = await internals.prepareAssetsGenerationEnv(options, 0)
  generation.clientRoot = pathToFileURL(`${request.clientDir}/`)
  for (const [original, entry] of images) {
    const missing = new Map(
      [...entry.transforms].filter(([, t]) => !existsSync(path.join(request.liveClientDir, t.finalPath))),
    )
    if (missing.size === 0) continue
    generation.count.total += missing.size
    await internals.generateImagesForPath(original, { ...entry, transforms: missing }, generation)
    made += missing.size
  }
  images.clear()
  return { files, images: made }
}
