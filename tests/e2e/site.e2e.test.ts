/**
 * The static site built from a real CMS on the seed content (plus a draft, an unpublished change, an
 * untranslated document, an image and a route with coordinates), checked as files and in a real browser.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { gunzipSync } from 'node:zlib'
import { parse } from 'node-html-parser'
import type { Browser } from 'playwright-core'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { convert, create } from 'xmlbuilder2'
import { siteHeaders, staticHostHeadersFile } from '../../cms/lib/securityHeaders'
import { type LocaleCode, localeCodes } from '../../cms/locales'
import { htmlErrors } from '../../scripts/lib/htmlCheck'
import { buildSite, stopKeptRenderer } from '../../scripts/lib/siteBuild'
import { copyWithLinks } from '../../scripts/lib/siteBuild/linkedCopy'
import { pagefindIndex, pagefindIndexByLanguage } from '../../scripts/lib/siteBuild/tools'
import { contentSlugs, contentType } from '../../shared/contentTypes'
import { interfaceStrings } from '../../site/src/i18n/translations'
import { solidPng, uploadPng } from '../int/support/images'
import { axeViolations } from './support/axe'
import { launchChromium } from './support/browser'
import { allPages, clientDir, fileFor, outputFiles, page } from './support/builtSite'
import { type CmsServer, startCmsServer, startSiteServer } from './support/servers'
import { stopAll } from './support/stopAll'

const SITE_URL = 'https://example.org'
const spaces = (s: string) => s.replace(/\s/g, ' ')

let cms: CmsServer
let site: Awaited<ReturnType<typeof startSiteServer>>
let browser: Browser
let pages: ReturnType<typeof allPages>
let siteEnv: NodeJS.ProcessEnv

beforeAll(async () => {
  cms = await startCmsServer()
  const { payload } = cms
  // what must never reach the site
  await payload.create({
    collection: 'organizations',
    data: { name: 'SECRET DRAFT ORGANISATION', sourceLocale: 'en', _status: 'draft' },
    locale: 'en',
    draft: true,
  })
  const ltpp = (await payload.find({ collection: 'clusters', where: { seedKey: { equals: 'ltpp-cluster' } } })).docs[0]
  await payload.update({
    collection: 'clusters',
    id: ltpp.id,
    data: { summary: 'UNPUBLISHED CHANGE' },
    locale: 'en',
    draft: true,
  })
  // a document only in Polish: its other pages are fallbacks
  await payload.create({
    collection: 'clusters',
    data: {
      name: 'Klaster tylko po polsku',
      summary: 'Tylko polski opis.',
      sourceLocale: 'pl',
      _status: 'published',
    },
    locale: 'pl',
  })
  // an image with localized alt text on a cluster
  const png = await solidPng(1600, 900, '#1d6fa5')
  const image = await uploadPng(payload, png, { alt: 'Port w Gdyni', name: 'port.png', locale: 'pl' })
  for (const [locale, alt] of [
    ['en', 'The port of Gdynia'],
    ['it', 'Il porto di Gdynia'],
    ['lt', 'Gdynės uostas'],
  ] as const) {
    await payload.update({ collection: 'media', id: image.id, data: { alt }, locale })
  }
  const bhtc = (
    await payload.find({ collection: 'clusters', where: { seedKey: { equals: 'baltic-health-tourism-cluster' } } })
  ).docs[0]
  await payload.update({
    collection: 'clusters',
    id: bhtc.id,
    data: { image: image.id, _status: 'published' },
    locale: 'pl',
  })
  // a route with stops and coordinates (the seed's routes have none)
  await payload.create({
    collection: 'routes',
    locale: 'en',
    data: {
      name: 'Test coastal route',
      sourceLocale: 'en',
      _status: 'published',
      stops: [
        { name: 'Klaipėda & harbour', latitude: 55.7033, longitude: 21.1443 },
        { name: 'Nida', latitude: 55.3036, longitude: 21.0058 },
      ],
    },
  })
  const env = { ...cms.env, CMS_URL: cms.url, SITE_URL, BUILD_DATE: '2026-11-21' }
  siteEnv = env
  const built = await buildSite(env, { quiet: true })
  expect(built.ok, built.output).toBe(true)
  pages = allPages()
  site = await startSiteServer(env)
  browser = await launchChromium()
}, 600_000)

afterAll(() => stopAll(browser, stopKeptRenderer, site, cms))

/** Published documents of a collection as an anonymous reader gets them. */
async function published(collection: string): Promise<Record<string, any>[]> {
  const body = await (await fetch(`${cms.url}/api/${collection}?locale=all&depth=0&limit=1000`)).json()
  return body.docs
}

