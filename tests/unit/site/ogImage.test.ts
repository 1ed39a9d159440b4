import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { documentOgCard, ogImagePath, pageOgCard } from '../../../site/src/lib/og/ogCards'
import {
  OG_FILE_HEADER,
  OG_HEIGHT,
  OG_WIDTH,
  ogImage,
  ogImageFile,
  ogImageResponse,
} from '../../../site/src/lib/og/ogImage'
import { buildSiteIndex } from '../../../site/src/lib/siteIndex'
import { organization, project, route, snapshot } from './factories'

describe('link-preview images', () => {
  const root = process.env.PROJECT_ROOT
  let cache: string
  beforeAll(() => {
    // the cache goes to a folder of this test's own
    process.env.PROJECT_ROOT = mkdtempSync(path.join(tmpdir(), 'og-'))
    cache = path.join(process.env.PROJECT_ROOT, 'site/node_modules/.astro/og')
  })
  afterAll(() => {
    if (root === undefined) delete process.env.PROJECT_ROOT
    else process.env.PROJECT_ROOT = root
  })

  it('draws a 1200 × 630 JPEG, and takes the same card from the cache the next time', async () => {
    const card = pageOgCard('Klaster LTPP – łódź, Žalgiris, Città', 'Klastry', 'pl')
    const image = await ogImage(card)
    const meta = await sharp(image).metadata()
    expect([meta.format, meta.width, meta.height]).toEqual(['jpeg', OG_WIDTH, OG_HEIGHT])
    expect(readdirSync(cache)).toHaveLength(1)
    expect((await ogImage(card)).equals(image)).toBe(true)
    expect(readdirSync(cache)).toHaveLength(1)
    // another title is another image
    const other = await ogImage({ ...card, title: 'Klaster morski' })
    expect(other.equals(image)).toBe(false)
    expect(readdirSync(cache)).toHaveLength(2)
  })

  it('answers an og.jpg request from the cached file, read only when the body is', async () => {
    const card = pageOgCard('Trasa rowerowa', 'Trasy', 'pl')
    const file = await ogImageFile(card)
    expect(path.dirname(file)).toBe(cache)
    const response = await ogImageResponse(card)
    expect(response.headers.get('content-type')).toBe('image/jpeg')
    expect(response.headers.get(OG_FILE_HEADER)).toBe(file)
    // a build links the page's og.jpg to the file rather than reading it (integrations/ogImageLinks.ts):
    // the file can go without the response failing until its body is read
    rmSync(file)
    await expect(response.arrayBuffer()).rejects.toThrow(/ENOENT/)
    const again = await ogImageResponse(card)
    expect(Buffer.from(await again.arrayBuffer()).equals(readFileSync(file))).toBe(true)
  })

  it('puts the site’s navy band behind the text and the map on the right', async () => {
    const { data, info } = await sharp(await ogImage(pageOgCard('Mapa', 'Typ', 'en')))
      .raw()
      .toBuffer({ resolveWithObject: true })
    const pixel = (x: number, y: number) => [...data.subarray((y * info.width + x) * 3, (y * info.width + x) * 3 + 3)]
    const near = (a: number[], b: number[]) => a.every((v, i) => Math.abs(v - b[i]) < 12)
    expect(near(pixel(20, 600), [0x0b, 0x3a, 0x6b])).toBe(true)
    // the Baltic Sea region's sea or land, not the band
    expect(near(pixel(1000, 300), [0x0b, 0x3a, 0x6b])).toBe(false)
  })

  it('shows a route’s line, a project’s partner countries, an organisation’s country', () => {
    const index = buildSiteIndex(
      snapshot({
        organizations: [
          organization(1, { en: 'Klaipėda Foundation' }, { sourceLocale: 'en', country: 'LT' }),
          organization(2, { en: 'Gdańsk Society' }, { sourceLocale: 'en', country: 'PL' }),
        ],
        'funding-projects': [
          project(
            3,
            { en: 'Bridge' },
            {
              sourceLocale: 'en',
              partners: [
                { organization: 1, role: 'lead-partner' },
                { organization: 2, role: 'partner' },
              ],
            },
          ),
        ],
        routes: [
          route(
            4,
            { en: 'Spit ride' },
            {
              sourceLocale: 'en',
              geometry: {
                type: 'LineString',
                coordinates: [
                  [21.13, 55.71],
                  [21.12, 55.55],
                ],
              },
            },
          ),
        ],
      }),
    )
    const routeCard = documentOgCard(index.get('routes', 4)!, index, 'lt')
    expect(routeCard).toMatchObject({ title: 'Spit ride', type: 'Turistiniai maršrutai', locale: 'lt' })
    expect(routeCard.map().line).toMatch(/^M/)
    expect(routeCard.mapKey).toMatch(/^route:/)
    const highlighted = (section: 'funding-projects' | 'organizations', id: number) =>
      documentOgCard(index.get(section, id)!, index, 'en')
        .map()
        .land.filter((shape) => shape.highlighted).length
    expect(highlighted('funding-projects', 3)).toBe(2)
    expect(highlighted('organizations', 1)).toBe(1)
    expect(ogImagePath('/en/routes/spit-ride/')).toBe('/en/routes/spit-ride/og.jpg')
  })
})
