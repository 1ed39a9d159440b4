/** Leg 6: the bytes a reader downloads for one page of each type. */
import { readdirSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'
import { gzipSync } from 'node:zlib'
import { defaultLocale } from '../../../cms/locales'
import { contentSlugs, contentType } from '../../../shared/contentTypes'
import type { BenchReport } from '../benchReport'

/** The site's section folders in the default locale ("projects"); one document page of each is weighed. */
const sectionFolders = () => contentSlugs.map((slug) => contentType(slug).pathSegments[defaultLocale])

/** Weighs the home, a list, the search page and a document page per section of the build in `clientDir`. */
export function pageWeightLeg(clientDir: string): BenchReport['pageWeight'] {
  const [firstSection] = sectionFolders()
  const types: Record<string, string> = {
    home: `${defaultLocale}/index.html`,
    list: `${defaultLocale}/${firstSection}/index.html`,
    search: `${defaultLocale}/search/index.html`,
  }
  for (const section of sectionFolders()) {
    const dir = path.join(clientDir, defaultLocale, section)
    const first = readdirSync(dir).find((d) => statSync(path.join(dir, d)).isDirectory())
    if (first) types[section] = path.join(defaultLocale, section, first, 'index.html')
  }
  return Object.fromEntries(
    Object.entries(types).map(([type, file]) => [type, pageWeight(clientDir, path.join(clientDir, file))]),
  )
}

/** Gzipped bytes of HTML, CSS and JS a reader downloads for one page. */
function pageWeight(client: string, file: string) {
  const html = readFileSync(file, 'utf8')
  const gz = (text: string | Buffer) => gzipSync(text).length
  const css = [...html.matchAll(/<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"/g)]
    .map((m) => readFileSync(path.join(client, m[1])))
    .reduce((a, b) => a + gz(b), 0)
  const inlineStyle = [...html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((m) => m[1]).join('')
  const js = [...html.matchAll(/<script(?![^>]*application\/ld\+json)[^>]*>([\s\S]*?)<\/script>/g)]
    .map((m) => m[1])
    .join('')
  const jsFiles = [...html.matchAll(/<script[^>]+src="(\/[^"]+)"/g)]
    .map((m) => readFileSync(path.join(client, m[1])))
    .reduce((a, b) => a + gz(b), 0)
  return {
    htmlGz: gz(html),
    cssGz: css + (inlineStyle ? gz(inlineStyle) : 0),
    jsGz: (js.trim() ? gz(js) : 0) + jsFiles,
  }
}
