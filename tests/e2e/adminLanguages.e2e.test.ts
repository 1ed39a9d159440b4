/**
 * The admin in a translator's and editor's own language, in a real browser. With the admin switched to
 * Lithuanian, the pages an editor and a translator work in show none of the English this project
 * wrote (labels, descriptions, options, our components' text); a translator is not offered Publish;
 * the route map places a stop and draws a line; "Rebuild the whole site" asks first, then queues a
 * full rebuild named after the editor.
 */
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { messages } from '../../cms/i18n/messages'
import { isPlural } from '../../cms/i18n/plural'
import { schemaTextLt } from '../../cms/i18n/schema/lt'
import { launchChromium, signedInAdminPage } from './support/browser'
import { type CmsServer, startCmsServer, type TestUser } from './support/servers'
import { stopAll } from './support/stopAll'

let cms: CmsServer
let browser: Browser
const editor: TestUser = {
  email: 'redaktore@example.com',
  password: 'editor-password-1',
  role: 'editor',
  name: 'Rūta Jonaitienė',
}
const translator: TestUser = {
  email: 'vertejas@example.com',
  password: 'translator-password-1',
  role: 'translator',
  name: 'Tomas Vertėjas',
  assignedLocales: ['lt'],
}

/**
 * Every English text this project defines that Lithuanian words differently: the schema's labels,
 * descriptions and options (keys of the catalogue), and the literal parts of our messages between
 * their placeholders. Single words are matched as whole words; longer texts as they are.
 */