describe('build output', () => {
  it('has a page for every published document in all four locales, linked from its list', async () => {
    for (const collection of contentSlugs) {
      const docs = await published(collection)
      expect(docs.length, collection).toBeGreaterThan(0)
      for (const locale of localeCodes) {
        const list = page(`/${locale}/${contentType(collection).pathSegments[locale]}/`)
        const links = list.querySelectorAll('ul.cards h2 a').map((a) => a.getAttribute('href') as string)
        expect(links.length, `${collection} ${locale}`).toBe(docs.length)
        for (const href of links) expect(fileFor(href), href).toBeDefined()
      }
    }
  })

  it('never contains a draft or an unpublished change', () => {
    for (const file of outputFiles().filter((f) => /\.(html|xml|ics|gpx|txt)$/.test(f))) {
      const text = readFileSync(`site/dist/client${file}`, 'utf8')
      expect(text, file).not.toContain('SECRET DRAFT')
      expect(text, file).not.toContain('UNPUBLISHED CHANGE')
    }
  })

  it('has reciprocal hreflang alternates that point at existing pages', () => {
    let checked = 0
    for (const [path, html] of pages) {
      const alternates = html.querySelectorAll('link[rel=alternate][hreflang]')
      for (const link of alternates) {
        const target = new URL(link.getAttribute('href') as string).pathname
        expect(fileFor(target), `${path} → ${target}`).toBeDefined()
        if (link.getAttribute('hreflang') === 'x-default' || target === path) continue
        const back = pages
          .get(target)!
          .querySelectorAll('link[rel=alternate][hreflang]')
          .map((l) => new URL(l.getAttribute('href') as string).pathname)
        expect(back, `${target} should link back to ${path}`).toContain(path)
        checked++
      }
    }
    expect(checked).toBeGreaterThan(500)
  })

  it('has no broken internal links', () => {
    const broken: string[] = []
    for (const [path, html] of pages) {
      for (const a of html.querySelectorAll('a[href], link[href]')) {
        const href = a.getAttribute('href') as string
        if (!href.startsWith('/') || href.startsWith('//')) continue
        if (href.startsWith('/pagefind/') || /\/preview\//.test(href)) continue
        if (!fileFor(href)) broken.push(`${path} → ${href}`)
      }
    }
    expect(broken).toEqual([])
  })

  it('gives every page the favicon, the icons phones use and a manifest whose icons exist', () => {
    const without = [...pages]
      .filter(
        ([, html]) =>
          !html.querySelector('link[rel="icon"][href="/favicon.svg"]') ||
          !html.querySelector('link[rel="apple-touch-icon"]'),
      )
      .map(([path]) => path)
    expect(without).toEqual([])
    // asked for by name, whatever the page says
    expect(fileFor('/favicon.ico')).toBeDefined()
    const manifest = JSON.parse(readFileSync(fileFor('/site.webmanifest') as string, 'utf8'))
    expect(manifest.icons.length).toBeGreaterThan(0)
    for (const icon of manifest.icons) expect(fileFor(icon.src), icon.src).toBeDefined()
  })

  it('gives every page a 1200 × 630 link-preview image in its language; a fallback page borrows its canonical page’s', async () => {
    const images = new Map<string, string>()
    for (const [pagePath, html] of pages) {
      if (pagePath === '/' || pagePath.endsWith('404/') || pagePath === '/404.html') continue
      const image = html.querySelector('meta[property="og:image"]')?.getAttribute('content')
      expect(image, pagePath).toMatch(/\/og\.jpg$/)
      const canonical = new URL(html.querySelector('link[rel=canonical]')?.getAttribute('href') as string).pathname
      // a document page's own, or its section's (every page of its list) or its home's
      const own = new URL(image as string).pathname
      expect([
        `${canonical}og.jpg`,
        `/${pagePath.split('/')[1]}/${pagePath.split('/')[2]}/og.jpg`,
        `/${pagePath.split('/')[1]}/og.jpg`,
      ]).toContain(own)
      // the image's text is the page's title, and says so to a reader who cannot see it
      const title = html.querySelector('meta[property="og:title"]')?.getAttribute('content')
      expect(title, pagePath).toMatch(/\S/)
      expect(html.querySelector('meta[property="og:image:alt"]')?.getAttribute('content'), pagePath).toBe(title)
      images.set(own, pagePath)
    }
    for (const [image, pagePath] of images) {
      const file = fileFor(image)
      expect(file, `${image} (of ${pagePath})`).toBeDefined()
      const meta = await sharp(file as string).metadata()
      expect([meta.format, meta.width, meta.height], image).toEqual(['jpeg', 1200, 630])
    }
    // a fallback page's preview is the page it borrows from
    const fallback = [...pages].find(([, html]) => html.querySelector('[data-fallback-notice]'))
    expect(fallback).toBeDefined()
    const [, html] = fallback as [string, ReturnType<typeof page>]
    const canonical = new URL(html.querySelector('link[rel=canonical]')?.getAttribute('href') as string).pathname
    expect(html.querySelector('meta[property="og:image"]')?.getAttribute('content')).toBe(
      `${SITE_URL}${canonical}og.jpg`,
    )
  })

  it('passes the Nu HTML Checker with no errors on every page, in all four locales', async () => {
    expect(await htmlErrors(clientDir)).toEqual([])
    // the same checker over a copy of one of these pages with a fault in it finds the fault
    const broken = mkdtempSync(path.join(tmpdir(), 'vnu-'))
    const html = readFileSync(fileFor('/lt/') as string, 'utf8').replace('<main', '<li value="1">x</li><main')
    writeFileSync(path.join(broken, 'index.html'), html)
    const found = await htmlErrors(broken)
    expect(found.map((e) => e.message).join('\n')).toMatch(/Element “li” not allowed/)
  }, 120_000)

  it('indexes the site for search one language at a time into the very index one Pagefind run makes', async () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'search-index-'))
    const [whole, byLanguage] = ['whole', 'by-language'].map((name) => path.join(folder, name))
    for (const copy of [whole, byLanguage]) {
      await copyWithLinks(clientDir, copy)
      rmSync(path.join(copy, 'pagefind'), { recursive: true })
    }
    expect((await pagefindIndex(whole, process.env)).status).toBe(0)
    expect((await pagefindIndexByLanguage(byLanguage, process.env)).status).toBe(0)
    const files = (dir: string) => readdirSync(path.join(dir, 'pagefind'), { recursive: true, encoding: 'utf8' }).sort()
    expect(files(byLanguage)).toEqual(files(whole))
    const entry = JSON.parse(readFileSync(path.join(byLanguage, 'pagefind/pagefind-entry.json'), 'utf8'))
    expect(Object.keys(entry.languages)).toEqual([...localeCodes].sort())
    for (const file of files(whole).filter((name) => name.includes('.')))
      expect(
        readFileSync(path.join(byLanguage, 'pagefind', file)).equals(readFileSync(path.join(whole, 'pagefind', file))),
        file,
      ).toBe(true)
    rmSync(folder, { recursive: true, force: true })
  }, 120_000)

  it('keeps legal forms and interface words out of the search index, and the page text in it', () => {
    const dir = path.join(clientDir, 'pagefind/fragment')
    const fragments = readdirSync(dir).map((f) => gunzipSync(readFileSync(path.join(dir, f))).toString('utf8'))
    const indexed = (text: string) => fragments.filter((f) => f.includes(text)).length
    // the Polish company that coordinates the LTPP Cluster, and what every page around it says
    expect(indexed('Zarząd Nadbałtyckich Inicjatyw Klastrowych')).toBeGreaterThan(0)
    expect(indexed('Sp. z o.o.')).toBe(0)
    for (const label of [
      'Denominazione ufficiale',
      'Official name',
      'Nazwa oficjalna',
      'Oficialus pavadinimas',
      'Open in OpenStreetMap',
      'Map data',
    ]) {
      expect(indexed(label), label).toBe(0)
    }
  })

  it('says nothing in English on a Polish, Italian or Lithuanian page, outside text borrowed from another language', () => {
    // the English interface strings of two words or more that the locale says otherwise, cut at their
    // placeholders ("{{count}} partners" gives "partners" only if two words remain)
    const english = (locale: LocaleCode) =>
      Object.entries(interfaceStrings.en)
        .filter(([key, text]) => interfaceStrings[locale][key] !== text)
        .flatMap(([, text]) => text.split(/\{\{[^}]*\}\}|\[[A-Z_]+\]/))
        .map((fragment) => fragment.trim().replace(/^[^\p{L}]+|[^\p{L}]+$/gu, ''))
        .filter((fragment) => fragment.split(/\s+/).length >= 2)
    const problems: string[] = []
    for (const locale of ['pl', 'it', 'lt'] as const) {
      const phrases = [...new Set(english(locale))]
      for (const [pagePath, html] of pages) {
        if (!pagePath.startsWith(`/${locale}/`)) continue
        const copy = parse(html.toString())
        // text in another language on purpose: a fallback's borrowed text, a language's own name
        for (const element of copy.querySelectorAll('[lang]'))
          if (element.getAttribute('lang') !== locale) element.remove()
        for (const element of copy.querySelectorAll('script, style')) element.remove()
        const text = spaces(copy.querySelector('body')?.text ?? '')
        const attributes = copy
          .querySelectorAll('[aria-label], [placeholder], [title], [alt]')
          .flatMap((e) => ['aria-label', 'placeholder', 'title', 'alt'].map((a) => e.getAttribute(a) ?? ''))
          .join(' | ')
        for (const phrase of phrases) {
          if (text.includes(phrase) || attributes.includes(phrase)) problems.push(`${pagePath}: "${phrase}"`)
        }
      }
    }
    expect(problems).toEqual([])
  })

  it('lists every indexable page in the sitemap with its alternates, and no fallback page', () => {
    // an index of parts: the pages that gather content, then each section's documents (one part each
    // on a site this small: a part holds 500)
    const index = convert(readFileSync('site/dist/client/sitemap.xml', 'utf8'), { format: 'object' }) as any
    const parts = ([index.sitemapindex.sitemap].flat() as any[]).map((s) => new URL(s.loc).pathname)
    expect(parts).toEqual(['/sitemap-pages.xml', ...contentSlugs.map((slug) => `/sitemap-${slug}-1.xml`)])
    const urls = parts.flatMap((part) => {
      const sitemap = convert(readFileSync(`site/dist/client${part}`, 'utf8'), { format: 'object' }) as any
      return [sitemap.urlset.url ?? []].flat() as any[]
    })
    const locs = urls.map((u) => new URL(u.loc).pathname)
    for (const loc of locs) expect(fileFor(loc), loc).toBeDefined()
    for (const loc of locs) expect(pages.get(loc)?.querySelector('meta[name=robots]'), loc).toBeNull()
    const indexable = [...pages]
      .filter(([p, html]) => !html.querySelector('meta[name=robots]') && p !== '/' && p !== '/404.html')
      .map(([p]) => p)
    expect(new Set(locs)).toEqual(new Set(indexable))
    expect(urls.every((u) => [u['xhtml:link']].flat().length >= 1)).toBe(true)
    expect(readFileSync('site/dist/client/robots.txt', 'utf8')).toContain(`Sitemap: ${SITE_URL}/sitemap.xml`)
  })

  it('has JSON-LD that parses and fits each page type', () => {
    const types = new Map<string, Set<string>>()
    for (const [path, html] of pages) {
      for (const script of html.querySelectorAll('script[type="application/ld+json"]')) {
        const data = JSON.parse(script.textContent)
        expect(data['@context'], path).toBe('https://schema.org')
        const section = path.split('/')[2] ?? ''
        types.set(section, (types.get(section) ?? new Set()).add(data['@type']))
      }
    }
    expect(types.get('events')).toEqual(new Set(['Event']))
    expect(types.get('routes')).toEqual(new Set(['TouristTrip']))
    expect(types.get('projects')).toEqual(new Set(['Project']))
    expect(types.get('organisations')).toEqual(new Set(['Organization']))
    expect(types.get('')).toEqual(new Set(['WebSite']))
  })

  it('shows an untranslated document as a noindex fallback with a notice in the reader’s language', () => {
    const enList = page('/en/clusters/')
    const link = enList.querySelectorAll('ul.cards a').find((a) => a.textContent === 'Klaster tylko po polsku')!
    const fallback = page(link.getAttribute('href') as string)
    expect(fallback.querySelector('meta[name=robots]')?.getAttribute('content')).toBe('noindex, follow')
    expect(fallback.querySelector('[data-fallback-notice]')?.textContent.trim()).toBe(
      'This page has not been translated into English yet. You are reading the Polish version.',
    )
    expect(fallback.querySelector('article')?.getAttribute('lang')).toBe('pl')
    expect(fallback.querySelectorAll('link[rel=alternate][hreflang]')).toEqual([])
    expect(new URL(fallback.querySelector('link[rel=canonical]')!.getAttribute('href')!).pathname).toBe(
      '/pl/klastry/klaster-tylko-po-polsku/',
    )
    const polish = page('/pl/klastry/klaster-tylko-po-polsku/')
    expect(polish.querySelector('meta[name=robots]')).toBeNull()
    expect(polish.querySelectorAll('link[rel=alternate][hreflang]').map((l) => l.getAttribute('hreflang'))).toEqual([
      'pl',
      'x-default',
    ])
  })

  it('formats money, percentages, dates and plurals per locale', () => {
    const pl = page('/pl/projekty/centrum-turystyki-morza-baltyckiego/')
    expect(spaces(pl.querySelector('[data-money=eu]')!.textContent)).toBe('1 337 521,14 €')
    expect(spaces(pl.querySelector('h2#partners')!.textContent)).toContain('5 partnerów')
    const en = page('/en/projects/baltic-sea-tourism-center/')
    expect(en.querySelector('[data-money=eu]')!.textContent).toBe('€1,337,521.14')
    expect(en.querySelector('[data-status]')!.getAttribute('data-status')).toBe('completed')
    const lt = page('/lt/projektai/baltijos-juros-turizmo-centras/')
    expect(spaces(lt.querySelector('[data-money=total]')!.textContent)).toBe('1 640 866,85 €')
    expect(spaces(lt.querySelector('h2#partners')!.textContent)).toContain('5 partneriai')
    const latvian = page('/it/progetti/progetto-del-cluster-lettone-del-turismo-sanitario/')
    expect(latvian.querySelector('dl.facts')!.textContent).toContain('gennaio 2017 – 31 dicembre 2021')
    const cluster = page('/pl/klastry/klaster-ltpp/')
    const dates = cluster.querySelectorAll('ol.timeline time').map((t) => t.textContent)
    expect(dates.slice(0, 3)).toEqual(['2012', '16 listopada 2012', '20 grudnia 2012'])
  })

  it('renders images through astro:assets with modern formats, dimensions and localized alt text', () => {
    const lt = page('/lt/klasteriai/baltijos-sveikatos-turizmo-klasteris/')
    const sources = lt.querySelectorAll('figure.hero picture source').map((s) => s.getAttribute('type'))
    expect(sources).toEqual(['image/avif', 'image/webp'])
    const img = lt.querySelector('figure.hero img')!
    expect(img.getAttribute('alt')).toBe('Gdynės uostas')
    expect([img.getAttribute('width'), img.getAttribute('height')]).toEqual(['1600', '900'])
    const srcset = lt.querySelector('figure.hero source[type="image/avif"]')!.getAttribute('srcset')!
    for (const candidate of srcset.split(',')) expect(fileFor(candidate.trim().split(' ')[0]), candidate).toBeDefined()
    // its card in the list carries the same picture, cropped to 4:3 in WebP, as decoration beside its title
    const card = page('/lt/klasteriai/')
      .querySelectorAll('ul.cards li')
      .find(
        (li) =>
          li.querySelector('h2 a')?.getAttribute('href') === '/lt/klasteriai/baltijos-sveikatos-turizmo-klasteris/',
      )
    const picture = card?.querySelector('img.card-picture')
    expect(picture?.getAttribute('alt')).toBe('')
    expect([picture?.getAttribute('width'), picture?.getAttribute('height')]).toEqual(['800', '600'])
    for (const candidate of (picture?.getAttribute('srcset') ?? '').split(',')) {
      expect(candidate.trim().split(' ')[0], candidate).toMatch(/\.webp$/)
      expect(fileFor(candidate.trim().split(' ')[0]), candidate).toBeDefined()
    }
    // and its link preview shows it instead of a map: an image of its own, not the region's
    expect(
      page('/lt/klasteriai/baltijos-sveikatos-turizmo-klasteris/')
        .querySelector('meta[property="og:image"]')
        ?.getAttribute('content'),
    ).toMatch(/\/lt\/klasteriai\/baltijos-sveikatos-turizmo-klasteris\/og\.jpg$/)
  })

  it('draws maps of real geography with a text equivalent, a credit and a way to OpenStreetMap', () => {
    const project = page('/en/projects/baltic-sea-tourism-center/')
    const partners = project.querySelector('section[aria-labelledby="partners"] figure.map')
    expect(partners?.querySelectorAll('path.land.highlighted').length).toBeGreaterThan(1)
    expect(partners?.querySelector('desc')?.text).toMatch(/Poland/)
    const locator = page('/pl/klastry/baltycki-klaster-turystyki-zdrowotnej/').querySelector('figure.map')
    expect(locator?.querySelector('desc')?.text).toContain('Polska')
    expect(locator?.querySelector('a[href^="https://www.openstreetmap.org/#map="]')).not.toBeNull()
    expect(locator?.querySelector('figcaption')?.text).toContain('Natural Earth')
    const route = page('/en/routes/test-coastal-route/').querySelector('figure.map')
    expect(route?.querySelectorAll('path.land').length).toBeGreaterThan(0)
    expect(route?.querySelectorAll('g.stop')).toHaveLength(2)
  })

  it('offers GPX for routes with coordinates and calendars for events', () => {
    const route = page('/en/routes/test-coastal-route/')
    const gpxHref = route.querySelector('a[href$=".gpx"]')!.getAttribute('href')!
    const gpx = create(readFileSync(fileFor(gpxHref)!, 'utf8')).node as unknown as Document
    const points = [...gpx.getElementsByTagName('rtept')]
    expect(
      points.map((p) => [p.getAttribute('lat'), p.getAttribute('lon'), p.getElementsByTagName('name')[0].textContent]),
    ).toEqual([
      ['55.7033', '21.1443', 'Klaipėda & harbour'],
      ['55.3036', '21.0058', 'Nida'],
    ])
    expect(route.querySelector('.map svg title')?.textContent).toBe('Map of the route')
    for (const [locale, feed] of [
      ['pl', 'wydarzenia'],
      ['en', 'events'],
    ]) {
      const ics = readFileSync(fileFor(`/${locale}/${feed}.ics`)!, 'utf8')
      expect(ics.match(/BEGIN:VEVENT/g)?.length, locale).toBe(4)
    }
    expect(readFileSync(fileFor('/en/events.ics')!, 'utf8')).toContain('DTSTART;VALUE=DATE:20150311')
  })
})

