/**
 * A translator's day in a real browser: sign in, open the translations dashboard, follow "missing" for
 * Lithuanian to the filtered list, open the document and save a translation; the CMS then records the
 * Lithuanian translation as done, as a draft for an editor to publish.
 */
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launchChromium, signedInAdminPage } from './support/browser'
import { type CmsServer, startCmsServer, type TestUser } from './support/servers'
import { stopAll } from './support/stopAll'

let cms: CmsServer
let browser: Browser
const translator: TestUser = {
  email: 'translator-lt@example.com',
  password: 'translator-password-1',
  role: 'translator',
  assignedLocales: ['lt'],
}
let orgId: number | string

beforeAll(async () => {
  cms = await startCmsServer({ users: [translator] })
  // a new organisation written in Polish: missing in Lithuanian (every seeded document is translated)
  const org = await cms.payload.create({
    collection: 'organizations',
    locale: 'pl',
    data: {
      name: 'Fundacja Rozwoju Wybrzeża',
      country: 'PL',
      kinds: ['association'],
      sourceLocale: 'pl',
      _status: 'published',
    },
  })
  orgId = org.id
  browser = await launchChromium()
}, 600_000)

afterAll(() => stopAll(browser, cms))

describe('the translations dashboard', () => {
  it('takes a translator from "missing in Lithuanian" to a saved translation', async () => {
    const page = await signedInAdminPage(browser, cms.url, translator)

    await page.goto(`${cms.url}/admin/translations`)
    const cell = page.locator('[data-collection="organizations"][data-locale="lt"]')
    await expect
      .poll(() => cell.locator('a.needs-work').textContent(), { timeout: 60_000 })
      .toBe('Lithuanian: 1 needs work')
    await cell.getByRole('link', { name: /Lithuanian: 1 Missing/ }).click()

    // the filtered list shows exactly the organisation that needs Lithuanian
    await page.waitForURL(/collections\/organizations\?/)
    const rows = page.locator('table tbody tr')
    await expect.poll(() => rows.count()).toBe(1)
    // (its Lithuanian name is empty, and Payload's list shows no source-locale fallback, so match by link)
    const link = rows.first().locator(`a[href*="/collections/organizations/${orgId}"]`).first()
    await link.click()

    await page.waitForURL(new RegExp(`collections/organizations/${orgId}`))
    // the admin stays in the locale the dashboard link chose: the editor opens in Lithuanian
    const badge = page.locator('.translation-status [data-locale="lt"]')
    await expect.poll(() => badge.getAttribute('data-status')).toBe('missing')
    await page.locator('#field-name').fill('Pajūrio plėtros fondas')
    await page.getByRole('button', { name: /save draft/i }).click()

    await expect.poll(() => badge.getAttribute('data-status'), { timeout: 15_000 }).toBe('translated')
    const saved = (await cms.payload.findByID({
      collection: 'organizations',
      id: orgId,
      locale: 'all',
      draft: true,
    })) as unknown as { name: Record<string, string>; translation: Record<string, { status: string }> }
    expect(saved.name).toMatchObject({ pl: 'Fundacja Rozwoju Wybrzeża', lt: 'Pajūrio plėtros fondas' })
    expect(saved.translation.lt.status).toBe('translated')
    expect(saved.translation.pl.status).toBe('source')
    await page.close()
  })
})
