/**
 * `npm run bench:lists -- [--scale 10000] [--from site/dist/content.json]`: the weight of the pages
 * whose size grows with the content — every list page and its filters, and the home pages — at a
 * scale, without loading a CMS: the live build's content snapshot (`--from`) grown to the scale in the
 * benchmark's mix (scaleSnapshot.ts), without its pictures, built with no document pages. Prints the
 * largest pages, gzipped and raw, and the count; the build is removed afterwards.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { gzipSync } from 'node:zlib'
import { projectRoot } from '../../cms/paths'
import type { ContentSnapshot } from '../../shared/formats/contentSnapshot'
import { bin, htmlFiles, timed } from './measure'
import { scaleSnapshot } from './scaleSnapshot'

const args = process.argv.slice(2)
const option = (name: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined)
const scale = Number(option('--scale') ?? 10_000)
const from = option('--from') ?? path.join(projectRoot(), 'site/dist/content.json')

const work = mkdtempSync(path.join(tmpdir(), 'list-weight-'))
// inside the project: the build's server code resolves its packages from the project's node_modules
const out = path.join(projectRoot(), 'site/builds', `list-weight-${process.pid}`)
try {
  const content = JSON.parse(readFileSync(from, 'utf8')) as ContentSnapshot
  // without pictures: their files come from the CMS, which this measurement does without (a card's
  // picture adds an <img> of a few hundred bytes, not its file)
  content.collections.media = []
  writeFileSync(path.join(work, 'content.json'), JSON.stringify(scaleSnapshot(content, scale)))
  writeFileSync(path.join(work, 'none.json'), '[]')
  const build = timed(bin('astro'), ['build', '--root', 'site'], {
    ...process.env,
    SITE_URL: process.env.SITE_URL || 'https://example.org',
    SITE_CONTENT_FILE: path.join(work, 'content.json'),
    SITE_ONLY_DOCUMENTS: path.join(work, 'none.json'),
    SITE_OUT_DIR: out,
  })
  const client = path.join(out, 'client')
  const pages = htmlFiles(client).map((file) => {
    const html = readFileSync(file)
    return { page: path.relative(client, file), gzipped: gzipSync(html, { level: 9 }).length, raw: html.length }
  })
  pages.sort((a, b) => b.gzipped - a.gzipped)
  const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`
  console.log(`Scale ${scale}: ${pages.length} pages without document pages, built in ${build.seconds} s.`)
  for (const p of pages.slice(0, 5)) console.log(`  ${kb(p.gzipped)} gzipped, ${kb(p.raw)} raw  /${p.page}`)
  const homes = pages.filter((p) => /^[a-z]{2}\/index\.html$/.test(p.page))
  console.log(`Home pages: at most ${kb(Math.max(...homes.map((p) => p.gzipped)))} gzipped.`)
} finally {
  rmSync(out, { recursive: true, force: true })
  rmSync(work, { recursive: true, force: true })
}
