/** Debian's Chromium driven by playwright-core, with the flags this closed network needs. */
import { type Browser, chromium } from 'playwright-core'

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
