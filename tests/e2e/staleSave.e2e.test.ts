/**
 * Lost updates in the admin itself: two windows open the same document and the first saves. The
 * second window cannot overwrite that from its old copy: Payload's admin notices the newer version and
 * asks to reload, and a save it sends anyway carries the `updatedAt` it loaded, which the CMS refuses
 * with 409 (cms/hooks/refuseStaleWrites.ts; tested over REST and GraphQL in tests/int/staleWrites).
 * Real built admin, real Chromium, two signed-in browser contexts.
 */
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launchChromium, signedInAdminPage } from './support/browser'
import { type CmsServer, startCmsServer, type TestUser } from './support/servers'
import { stopAll } from './support/stopAll'

let cms: CmsServer
let browser: Browser
const editor: TestUser = { role: 'editor', name: 'Anna Nowak', email: 'anna@example.com', password: 'anna-password-1' }

/** The English name of the organisation's latest draft, as stored. */
async function storedName(id: number | string): Promise<string> {
  const doc = await cms.payload.findByID({ collection: 'organizations', id, draft: true, locale: 'en' })
  return (doc as { name: string }).name
}

async function editName(page: Page, name: string): Promise<void> {
  await page.locator('#field-name').fill(name)
  await page.getByRole('button', { name: /save draft/i }).click({ timeout: 10_000 })
}

beforeAll(async () => {
  cms = await startCmsServer({ users: [editor] })
  browser = await launchChromium()
}, 600_000)

afterAll(() => stopAll(browser, cms))

describe('two windows editing the same document in the admin', () => {
  it('keeps the newer text: the window with the older copy is told to reload', async () => {
    const { docs } = await cms.payload.find({ collection: 'organizations', limit: 1, sort: 'id' })
    const id = docs[0].id
    const url = `${cms.url}/admin/collections/organizations/${id}`
    const first = await signedInAdminPage(browser, cms.url, editor)
    const second = await signedInAdminPage(browser, cms.url, editor)
    // both windows load the document before either saves
    for (const page of [first, second]) {
      await page.goto(url)
      await page.locator('#field-name').waitFor()
    }

    await editName(first, 'Name saved in the first window')
    await expect.poll(() => storedName(id), { timeout: 30_000 }).toBe('Name saved in the first window')

    // the second window, editing its copy from before, is told it is out of date and offered only a reload
    await second.locator('#field-name').fill('Name typed in the second window')
    await second.getByText('Document modified').waitFor({ timeout: 60_000 })
    expect(await storedName(id)).toBe('Name saved in the first window')
    await second.locator('#document-stale-data-reload').click()
    await expect
      .poll(() => second.locator('#field-name').inputValue(), { timeout: 30_000 })
      .toBe('Name saved in the first window')
  }, 300_000)
})