describe('a missing address', () => {
  const notFound = async (path: string) => {
    const response = await fetch(`${site.url}${path}`)
    const html = parse(await response.text())
    return {
      status: response.status,
      lang: html.querySelector('html')?.getAttribute('lang'),
      h1: html.querySelectorAll('h1').map((h) => h.text),
    }
  }

  it('under a locale gets 404 and that locale’s not-found page, in the site frame', async () => {
    expect(await notFound('/lt/klasteriai/nera-tokio/')).toEqual({ status: 404, lang: 'lt', h1: ['Puslapis nerastas'] })
    expect(await notFound('/pl/nie%20ma/')).toEqual({ status: 404, lang: 'pl', h1: ['Nie znaleziono strony'] })
    // a page that exists is served as it is, with or without its trailing slash
    expect((await fetch(`${site.url}/lt/klasteriai`)).status).toBe(200)
  })

  it('in no locale gets 404 and the page in all four languages', async () => {
    const { status, h1 } = await notFound('/nowhere/')
    expect(status).toBe(404)
    expect(h1).toHaveLength(4)
  })

  it('is answered the same way on static hosts, by a _redirects file', () => {
    expect(readFileSync(`${clientDir}/_redirects`, 'utf8')).toBe(
      localeCodes.map((l) => `/${l}/*  /${l}/404/  404\n`).join(''),
    )
  })
})

