/** Debian's Chromium driven by playwright-core, with the flags this closed network needs. */
import { type Browser, chromium, type Page } from 'playwright-core'

/** Launches headless Chromium (CHROMIUM_PATH, default /usr/bin/chromium). */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    // without the background-networking flags Chromium keeps trying hosts this machine cannot reach
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  })
}

/**
 * Opens a new page signed in to the Payload admin at `cmsUrl` as the given user; with `language`, the
 * admin speaks it (Payload keeps the admin language in its `payload-lng` cookie) and the page has its
 * own browser context, at `width` pixels (default 1280).
 */
export async function signedInAdminPage(
  browser: Browser,
  cmsUrl: string,
  user: { email: string; password: string },
  { language, width = 1280 }: { language?: string; width?: number } = {},
): Promise<Page> {
  const context = language ? await browser.newContext({ viewport: { width, height: 900 } }) : undefined
  if (context) await context.addCookies([{ name: 'payload-lng', value: language as string, url: cmsUrl }])
  const page = context ? await context.newPage() : await browser.newPage()
  await page.goto(`${cmsUrl}/admin/login`)
  await page.fill('#field-email', user.email)
  await page.fill('#field-password', user.password)
  await page.click('button[type=submit]')
  await page.waitForURL('**/admin')
  return page
}
