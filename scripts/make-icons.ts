/**
 * Draws the site's icons from the portal's mark (shared/brand/mark.ts): favicon.svg, favicon.ico (16
 * and 32 px, for browsers and feed readers that ask for it by name), apple-touch-icon.png and the web
 * manifest's 192 and 512 px icons. Their output is committed; run `npm run make:icons` after changing
 * the mark.
 */
import { writeFile } from 'node:fs/promises'
import path from 'node:path'
import pngToIco from 'png-to-ico'
import sharp from 'sharp'
import { markSvg } from '../shared/brand/mark'

const publicDir = path.resolve('site/public')
const mark = Buffer.from(markSvg)
await writeFile(path.join(publicDir, 'favicon.svg'), markSvg)
// rendered large and scaled down, so small sizes stay sharp
const png = (size: number) =>
  sharp(mark, { density: 72 * (size / 32) * 2 })
    .resize(size, size)
    .png()
    .toBuffer()

await writeFile(path.join(publicDir, 'favicon.ico'), await pngToIco([await png(16), await png(32)]))
for (const [name, size] of [
  ['apple-touch-icon.png', 180],
  ['icon-192.png', 192],
  ['icon-512.png', 512],
] as const) {
  await writeFile(path.join(publicDir, name), await png(size))
}
console.log(`Icons written to ${path.relative(process.cwd(), publicDir)}/`)
