/**
 * The review gate from the first save to the live site, on the real CMS server, site updater, site
 * server and browser: a translator's Lithuanian draft of a published cluster, then an editor's fix of
 * the English name. The live English page shows the fix; the live Lithuanian page keeps the last
 * approved text — and so do anonymous REST and GraphQL reads — until a Lithuanian reviewer, in the
 * Lithuanian admin, opens their queue, reads what changed in the source and approves; text sent back
 * never goes live.
 */
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { translate } from '../../cms/i18n/messages'
import { buildSite } from '../../scripts/lib/siteBuild'
import { startSiteUpdater } from '../../scripts/lib/siteUpdater'
import { launchChromium, signedInAdminPage } from './support/browser'
import { type CmsServer, startCmsServer, startSiteServer, type TestUser } from './support/servers'
import { stopAll } from './support/stopAll'

let cms: CmsServer
let site: Awaited<ReturnType<typeof startSiteServer>>
let stopUpdater: () => Promise<void>
let browser: Browser
const tokens: Record<string, string> = {}

const translator: TestUser = {
  email: 'translator-lt@example.com',
  password: 'translator-password-1',
  role: 'translator',
  name: 'Rūta Vertėja',
  assignedLocales: ['lt'],
}
const reviewer: TestUser = {
  email: 'reviewer-lt@example.com',
  password: 'reviewer-password-1',
  role: 'reviewer',
  name: 'Jonas Recenzentas',
  assignedLocales: ['lt'],
}
const editor: TestUser = {
  email: 'editor@example.com',
  password: 'editor-password-1',
  role: 'editor',
  name: 'Anna Nowak',
}

/** Each test waits for two or three site builds, on a machine that may be busy. */
const TEST_TIMEOUT = 400_000

/** A cluster written in English and translated into Lithuanian, published, with its two pages' paths. */
interface Cluster {
  id: number
  en: string
  lt: string
}

