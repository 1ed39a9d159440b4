import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import type { AxeResults } from 'axe-core'
import type { Page } from 'playwright-core'

/** The WCAG 2.2 AA rules, by axe-core's tags. */
const WCAG_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8')

/**
 * axe-core's WCAG 2.2 AA violations on a page at each of the widths, in one load of the page: axe is
 * put into the page once and run at one width after the other. (`@axe-core/playwright` put its half
 * megabyte of script into the page twice, and once more into a blank page it opened, for every
 * analysis: about three quarters of the time on our small pages.) Our pages have no frames.
 */
export async function axeViolations(
  page: Page,
  widths: { width: number; height: number }[],
): Promise<{ width: number; violations: AxeResults['violations'] }[]> {
  await page.evaluate(axeSource)
  const found = []
  for (const viewport of widths) {
    await page.setViewportSize(viewport)
    // the layout at the new width, before axe reads it
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))))
    const violations = await page.evaluate(
      async (tags) =>
        (
          await (window as unknown as { axe: typeof import('axe-core') }).axe.run(document, {
            runOnly: { type: 'tag', values: tags },
            resultTypes: ['violations'],
          })
        ).violations,
      WCAG_AA,
    )
    found.push({ width: viewport.width, violations })
  }
  return found
}