function ourEnglish(): string[] {
  const texts = new Set<string>()
  for (const [english, lithuanian] of Object.entries(schemaTextLt)) if (english !== lithuanian) texts.add(english)
  const walk = (en: unknown, lt: unknown) => {
    if (typeof en === 'string' || isPlural(en)) {
      const forms = typeof en === 'string' ? [en] : Object.values(en)
      const ltText = JSON.stringify(lt)
      for (const form of forms) {
        for (const part of form.split(/\{\{\s*\w+\s*\}\}/)) {
          const literal = part.replace(/^[\s:;,.()“”"'·–-]+|[\s:;,.()“”"'·–-]+$/g, '')
          // a fragment worth finding: a word of four letters or more, and not also in the Lithuanian text
          if (/\p{L}{4}/u.test(literal) && !ltText.includes(literal)) texts.add(literal)
        }
      }
      return
    }
    for (const key of Object.keys(en as object)) walk((en as never)[key], (lt as never)[key])
  }
  walk(messages.en, messages.lt)
  return [...texts]
}

/** The English texts of ours that `page` shows (its visible text, dialogs and titles included). */
async function englishOn(page: Page, english: string[]): Promise<string[]> {
  // biome-ignore lint/performance/useDomNodeTextContent: what a person sees, not hidden inputs and templates
  const text = await page.evaluate(() => `${document.title}\n${document.body.innerText}`)
  return english.filter((phrase) =>
    phrase.includes(' ')
      ? text.includes(phrase)
      : new RegExp(`(^|[^\\p{L}])${phrase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}($|[^\\p{L}])`, 'u').test(text),
  )
}

beforeAll(async () => {
  cms = await startCmsServer({ users: [editor, translator] })
  browser = await launchChromium()
}, 600_000)

afterAll(() => stopAll(browser, cms))

const first = async (collection: 'funding-projects' | 'routes' | 'organizations') =>
  (await cms.payload.find({ collection, limit: 1, depth: 0, sort: 'id' })).docs[0].id

describe('the admin in Lithuanian', () => {
  it('shows an editor none of our English on the dashboard, a project, a route, the translations and the site updates', async () => {
    const english = ourEnglish()
    expect(english).toEqual(expect.arrayContaining(['Programme and budget', 'Translations that need work']))
    // the check can fail: in the English admin it finds our words
    const inEnglish = await signedInAdminPage(browser, cms.url, editor, { language: 'en' })
    await inEnglish.goto(`${cms.url}/admin`)
    await inEnglish.waitForLoadState('networkidle')
    expect(await englishOn(inEnglish, english)).toEqual(
      expect.arrayContaining(['Translations that need work', 'Scheduled']),
    )
    await inEnglish.context().close()
    // a change to list in the site updates, named after the editor
    await cms.payload.update({
      collection: 'organizations',
      id: await first('organizations'),
      data: { city: 'Klaipėda' },
      locale: 'lt',
      user: await cms.payload
        .find({ collection: 'users', where: { email: { equals: editor.email } } })
        .then((r) => r.docs[0]),
      overrideAccess: false,
    })
    const page = await signedInAdminPage(browser, cms.url, editor, { language: 'lt' })
    const found: Record<string, string[]> = {}
    for (const path of [
      '/admin',
      `/admin/collections/funding-projects?locale=lt`,
      `/admin/collections/funding-projects/${await first('funding-projects')}?locale=lt`,
      `/admin/collections/routes/${await first('routes')}?locale=lt`,
      '/admin/translations',
      '/admin/collections/site-updates',
      '/admin/account',
    ]) {
      await page.goto(`${cms.url}${path}`)
      await page.waitForLoadState('networkidle')
      const shown = await englishOn(page, english)
      if (shown.length > 0) found[path] = shown
    }
    expect(found).toEqual({})
    // and the Lithuanian is there: the dashboard's panels, the partners named by organisation
    await page.goto(`${cms.url}/admin`)
    await page.getByRole('heading', { name: 'Neužbaigti vertimai' }).waitFor()
    expect(await page.title()).toContain('Baltijos klasteriai ir maršrutai')
    await page.context().close()
  }, 300_000)

  it('offers a Lithuanian translator no Publish, Unpublish or Delete', async () => {
    const page = await signedInAdminPage(browser, cms.url, translator, { language: 'lt' })
    await page.goto(`${cms.url}/admin/collections/organizations/${await first('organizations')}?locale=lt`)
    await page.getByRole('button', { name: 'Išsaugoti juodraštį' }).waitFor()
    expect(await page.getByRole('button', { name: /Paskelbti/ }).count()).toBe(0)
    // the document's menu, when it has one, offers no delete or unpublish either
    const menu = page.locator('.doc-controls__dots')
    if ((await menu.count()) > 0) await menu.click()
    expect(await page.getByRole('button', { name: /Ištrinti|Atšaukti paskelbimą/ }).count()).toBe(0)
    expect(await page.getByText(/Ištrinti|Atšaukti paskelbimą/).count()).toBe(0)
    await page.context().close()
  }, 120_000)

  it('places a stop and draws a line on the route map, and saves them with the route', async () => {
    const id = await first('routes')
    const page = await signedInAdminPage(browser, cms.url, editor, { language: 'lt' })
    await page.goto(`${cms.url}/admin/collections/routes/${id}?locale=lt`)
    const map = page.locator('.route-map svg')
    // a click on the map's buttons before the page is interactive would be lost
    await page.locator('.route-map[data-ready=true]').waitFor({ timeout: 60_000 })
    /** Clicks the map at a fraction of its width and height (read each time: the hint above it may wrap). */
    const clickMap = async (x: number, y: number) => {
      await map.scrollIntoViewIfNeeded()
      const box = (await map.boundingBox()) as { x: number; y: number; width: number; height: number }
      await page.mouse.click(box.x + box.width * x, box.y + box.height * y)
    }
    const hint = page.locator('.route-map [role=status]')
    // the map answers clicks once the page is interactive: the hint says what a click will do
    await page.getByRole('button', { name: 'Pridėti sustojimo vietą' }).click()
    await expect.poll(() => hint.textContent(), { timeout: 60_000 }).toContain('Spustelėkite žemėlapyje ten')
    await clickMap(0.6, 0.5)
    await page.locator('#field-stops__0__name').fill('Žemėlapio taškas')
    await page.getByRole('button', { name: 'Braižyti trasą' }).click()
    await expect.poll(() => hint.textContent(), { timeout: 60_000 }).toContain('tašką po taško')
    for (const [x, y] of [
      [0.55, 0.45],
      [0.6, 0.5],
      [0.65, 0.55],
    ]) {
      await clickMap(x, y)
    }
    expect(await page.locator('.route-map svg circle').count()).toBe(1)
    await page.getByRole('button', { name: 'Išsaugoti juodraštį' }).click()
    await page
      .getByText(/sėkmingai/i)
      .first()
      .waitFor({ timeout: 30_000 })
    const saved = (await cms.payload.findByID({
      collection: 'routes',
      id,
      draft: true,
      locale: 'lt',
      depth: 0,
    })) as unknown as {
      stops: { name: string; latitude: number; longitude: number }[]
      geometry: { type: string; coordinates: number[][] }
    }
    expect(saved.stops).toHaveLength(1)
    expect(saved.stops[0].name).toBe('Žemėlapio taškas')
    // the seed routes are in Lithuania: the click landed there
    expect(saved.stops[0].latitude).toBeGreaterThan(53.5)
    expect(saved.stops[0].latitude).toBeLessThan(56.6)
    expect(saved.stops[0].longitude).toBeGreaterThan(20.5)
    expect(saved.stops[0].longitude).toBeLessThan(27)
    expect(saved.geometry.type).toBe('LineString')
    expect(saved.geometry.coordinates).toHaveLength(3)
    // the middle click was on the stop: the line passes exactly through it
    expect(saved.geometry.coordinates[1]).toEqual([saved.stops[0].longitude, saved.stops[0].latitude])
    await page.context().close()
  }, 180_000)

  it('asks before rebuilding the whole site, then queues a full rebuild named after the editor', async () => {
    const page = await signedInAdminPage(browser, cms.url, editor, { language: 'lt' })
    await page.goto(`${cms.url}/admin/collections/site-updates`)
    expect(await page.getByRole('link', { name: /Sukurti naują/ }).count()).toBe(0)
    await page.getByRole('button', { name: 'Iš naujo sugeneruoti visą svetainę' }).click()
    await page.getByRole('button', { name: 'Generuoti iš naujo', exact: true }).click()
    await expect
      .poll(
        async () => {
          const { docs } = await cms.payload.find({
            collection: 'site-updates',
            where: { fullRebuild: { equals: true } },
          })
          return docs.flatMap((d) => (Array.isArray(d.changes) ? d.changes : []))
        },
        { timeout: 60_000 },
      )
      .toContainEqual({ action: 'rebuild', user: editor.name })
    await page.context().close()
  }, 120_000)
})
