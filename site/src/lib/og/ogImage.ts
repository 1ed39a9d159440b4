import { createHash } from 'node:crypto'
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'
import satori from 'satori'
import sharp from 'sharp'
import { projectRoot } from '../../../../cms/paths'
import type { DrawnMap } from '../maps/drawMap'

/** The link-preview image's size: what Facebook, LinkedIn, Mastodon and X show full width. */
export const OG_WIDTH = 1200
export const OG_HEIGHT = 630
/** The right-hand panel (a map, or the document's picture). */
const PANEL_WIDTH = 440
/** Raised when the layout changes, so cached images are made again. */
const LAYOUT_VERSION = 1

/** What one page's link preview shows. */
export interface OgCard {
  /** The page's title, in its language. */
  title: string
  /** What kind of page it is ("Tourism routes"), in the page's language. */
  type: string
  /** The site's name in the page's language. */
  siteName: string
  /** The page's language code, shown as a tag. */
  locale: string
  /**
   * The map for the panel (at PANEL_WIDTH × OG_HEIGHT), drawn only when the image is not cached; `mapKey`
   * says what it shows, for the cache.
   */
  map: () => DrawnMap
  mapKey: string
  /** The address of the document's own picture (versioned, lib/media.ts); shown instead of the map. */
  pictureUrl?: string
}

const colours = {
  band: '#0b3a6b',
  gold: '#f5c451',
  sea: '#d9e8f5',
  land: '#f4f1ea',
  border: '#a7a29a',
  accent: '#0b5cad',
}

// Noto Sans, shipped as an npm package, so the text is drawn the same on any machine, fonts installed or
// not; Latin and Latin Extended (Polish and Lithuanian letters) are separate files
const require = createRequire(import.meta.url)
const fontFile = (name: string) => readFileSync(require.resolve(`@fontsource/noto-sans/files/${name}`))
let fonts: Parameters<typeof satori>[1]['fonts'] | undefined
function loadFonts() {
  fonts ??= [
    { name: 'Noto Sans', data: fontFile('noto-sans-latin-700-normal.woff'), weight: 700, style: 'normal' },
    { name: 'Noto Sans Ext', data: fontFile('noto-sans-latin-ext-700-normal.woff'), weight: 700, style: 'normal' },
    { name: 'Noto Sans', data: fontFile('noto-sans-latin-400-normal.woff'), weight: 400, style: 'normal' },
    { name: 'Noto Sans Ext', data: fontFile('noto-sans-latin-ext-400-normal.woff'), weight: 400, style: 'normal' },
  ]
  return fonts
}

/** An element for satori, which lays out a subset of HTML and CSS (flexbox) without React. */
const el = (type: string, style: Record<string, unknown>, children?: unknown) => ({ type, props: { style, children } })

/** Longer titles get smaller type, so four lines hold what editors write. */
function titleSize(title: string): number {
  return title.length <= 40 ? 64 : title.length <= 80 ? 52 : 42
}

/** The text half: type, title, site name and language, on the site's navy band. */
async function textLayer(card: OgCard): Promise<string> {
  const column = el(
    'div',
    {
      display: 'flex',
      flexDirection: 'column',
      justifyContent: 'space-between',
      // satori sizes the content box: the padding comes on top of width and height
      width: OG_WIDTH - PANEL_WIDTH - 64 - 56,
      height: OG_HEIGHT - 60 - 52,
      padding: '60px 56px 52px 64px',
    },
    [
      el(
        'div',
        {
          display: 'flex',
          fontSize: 26,
          fontWeight: 700,
          color: colours.gold,
          letterSpacing: 1.5,
          textTransform: 'uppercase',
        },
        card.type,
      ),
      el(
        'div',
        { display: 'block', fontSize: titleSize(card.title), fontWeight: 700, lineHeight: 1.15, lineClamp: 5 },
        card.title,
      ),
      el('div', { display: 'flex', flexDirection: 'row', alignItems: 'center', fontSize: 26 }, [
        el('div', { display: 'flex', marginRight: 16 }, card.siteName),
        el(
          'div',
          {
            display: 'flex',
            border: '2px solid #ffffff',
            borderRadius: 8,
            padding: '2px 10px',
            fontSize: 22,
            fontWeight: 700,
          },
          card.locale.toUpperCase(),
        ),
      ]),
    ],
  )
  const tree = el(
    'div',
    {
      display: 'flex',
      width: OG_WIDTH,
      height: OG_HEIGHT,
      background: colours.band,
      color: '#ffffff',
      fontFamily: 'Noto Sans, Noto Sans Ext',
    },
    [column],
  )
  return satori(tree as never, { width: OG_WIDTH, height: OG_HEIGHT, fonts: loadFonts() })
}