describe('security headers', () => {
  it('has no inline script or <style> on any page, so the Content-Security-Policy needs no unsafe-inline for them', () => {
    const inline: string[] = []
    for (const [path, html] of pages) {
      for (const script of html.querySelectorAll('script')) {
        if (!script.getAttribute('src') && script.getAttribute('type') !== 'application/ld+json')
          inline.push(`${path} <script>`)
      }
      if (html.querySelector('style')) inline.push(`${path} <style>`)
    }
    expect(inline).toEqual([])
  })

  it('writes a _headers file with the site headers for static hosts', () => {
    expect(readFileSync(`${clientDir}/_headers`, 'utf8')).toBe(staticHostHeadersFile())
  })

  it('the site server sends them on pages and files, and lets only the admin frame the preview', async () => {
    for (const path of ['/pl/', '/pagefind/pagefind-ui.js', '/scripts/contrast.js', '/sitemap.xml']) {
      const response = await fetch(`${site.url}${path}`)
      expect(response.status, path).toBe(200)
      for (const [name, value] of Object.entries(siteHeaders()))
        expect(response.headers.get(name), `${path} ${name}`).toBe(value)
      expect(response.headers.get('x-powered-by')).toBeNull()
    }
    const preview = await fetch(`${site.url}/en/preview/routes/1?token=nothing`)
    expect(preview.status).toBe(401)
    expect(preview.headers.get('content-security-policy')).toContain(`frame-ancestors ${new URL(cms.url).origin}`)
    expect(preview.headers.get('x-frame-options')).toBeNull()
  })

  it('the CMS sends its own and no X-Powered-By', async () => {
    const response = await fetch(`${cms.url}/admin/login`)
    expect(response.headers.get('content-security-policy')).toContain("frame-ancestors 'self'")
    expect(response.headers.get('x-content-type-options')).toBe('nosniff')
    expect(response.headers.get('x-powered-by')).toBeNull()
  })
})

