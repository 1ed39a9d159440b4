/**
 * `npm run lighthouse [-- --locale pl] [-- --all-locales]`: Lighthouse (performance, accessibility,
 * best practices, SEO; its default phone emulation) on a page of each type of the built site — home,
 * every list, a filtered list, the first document of each list, search — served by the site's own
 * server from `site/dist`, in Debian's Chromium. Prints each page's scores; exits 1 when any is below
 * 95. Build the site first (`npm start` or `npm run build:site`).
 */
import { type ChildProcess, spawn } from 'node:child_process'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { launch } from 'chrome-launcher'
import lighthouse from 'lighthouse'
import { parse } from 'node-html-parser'
import { type LocaleCode, localeCodes } from '../cms/locales'
import { freePort } from './lib/net'

const MINIMUM = 95
const categories = ['performance', 'accessibility', 'best-practices', 'seo'] as const
const client = path.resolve('site/dist/client')

const args = process.argv.slice(2)
const localeArg = args.includes('--locale') ? args[args.indexOf('--locale') + 1] : undefined
const locales: LocaleCode[] = args.includes('--all-locales')
  ? localeCodes
  : [(localeCodes.find((l) => l === localeArg) ?? 'pl') as LocaleCode]

/** A built page's HTML, by its path. */
function builtPage(pagePath: string) {
  return parse(readFileSync(path.join(client, pagePath, 'index.html'), 'utf8'))
}

/** Home, every list (from the menu), a filtered list, the first document of each list. */
function pagesOf(locale: LocaleCode): string[] {
  const lists = builtPage(`/${locale}/`)
    .querySelectorAll('nav.main a')
    .map((a) => a.getAttribute('href') as string)
  const first = (list: string, selector: string) => builtPage(list).querySelector(selector)?.getAttribute('href')
  const documents = lists.flatMap((list) => first(list, 'ul.cards h2 a') ?? [])
  const filtered = lists.flatMap((list) => first(list, 'nav.filters a:not([aria-current])') ?? []).slice(0, 1)
  return [`/${locale}/`, ...lists, ...filtered, ...documents]
}

/** The site's own server on a free port, answering once it listens. */
async function siteServer(): Promise<{ url: string; child: ChildProcess }> {
  const port = await freePort()
  const child = spawn(process.execPath, ['site/dist/server/entry.mjs'], {
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1' },
    stdio: ['ignore', 'pipe', 'inherit'],
  })
  await new Promise<void>((resolve, reject) => {
    child.stdout?.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes('listening')) resolve()
    })
    child.once('exit', (code) => reject(new Error(`the site server exited with ${code}`)))
  })
  return { url: `http://127.0.0.1:${port}`, child }
}

const server = await siteServer()
const chrome = await launch({
  chromePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu'],
})
let failures = 0
try {
  for (const locale of locales) {
    for (const pagePath of pagesOf(locale)) {
      const result = await lighthouse(`${server.url}${pagePath}`, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: [...categories],
      })
      const scores = categories.map((c) => Math.round((result?.lhr.categories[c]?.score ?? 0) * 100))
      const low = scores.some((score) => score < MINIMUM)
      if (low) failures++
      console.log(`${low ? '✗' : '✓'} ${scores.map((s, i) => `${categories[i]} ${s}`).join(', ')}  ${pagePath}`)
      if (low) {
        for (const audit of Object.values(result?.lhr.audits ?? {})) {
          if (audit.score !== null && audit.score < 0.9 && audit.scoreDisplayMode !== 'informative') {
            console.log(`    ${audit.id}: ${audit.title}${audit.displayValue ? ` (${audit.displayValue})` : ''}`)
          }
        }
      }
    }
  }
} finally {
  chrome.kill()
  server.child.kill()
}
console.log(
  failures === 0 ? `Every page scores ${MINIMUM} or more in every category.` : `${failures} page(s) below ${MINIMUM}.`,
)
process.exitCode = failures === 0 ? 0 : 1