/** The panel: the map as SVG (countries, a route's line and stops). */
function mapLayer(map: DrawnMap): string {
  const land = map.land
    .map(
      (shape) =>
        `<path d="${shape.d}" fill="${shape.highlighted ? colours.gold : colours.land}" stroke="${shape.highlighted ? colours.band : colours.border}" stroke-width="${shape.highlighted ? 1.5 : 0.8}"/>`,
    )
    .join('')
  const line = map.line
    ? `<path d="${map.line}" fill="none" stroke="${colours.accent}" stroke-width="5" stroke-linejoin="round" stroke-linecap="round"/>`
    : ''
  const stops = map.points
    .map((p) => `<circle cx="${p.x}" cy="${p.y}" r="9" fill="#ffffff" stroke="${colours.band}" stroke-width="3"/>`)
    .join('')
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${map.width}" height="${map.height}"><rect width="100%" height="100%" fill="${colours.sea}"/>${land}${line}${stops}</svg>`
}

/** The panel as an image of PANEL_WIDTH × OG_HEIGHT: the picture when there is one, else the map. */
async function panel(card: OgCard): Promise<Buffer> {
  if (card.pictureUrl) {
    // a picture the CMS cannot give now leaves the map in its place, not a failed build
    const bytes = await fetch(card.pictureUrl, { signal: AbortSignal.timeout(15_000) })
      .then((response) => (response.ok ? response.arrayBuffer() : undefined))
      .catch(() => undefined)
    const picture =
      bytes &&
      (await sharp(Buffer.from(bytes))
        .resize(PANEL_WIDTH, OG_HEIGHT, { fit: 'cover', position: 'attention' })
        .toBuffer()
        .catch(() => undefined))
    if (picture) return picture
  }
  // most previews share a map (the region, a country): each of those is drawn once per build; a
  // route's own map is drawn for its images only, and not kept
  const shared = card.mapKey.startsWith('region:')
  let drawn = shared ? drawnPanels.get(card.mapKey) : undefined
  if (!drawn) {
    drawn = sharp(Buffer.from(mapLayer(card.map())))
      .resize(PANEL_WIDTH, OG_HEIGHT)
      .png()
      .toBuffer()
    if (shared) drawnPanels.set(card.mapKey, drawn)
  }
  return drawn
}
const drawnPanels = new Map<string, Promise<Buffer>>()

/**
 * The folder of made images, beside Astro's own image cache, kept between builds; or the folder
 * SITE_OG_CACHE names, where the kept renderer's warm-up draws the images of made-up titles, which
 * are not worth keeping.
 */
function cacheDir(): string {
  return process.env.SITE_OG_CACHE || path.join(projectRoot(), 'site/node_modules/.astro/og')
}

/**
 * A page's link-preview image as JPEG: drawn at build time with satori (text) and sharp (map, picture,
 * encoding). An image made before from the same card is taken from the cache rather than drawn again,
 * so a build pays only for the pages whose title, map or picture changed. (A picture that could not be
 * fetched is drawn as the map and cached so; a new version of the picture has a new address.)
 */
export async function ogImage(card: OgCard): Promise<Buffer> {
  return readFileSync(await ogImageFile(card))
}

/**
 * The cached file of a page's link-preview image, drawn first when it is not there. A file, once
 * written, never changes (another card is another name), so a build may link to it rather than copy it.
 */
export async function ogImageFile(card: OgCard): Promise<string> {
  // what the card shows is the key (the map by what it shows; a picture's address changes with it, ?v=)
  const { map: _drawn, ...shown } = card
  const key = createHash('sha256')
    .update(JSON.stringify({ LAYOUT_VERSION, ...shown }))
    .digest('hex')
  const file = path.join(cacheDir(), `${key}.jpg`)
  if (existsSync(file)) return file
  const [text, side] = await Promise.all([textLayer(card), panel(card)])
  const image = await sharp(Buffer.from(text))
    .composite([{ input: side, left: OG_WIDTH - PANEL_WIDTH, top: 0 }])
    // plain libjpeg: mozjpeg's smaller files took twice the time per image
    .jpeg({ quality: 82 })
    .toBuffer()
  mkdirSync(cacheDir(), { recursive: true })
  // written whole, then renamed: a build that stops half-way leaves no broken image for the next, and
  // a page already linked to an earlier file of this name keeps that file
  const partial = `${file}.${process.pid}.tmp`
  writeFileSync(partial, image)
  renameSync(partial, file)
  return file
}

/**
 * The header that names an image's cached file in a build's response, so the build links the page's
 * og.jpg to that file (integrations/ogImageLinks.ts) instead of reading and writing its bytes again.
 */
export const OG_FILE_HEADER = 'x-og-image-file'

/**
 * An og.jpg endpoint's response: the image, read only if the body is read, and the name of its cached
 * file (OG_FILE_HEADER). The endpoints are prerendered: only a build and the development server run
 * them, never the site server, so no visitor sees the header.
 */
export async function ogImageResponse(card: OgCard): Promise<Response> {
  const file = await ogImageFile(card)
  const body = new ReadableStream<Uint8Array>(
    {
      pull(controller) {
        controller.enqueue(new Uint8Array(readFileSync(file)))
        controller.close()
      },
    },
    // nothing is read ahead: the first read asks for it
    { highWaterMark: 0 },
  )
  return new Response(body, { headers: { 'Content-Type': 'image/jpeg', [OG_FILE_HEADER]: file } })
}