describe('a build that cannot succeed', () => {
  const live = () => readFileSync('site/dist/client/pl/index.html', 'utf8')

  it('stops when the CMS is down, naming what it was reading, and leaves the live site as it was', async () => {
    const before = live()
    const result = await buildSite({ ...siteEnv, CMS_URL: 'http://127.0.0.1:9' }, { quiet: true })
    expect(result.ok).toBe(false)
    expect(result.output).toMatch(
      /Cannot reach the CMS at http:\/\/127\.0\.0\.1:9 while reading (collection|global|the list of) "[a-z-]+"/,
    )
    expect(result.output).toContain('the live site is unchanged')
    expect(live()).toBe(before)
  })
})

/** The home and not-found pages of a locale, every list and search page, and a page of every type. */
function pagesToCheck(locale: LocaleCode): string[] {
  const lists = page(`/${locale}/`)
    .querySelectorAll('nav.main a')
    .map((a) => a.getAttribute('href') as string)
  const firstDoc = (list: string) => page(list).querySelector('ul.cards h2 a')?.getAttribute('href')
  const documents = lists.map(firstDoc).filter((path): path is string => Boolean(path))
  // a filtered list of each list that has filters
  const firstFilter = (list: string) =>
    page(list).querySelector('nav.filters a:not([aria-current])')?.getAttribute('href')
  const filtered = lists.map(firstFilter).filter((path): path is string => Boolean(path))
  return [`/${locale}/`, `/${locale}/404/`, ...lists, ...filtered, ...documents]
}

