/** Reading the built site in site/dist/client: its HTML files, parsed, and where a URL path lands. */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'
import { type HTMLElement, parse } from 'node-html-parser'

/** The folder the static pages are written to. */
export const clientDir = path.resolve('site/dist/client')

/** Every file under the output folder, as site paths ("/pl/klastry/index.html"). */
export function outputFiles(dir = clientDir, prefix = ''): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name)
    return statSync(full).isDirectory() ? outputFiles(full, `${prefix}/${name}`) : [`${prefix}/${name}`]
  })
}

/** The file a URL path is served from, or undefined if none. */
export function fileFor(urlPath: string): string | undefined {
  const clean = decodeURIComponent(urlPath.split(/[?#]/)[0])
  for (const candidate of [clean, path.join(clean, 'index.html'), `${clean}.html`]) {
    const full = path.join(clientDir, candidate)
    if (existsSync(full) && statSync(full).isFile()) return full
  }
  return undefined
}

/** A built HTML page, parsed. */
export function page(urlPath: string): HTMLElement {
  const file = fileFor(urlPath)
  if (!file) throw new Error(`no page at ${urlPath}`)
  return parse(readFileSync(file, 'utf8'))
}

/** All built HTML pages by URL path ("/pl/klastry/"). */
export function allPages(): Map<string, HTMLElement> {
  const pages = new Map<string, HTMLElement>()
  for (const file of outputFiles().filter((f) => f.endsWith('.html'))) {
    const urlPath = file.endsWith('/index.html') ? file.slice(0, -'index.html'.length) : file
    pages.set(urlPath, parse(readFileSync(path.join(clientDir, file), 'utf8')))
  }
  return pages
}