async function api(method: string, path: string, token?: string, body?: unknown) {
  const response = await fetch(`${cms.url}${path}`, {
    method,
    headers: { 'Content-Type': 'application/json', ...(token ? { Authorization: `JWT ${token}` } : {}) },
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  return { status: response.status, body: await response.json() }
}

/** The live page's <h1>, or the status when there is no page. */
async function heading(path: string): Promise<string> {
  const response = await fetch(`${site.url}${path}`)
  if (response.status !== 200) return `HTTP ${response.status}`
  return /<h1>([^<]*)<\/h1>/.exec(await response.text())?.[1] ?? ''
}

/** What an anonymous reader gets as the Lithuanian name, over REST and over GraphQL (they must agree). */
async function publicLithuanianName(id: number): Promise<string> {
  const rest = await api('GET', `/api/clusters/${id}?locale=lt&fallback-locale=none`)
  const graphql = await api('POST', '/api/graphql', undefined, {
    query: `{ Cluster(id: ${id}, locale: lt, fallbackLocale: none) { name } }`,
  })
  expect(graphql.body.data.Cluster.name).toBe(rest.body.name)
  return rest.body.name
}

/** Publishes a cluster in English and Lithuanian (as the editor), and waits until both pages are live. */
async function publishedCluster(en: string, lt: string): Promise<Cluster> {
  const created = await api('POST', '/api/clusters?locale=en', tokens.editor, {
    name: en,
    sourceLocale: 'en',
    _status: 'published',
  })
  expect(created.status, JSON.stringify(created.body)).toBe(201)
  const id = created.body.doc.id as number
  const translated = await api('PATCH', `/api/clusters/${id}?locale=lt`, tokens.editor, {
    name: lt,
    _status: 'published',
  })
  expect(translated.status).toBe(200)
  const cluster = {
    id,
    en: `/en/clusters/${created.body.doc.slug}/`,
    lt: `/lt/klasteriai/${translated.body.doc.slug}/`,
  }
  await expect.poll(() => heading(cluster.lt), { timeout: 180_000, interval: 500 }).toBe(lt)
  return cluster
}

beforeAll(async () => {
  cms = await startCmsServer({ users: [translator, reviewer, editor] })
  const env = { ...cms.env, CMS_URL: cms.url, SITE_URL: 'http://localhost' }
  expect((await buildSite(env, { quiet: true })).ok).toBe(true)
  site = await startSiteServer(env)
  stopUpdater = startSiteUpdater(cms.payload, env, { onPublished: () => site.server.restart() }).stop
  for (const user of [translator, reviewer, editor]) {
    tokens[user.role] = (await api('POST', '/api/users/login', undefined, user)).body.token
  }
  browser = await launchChromium()
}, 600_000)

afterAll(() => stopAll(browser, stopUpdater, site, cms))

describe('translation review', () => {
  it(
    "an editor's English fix goes live without the translator's unreviewed Lithuanian; the reviewer approves it in the Lithuanian admin",
    async () => {
      const cluster = await publishedCluster('Baltic Amber Clustr', 'Baltijos gintaro klasteris')
      const draft = await api('PATCH', `/api/clusters/${cluster.id}?locale=lt`, tokens.translator, {
        name: 'Baltijos gintaro pramonės klasteris',
      })
      expect(draft.status, JSON.stringify(draft.body)).toBe(200)
      const fix = await api('PATCH', `/api/clusters/${cluster.id}?locale=en`, tokens.editor, {
        name: 'Baltic Amber Cluster',
        _status: 'published',
      })
      expect(fix.status, JSON.stringify(fix.body)).toBe(200)
      await expect.poll(() => heading(cluster.en), { timeout: 180_000, interval: 500 }).toBe('Baltic Amber Cluster')
      // the same update rendered the Lithuanian page: it still shows the approved text
      expect(await heading(cluster.lt)).toBe('Baltijos gintaro klasteris')
      expect(await publicLithuanianName(cluster.id)).toBe('Baltijos gintaro klasteris')

      // the reviewer, whose admin speaks Lithuanian, finds the document in their queue on the dashboard
      const t = (key: Parameters<typeof translate>[1]) => translate({ language: 'lt' }, key)
      const page = await signedInAdminPage(browser, cms.url, reviewer, { language: 'lt' })
      const queue = page.locator('[data-panel="review"] li[data-locale="lt"]')
      await expect.poll(() => queue.getAttribute('data-waiting'), { timeout: 60_000 }).toBe('1')
      await queue.getByRole('link').click()
      await page.waitForURL(/collections\/clusters\?/)
      await page.locator(`table tbody a[href*="/collections/clusters/${cluster.id}"]`).first().click()
      await page.waitForURL(new RegExp(`collections/clusters/${cluster.id}`))

      // what changed in the English source since the translation was made, word by word
      const changes = page.locator('.source-changes')
      await expect
        .poll(() => changes.locator('[data-field="name"] del').textContent(), { timeout: 60_000 })
        .toContain('Clustr')
      expect(await changes.locator('[data-field="name"] ins').textContent()).toContain('Cluster')
      expect(await changes.textContent()).toContain(t('review.sourceChangesTitle'))

      const panel = page.locator('.review-panel')
      expect(await panel.getAttribute('data-review')).toBe('pending')
      await panel.getByRole('button', { name: t('review.approve') }).click()
      await expect
        .poll(() => publicLithuanianName(cluster.id), { timeout: 60_000 })
        .toBe('Baltijos gintaro pramonės klasteris')
      await expect
        .poll(
          async () =>
            heading(`/lt/klasteriai/${(await api('GET', `/api/clusters/${cluster.id}?locale=lt`)).body.slug}/`),
          {
            timeout: 180_000,
            interval: 500,
          },
        )
        .toBe('Baltijos gintaro pramonės klasteris')
      // the page reloaded: nothing waits any more, and the approval is in the conversation
      await expect
        .poll(() => page.locator('.review-panel').getAttribute('data-review'), { timeout: 60_000 })
        .toBe('none')
      expect(await page.locator('.review-comments li[data-kind="approved"]').textContent()).toContain(reviewer.name)
      await page.context().close()
    },
    TEST_TIMEOUT,
  )

  it(
    'text sent back never goes live, though the document is published again meanwhile',
    async () => {
      const cluster = await publishedCluster('Amber Coast Cluster', 'Gintaro pakrantės klasteris')
      await api('PATCH', `/api/clusters/${cluster.id}?locale=lt`, tokens.translator, {
        name: 'Gintaro krantas (neteisinga)',
      })
      const rejected = await api('POST', '/api/translations/review', tokens.reviewer, {
        collection: 'clusters',
        id: cluster.id,
        locale: 'lt',
        decision: 'reject',
        comment: 'Pavadinimas turi likti „klasteris“.',
      })
      expect(rejected.status, JSON.stringify(rejected.body)).toBe(200)
      const republished = await api('PATCH', `/api/clusters/${cluster.id}?locale=en`, tokens.editor, {
        name: 'Amber Coast Cluster (Klaipėda)',
        _status: 'published',
      })
      expect(republished.status).toBe(200)
      await expect
        .poll(() => heading(cluster.en), { timeout: 180_000, interval: 500 })
        .toBe('Amber Coast Cluster (Klaipėda)')
      expect(await heading(cluster.lt)).toBe('Gintaro pakrantės klasteris')
      expect(await publicLithuanianName(cluster.id)).toBe('Gintaro pakrantės klasteris')
    },
    TEST_TIMEOUT,
  )
})