describe('in a browser', () => {
  it('switches a Lithuanian project page to Italian and lands on the same project', async () => {
    const p = await browser.newPage()
    await p.goto(`${site.url}/lt/projektai/baltijos-juros-turizmo-centras/`)
    await p.getByRole('link', { name: 'Italiano' }).click()
    await p.waitForURL('**/it/progetti/**')
    expect(new URL(p.url()).pathname).toBe('/it/progetti/centro-per-il-turismo-del-mar-baltico/')
    expect(await p.locator('h1').textContent()).toBe('Centro per il turismo del Mar Baltico')
    expect(await p.locator('html').getAttribute('lang')).toBe('it')
    await p.close()
  })

  it('finds a cluster when searching in Polish, labelled and filterable by type', async () => {
    const p = await browser.newPage()
    await p.goto(`${site.url}/pl/szukaj/`)
    await p.locator('#search input').fill('logistyka')
    const result = p.locator('.pagefind-ui__result-link', { hasText: 'Klaster LTPP' })
    await result.first().waitFor({ timeout: 15_000 })
    expect(await result.first().getAttribute('href')).toBe('/pl/klastry/klaster-ltpp/')
    // every result says what it is, and the results can be narrowed by type, in Polish
    expect(await result.first().textContent()).toMatch(/^Klastry · /)
    expect(await p.locator('.pagefind-ui__filter-name', { hasText: 'Rodzaj' }).count()).toBe(1)
    await p.close()
  })

  it('speaks the reader’s language in the search widget, results and messages included', async () => {
    const p = await browser.newPage()
    for (const [path, placeholder, clear, nothing] of [
      ['/pl/szukaj/', 'Szukaj', 'Wyczyść', 'Brak wyników dla „qqxzz”'],
      ['/it/cerca/', 'Cerca', 'Cancella', 'Nessun risultato per «qqxzz»'],
      ['/lt/paieska/', 'Ieškoti', 'Išvalyti', 'Pagal „qqxzz“ nieko nerasta'],
    ]) {
      await p.goto(`${site.url}${path}`)
      const input = p.locator('#search input')
      expect(await input.getAttribute('placeholder'), path).toBe(placeholder)
      await input.fill('qqxzz')
      await expect.poll(() => p.locator('.pagefind-ui__message').textContent(), { timeout: 15_000 }).toBe(nothing)
      expect(await p.locator('.pagefind-ui__search-clear').textContent(), path).toBe(clear)
    }
    await p.close()
  })

  it('remembers the high-contrast switch across pages', async () => {
    const context = await browser.newContext()
    const p = await context.newPage()
    await p.goto(`${site.url}/en/`)
    const toggle = p.getByRole('button', { name: 'High contrast' })
    expect(await toggle.getAttribute('aria-pressed')).toBe('false')
    await toggle.click()
    expect(await p.locator('html').getAttribute('data-contrast')).toBe('high')
    await p.getByRole('link', { name: 'Tourism routes' }).first().click()
    await p.waitForURL('**/en/routes/')
    expect(await p.locator('html').getAttribute('data-contrast')).toBe('high')
    expect(await p.getByRole('button', { name: 'High contrast' }).getAttribute('aria-pressed')).toBe('true')
    const background = await p.evaluate(() => getComputedStyle(document.body).backgroundColor)
    expect(background).toBe('rgb(0, 0, 0)')
    await context.close()
  })

  it('breaks no Content-Security-Policy rule: language chooser, contrast switch, route map, rich text, search', async () => {
    const context = await browser.newContext({ locale: 'lt-LT' })
    const p = await context.newPage()
    const violations: string[] = []
    p.on('console', (message) => {
      if (/Content Security Policy/i.test(message.text())) violations.push(`${p.url()}: ${message.text()}`)
    })
    p.on('pageerror', (error) => violations.push(`${p.url()}: ${error.message}`))
    await p.goto(`${site.url}/`)
    await p.waitForURL('**/lt/')
    await p.getByRole('button', { name: 'Didelis kontrastas' }).click()
    expect(await p.locator('html').getAttribute('data-contrast')).toBe('high')
    await p.goto(`${site.url}/en/routes/test-coastal-route/`)
    expect(await p.locator('.map svg').count()).toBe(1)
    expect(await p.locator('html').getAttribute('data-contrast')).toBe('high')
    // rich text: Payload's converter writes style attributes on list items
    await p.goto(
      `${site.url}/en/policy-documents/regional-cluster-support-programme-for-the-pomorskie-voivodeship-2009-2015/`,
    )
    expect(await p.locator('main li[style]').count()).toBeGreaterThan(0)
    await p.goto(`${site.url}/pl/szukaj/`)
    await p.locator('#search input').fill('logistyka')
    await p.locator('.pagefind-ui__result-link', { hasText: 'Klaster LTPP' }).first().waitFor({ timeout: 15_000 })
    await context.close()
    expect(violations).toEqual([])
  })

  it('has an axe-core check that finds violations: an image without text, a low-contrast line only on a phone', async () => {
    const p = await browser.newPage()
    await p.setContent(`<!doctype html><html lang="en"><title>t</title><style>
      p { color: #777; background: #fff } @media (min-width: 800px) { p { color: #000 } }
      </style><main><img src="data:,"><p>Grey on white on a phone</p></main></html>`)
    const found = await axeViolations(p, [
      { width: 390, height: 844 },
      { width: 1366, height: 900 },
    ])
    await p.close()
    expect(found.map(({ width, violations }) => [width, violations.map((v) => v.id).sort()])).toEqual([
      [390, ['color-contrast', 'image-alt']],
      [1366, ['image-alt']],
    ])
  })

  // one test per locale: each analyses about 21 pages at two widths, which takes a minute on a busy
  // machine; each page is loaded once and analysed at both widths, half the pages in each of two
  // browser contexts side by side (the analysis is the browser's work, and a machine has two cores)
  it.each(localeCodes)(
    'has no axe-core violations on a page of each type in %s, on a phone and a laptop',
    async (locale) => {
      const widths = [
        { width: 390, height: 844 },
        { width: 1366, height: 900 },
      ]
      const targets = pagesToCheck(locale)
      const analyse = async (share: string[]) => {
        const found: string[] = []
        const context = await browser.newContext({ viewport: widths[0] })
        for (const target of share) {
          const p = await context.newPage()
          await p.goto(`${site.url}${target}`)
          for (const { width, violations } of await axeViolations(p, widths))
            for (const v of violations)
              found.push(`${width} px ${target}: ${v.id} (${v.nodes.length}) ${v.nodes[0]?.target}`)
          await p.close()
        }
        await context.close()
        return found
      }
      const violations = await Promise.all([
        analyse(targets.filter((_, i) => i % 2 === 0)),
        analyse(targets.filter((_, i) => i % 2 === 1)),
      ])
      expect(targets.length).toBeGreaterThan(10)
      expect(violations.flat()).toEqual([])
    },
    900_000,
  )
})

describe('on a phone and a laptop', () => {
  const phone = { width: 390, height: 844 }
  const laptop = { width: 1366, height: 900 }

  it.each(localeCodes)(
    'never scrolls sideways and keeps the header short, on every kind of page in %s',
    async (locale) => {
      const problems: string[] = []
      for (const viewport of [phone, laptop]) {
        const context = await browser.newContext({ viewport })
        const p = await context.newPage()
        for (const target of pagesToCheck(locale)) {
          await p.goto(`${site.url}${target}`)
          const { scrollWidth, header } = await p.evaluate(() => ({
            scrollWidth: document.documentElement.scrollWidth,
            header: document.querySelector('header.site')?.getBoundingClientRect().height ?? 0,
          }))
          if (scrollWidth > viewport.width) problems.push(`${target} at ${viewport.width} px is ${scrollWidth} px wide`)
          if (viewport === phone && header > 120) problems.push(`${target}: the header takes ${header} px of a phone`)
        }
        await context.close()
      }
      expect(problems).toEqual([])
    },
    600_000,
  )

  it('opens and closes the menu on a phone without any script', async () => {
    const context = await browser.newContext({ viewport: phone, javaScriptEnabled: false })
    const p = await context.newPage()
    await p.goto(`${site.url}/lt/`)
    const routes = p.getByRole('link', { name: 'Turistiniai maršrutai', exact: true })
    expect(await routes.isVisible()).toBe(false)
    await p.getByRole('button', { name: 'Meniu' }).click()
    expect(await routes.isVisible()).toBe(true)
    expect(await p.getByRole('link', { name: 'English', exact: true }).isVisible()).toBe(true)
    await p.getByRole('button', { name: 'Uždaryti meniu' }).click()
    expect(await routes.isVisible()).toBe(false)
    await context.close()
  })
})

// last: it builds the site again, which the tests above read as it was first built
describe('a reference that slipped past the CMS', () => {
  it('builds anyway: the page leaves the missing coordinator out, and the log names the document and field', async () => {
    const { payload } = cms
    const org = await payload.create({
      collection: 'organizations',
      data: { name: 'Temporary partner', sourceLocale: 'en', _status: 'published' },
      locale: 'en',
    })
    const cluster = await payload.create({
      collection: 'clusters',
      data: {
        name: 'Cluster with a withdrawn coordinator',
        coordinator: org.id,
        sourceLocale: 'en',
        _status: 'published',
      },
      locale: 'en',
    })
    // the CMS refuses to unpublish a coordinator that a published cluster shows; a change made directly
    // in the database does not ask
    await payload.db.updateOne({ collection: 'organizations', id: org.id, data: { _status: 'draft' } })
    expect((await fetch(`${cms.url}/api/organizations/${org.id}`)).status).toBe(404)
    const result = await buildSite(siteEnv, { quiet: true })
    expect(result.ok).toBe(true)
    expect(result.output).toContain(
      `clusters "Cluster with a withdrawn coordinator" (id ${cluster.id}): coordinator points to organizations id ${org.id}, which does not exist or is not published`,
    )
    const built = page('/en/clusters/cluster-with-a-withdrawn-coordinator/')
    expect(built.querySelector('h1')?.textContent).toBe('Cluster with a withdrawn coordinator')
    expect(built.querySelectorAll('.facts dt').map((dt) => dt.textContent)).not.toContain('Coordinator')
    expect(built.toString()).not.toContain('Temporary partner')
    await payload.delete({ collection: 'clusters', id: cluster.id })
  })
})
