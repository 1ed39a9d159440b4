/**
 * From "Publish" to the live static page with nobody running a command: the CMS queues a site update,
 * the site updater renders the pages it touches and swaps the site in. Real CMS server, real site
 * server, real browser; an incremental result is compared with a full rebuild byte for byte.
 *
 * The review gate rides the same path: a translator's unapproved text stays off the live pages whoever
 * publishes, until a reviewer approves it in the admin (Lithuanian) after reading what changed.
 *
 * The servers and the first full build are shared; the documents are not. Each test publishes the
 * documents it changes (or takes a seeded one no other test touches), so it passes alone and in any order.
 */
import { execFileSync } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { existsSync, readdirSync, readFileSync, realpathSync, rmSync, statSync } from 'node:fs'
import path from 'node:path'
import { gunzipSync } from 'node:zlib'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { translate } from '../../cms/i18n/messages'
import type { SiteUpdate } from '../../cms/payload-types'
import {
  buildSite,
  keptRendererPid,
  keptRendererReady,
  refreshSearchIndex,
  stopKeptRenderer,
} from '../../scripts/lib/siteBuild'
import { CARRIED_OVER } from '../../scripts/lib/siteBuild/searchCarryOver'
import { pendingPages, RECENT } from '../../scripts/lib/siteBuild/searchOverlay'
import { startSiteUpdater } from '../../scripts/lib/siteUpdater'
import { contentType } from '../../shared/contentTypes'
import { createPreviewToken, previewSecret } from '../../shared/formats/previewToken'
import { launchChromium, signedInAdminPage } from './support/browser'
import { type CmsServer, startCmsServer, startSiteServer } from './support/servers'
import { stopAll } from './support/stopAll'

let cms: CmsServer
let site: Awaited<ReturnType<typeof startSiteServer>>
let stopUpdater: () => Promise<void>
let browser: Browser
let editor: { email: string; password: string; name: string; token: string }
let env: NodeJS.ProcessEnv

const uid = () => randomBytes(4).toString('hex')

/** Each test waits for one to three site builds, on a machine that may be busy. */
const TEST_TIMEOUT = 400_000

/** The site updater as `npm start` runs it: the site server follows every published build. */
const startUpdater = () => startSiteUpdater(cms.payload, env, { onPublished: () => site.server.restart() }).stop

/** The manifest of the live build: how it was made, and whether its search index is current. */
const liveManifest = () => JSON.parse(readFileSync('site/dist/build.json', 'utf8')) as { kind: string; search: string }

/** Whether the live site's Pagefind index holds the text (its fragments are gzipped JSON). */
function searchIndexHas(text: string): boolean {
  const dir = 'site/dist/client/pagefind'
  // not the files it was given from the index before it, for search pages opened before
  const given = givenFiles(dir)
  return readdirSync(path.join(dir, 'fragment')).some(
    (f) =>
      !given.has(`fragment/${f}`) &&
      gunzipSync(readFileSync(path.join(dir, 'fragment', f)))
        .toString('utf8')
        .includes(text),
  )
}

/** The files a search index was given from the one before it (scripts/lib/siteBuild/searchCarryOver.ts). */
function givenFiles(pagefind: string): Set<string> {
  const file = path.join(pagefind, CARRIED_OVER)
  return new Set(existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as string[]) : [])
}

/** The pages the live build's full search index is behind on (scripts/lib/siteBuild/searchOverlay.ts). */
const pending = () => pendingPages(realpathSync('site/dist'))

/**
 * The results the English search page lists for `word` in Chromium that have it in their title, once
 * Pagefind has answered. (Pagefind also matches words that only begin alike, on other pages.)
 */
async function resultsNaming(word: string): Promise<string[]> {
  const p = await browser.newPage()
  try {
    await p.goto(`${site.url}/en/search/`)
    await p.locator('#search input').fill(word)
    // "1 result for …" or "No results for …", not "Searching for …"
    await p
      .locator('.pagefind-ui__message', { hasText: new RegExp(`(results? for|No results for) ${word}$`) })
      .waitFor({ timeout: 15_000 })
    return (await p.locator('.pagefind-ui__result-link').allTextContents()).filter((title) => title.includes(word))
  } finally {
    await p.close()
  }
}

/** The files of the live build's search index (client/pagefind), relative to it. */
function liveSearchFiles(): string[] {
  const dir = path.join(realpathSync('site/dist'), 'client/pagefind')
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((f) => f.isFile())
    .map((f) => path.relative(dir, path.join(f.parentPath, f.name)))
}

/** Fetches a site page's <h1> (or the status when there is no page). */
async function heading(path: string): Promise<string> {
  // a refused or reset connection is a failure of the site, not something to wait out
  const response = await fetch(`${site.url}${path}`)
  if (response.status !== 200) return `HTTP ${response.status}`
  return /<h1>([^<]*)<\/h1>/.exec(await response.text())?.[1] ?? ''
}

/** Waits until `check` returns true, or fails after `seconds`. */
async function eventually(check: () => Promise<boolean> | boolean, seconds = 120): Promise<void> {
  const until = Date.now() + seconds * 1000
  while (Date.now() < until) {
    if (await check()) return
    await new Promise((r) => setTimeout(r, 250))
  }
  throw new Error(`not within ${seconds} s`)
}

/** A REST call as the editor, or as the user whose token is given (`null`: anonymously). */
async function rest(method: string, path: string, body?: unknown, token: string | null = editor.token) {
  const response = await fetch(`${cms.url}${path}`, {
    method,
    headers: { 'Content-Type': 'application/json', ...(token ? { Authorization: `JWT ${token}` } : {}) },
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  return { status: response.status, body: await response.json() }
}

/** The collections these tests publish (each has a `name` title). */
type PublishedCollection = 'clusters' | 'routes' | 'organizations'

/** A document this test published, and the address of its English page. */
interface Published {
  id: number
  name: string
  path: string
}

/**
 * Publishes a new document in English through REST as the editor and waits until its page is live,
 * so the test that asked for it starts from a site that shows it.
 */
async function publishNew(
  collection: PublishedCollection,
  name: string,
  data: Record<string, unknown> = {},
): Promise<Published> {
  const created = await rest('POST', `/api/${collection}?locale=en`, {
    name,
    sourceLocale: 'en',
    _status: 'published',
    ...data,
  })
  expect(created.status, JSON.stringify(created.body)).toBe(201)
  const { id, slug } = created.body.doc as { id: number; slug: string }
  const published = { id, name, path: `/en/${contentType(collection).pathSegments.en}/${slug}/` }
  await eventually(async () => (await heading(published.path)) === name)
  return published
}

/** Every site update with a reason line `<collection> <id> <what>` (`what` a pattern, e.g. `updated`), oldest first. */
async function updatesFor(collection: string, id: number, what: string): Promise<SiteUpdate[]> {
  const { docs } = await cms.payload.find({ collection: 'site-updates', sort: 'createdAt', pagination: false })
  // the pattern ends where a word does, in any script (a name may end in ė)
  const line = new RegExp(`^${collection} ${id} ${what}(?![\\p{L}\\p{N}])`, 'mu')
  return docs.filter((d) => line.test(d.reasons ?? ''))
}

/** The one site update that names this change, once it has finished. */
async function finishedUpdateFor(collection: string, id: number, what: string): Promise<SiteUpdate> {
  let update: SiteUpdate | undefined
  await eventually(async () => {
    update = (await updatesFor(collection, id, what)).find((d) => d.finishedAt)
    return update !== undefined
  })
  return update as SiteUpdate
}

beforeAll(async () => {
  cms = await startCmsServer()
  env = { ...cms.env, CMS_URL: cms.url, SITE_URL: 'http://localhost' }
  expect((await buildSite(env, { quiet: true })).ok).toBe(true)
  site = await startSiteServer(env)
  stopUpdater = startUpdater()
  editor = { email: 'editor@example.com', password: 'editor-password-1', name: 'Eglė Redaktorė', token: '' }
  await cms.payload.create({ collection: 'users', data: { ...editor, role: 'editor' } })
  const login = await fetch(`${cms.url}/api/users/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(editor),
  })
  editor.token = (await login.json()).token
  browser = await launchChromium()
}, 600_000)

afterAll(() => stopAll(browser, stopUpdater, stopKeptRenderer, site, cms))

describe('publishing updates the live site', () => {
  it(
    'shows a published change to a seeded cluster, and records the update for editors',
    async () => {
      // the seeded LTPP cluster is this test's own: no other test changes it
      const { id } = (
        await cms.payload.find({ collection: 'clusters', where: { seedKey: { equals: 'ltpp-cluster' } } })
      ).docs[0]
      expect(await heading('/en/clusters/ltpp-cluster/')).toBe('LTPP Cluster')
      const { status } = await rest('PATCH', `/api/clusters/${id}?locale=en`, {
        name: 'LTPP Logistics Cluster',
        _status: 'published',
      })
      expect(status).toBe(200)
      await eventually(async () => (await heading('/en/clusters/ltpp-cluster/')) === 'LTPP Logistics Cluster')
      const update = await finishedUpdateFor('clusters', id, `updated “LTPP Logistics Cluster” by ${editor.name}`)
      // the record names the document by title and the editor by name, never by e-mail address
      expect(update.changes).toContainEqual({
        action: 'updated',
        collection: 'clusters',
        id: String(id),
        title: 'LTPP Logistics Cluster',
        user: editor.name,
      })
      expect(update.documents).toContain(`clusters:${id}`)
      expect(JSON.stringify(update)).not.toContain(editor.email)
      // only the pages the change touches were rendered; the rest of the live build was carried over
      expect(update).toMatchObject({ status: 'succeeded', kind: 'incremental' })
      expect(update.log).toMatch(/Incremental update: 1 changed, pages of \d+ documents and \d+ list pages to render/)
      expect(update.durationMs).toBeGreaterThan(0)
    },
    TEST_TIMEOUT,
  )

  it(
    'finds a renamed page by its new name only: within seconds through the search overlay, then in the full index',
    async () => {
      const [before, after] = [uid(), uid()]
      const cluster = await publishNew('clusters', `Searchable cluster ${before}`)
      const renamed = `Renamed cluster ${after}`
      // the full index has the cluster: the updater indexed its pages, then the whole site again
      await eventually(
        () => liveManifest().search === 'current' && pending().length === 0 && searchIndexHas(cluster.name),
      )
      // the update and both steps of the search refresh driven here, one at a time, as the updater runs them
      await stopUpdater()
      try {
        await rest('PATCH', `/api/clusters/${cluster.id}?locale=en`, { name: renamed, _status: 'published' })
        expect(await buildSite(env, { quiet: true, keepRenderer: true })).toMatchObject({
          ok: true,
          kind: 'incremental',
        })
        await site.server.restart()
        expect(liveManifest().search).toBe('stale')
        expect(pending()).toContain(`${cluster.path.slice(1)}index.html`)

        const overlay = await refreshSearchIndex()
        expect(overlay).toMatchObject({ refreshed: true, kind: 'overlay', more: true })
        expect(liveManifest().search).toBe('current')
        // the full index still has the old name; the search page leaves that entry out
        expect(searchIndexHas(cluster.name)).toBe(true)
        expect(await resultsNaming(after)).toEqual([`Clusters · ${renamed}`])
        expect(await resultsNaming(before)).toEqual([])

        // what a search page opened now fetches as the reader types: the full index and the overlay's bundle
        // (not the files the full index was given from the one before it, which that page never asks for)
        const pagefind = path.join(realpathSync('site/dist'), 'client/pagefind')
        const given = givenFiles(pagefind)
        const opened = liveSearchFiles().filter((f) => ![RECENT, CARRIED_OVER].includes(f) && !given.has(f))
        const entry = JSON.parse(readFileSync(path.join(pagefind, 'pagefind-entry.json'), 'utf8')) as {
          languages: Record<string, { hash: string }>
        }
        for (const { hash } of Object.values(entry.languages)) expect(opened).toContain(`pagefind.${hash}.pf_meta`)
        expect(opened.filter((f) => f.startsWith('recent/')).length).toBeGreaterThan(0)
        const full = await refreshSearchIndex()
        expect(full).toMatchObject({ refreshed: true, kind: 'full', more: false })
        await site.server.restart()
        // still there after the new full index went live, so that page keeps working
        const stillThere = new Set(liveSearchFiles())
        expect(opened.filter((f) => !stillThere.has(f))).toEqual([])
        for (const file of opened.filter((f) => f.endsWith('.pf_meta') || f.startsWith('recent/')))
          expect((await fetch(`${site.url}/pagefind/${file}`)).status, file).toBe(200)
        expect(pending()).toEqual([])
        expect([searchIndexHas(cluster.name), searchIndexHas(renamed)]).toEqual([false, true])
        expect(existsSync('site/dist/client/pagefind/recent.json')).toBe(false)
        expect(await resultsNaming(after)).toEqual([`Clusters · ${renamed}`])
        expect(await resultsNaming(before)).toEqual([])
        // nothing more to do
        expect(await refreshSearchIndex()).toMatchObject({ refreshed: false, more: false })
      } finally {
        stopUpdater = startUpdater()
      }
    },
    TEST_TIMEOUT,
  )

  it(
    'does not rebuild for a draft saved over a published document',
    async () => {
      const cluster = await publishNew('clusters', `Published cluster ${uid()}`)
      const before = (await cms.payload.count({ collection: 'site-updates' })).totalDocs
      const { status } = await rest('PATCH', `/api/clusters/${cluster.id}?locale=en&draft=true`, {
        name: 'Draft name only',
      })
      expect(status).toBe(200)
      expect((await cms.payload.count({ collection: 'site-updates' })).totalDocs).toBe(before)
      // nor joined to an update already queued: the only update that names the cluster is its publish
      expect(await updatesFor('clusters', cluster.id, '\\w+')).toHaveLength(1)
      expect(await heading(cluster.path)).toBe(cluster.name)
    },
    TEST_TIMEOUT,
  )

  it(
    'turns two quick publishes into one coherent site, never building twice at once',
    async () => {
      const [cluster, route] = await Promise.all([
        publishNew('clusters', `Quick cluster ${uid()}`),
        publishNew('routes', `Quick route ${uid()}`),
      ])
      // "quick": both saves land before the updater takes the queue. Pausing it makes that certain;
      // a running updater takes the queue every half second, so two requests might straddle a pass.
      await stopUpdater()
      try {
        const saves = await Promise.all([
          rest('PATCH', `/api/clusters/${cluster.id}?locale=en`, {
            name: `${cluster.name} (updated)`,
            _status: 'published',
          }),
          rest('PATCH', `/api/routes/${route.id}?locale=en`, { name: `${route.name} (updated)`, _status: 'published' }),
        ])
        expect(saves.map((s) => s.status)).toEqual([200, 200])
      } finally {
        stopUpdater = startUpdater()
      }
      await eventually(
        async () =>
          (await heading(cluster.path)) === `${cluster.name} (updated)` &&
          (await heading(route.path)) === `${route.name} (updated)`,
      )
      // one build covered both changes: the updates that name them ran as one, and it rendered both
      const clusterUpdate = await finishedUpdateFor('clusters', cluster.id, 'updated')
      const routeUpdate = await finishedUpdateFor('routes', route.id, 'updated')
      expect(await updatesFor('clusters', cluster.id, 'updated')).toHaveLength(1)
      expect(await updatesFor('routes', route.id, 'updated')).toHaveLength(1)
      expect(routeUpdate.startedAt).toBe(clusterUpdate.startedAt)
      expect(routeUpdate.finishedAt).toBe(clusterUpdate.finishedAt)
      expect(clusterUpdate).toMatchObject({ status: 'succeeded', kind: 'incremental' })
      expect(clusterUpdate.log).toMatch(
        /Incremental update: 2 changed, pages of \d+ documents and \d+ list pages to render/,
      )
      // and no two builds of this site ever overlapped
      const { docs } = await cms.payload.find({ collection: 'site-updates', sort: 'startedAt', pagination: false })
      const runs = docs
        .filter((d) => d.startedAt && d.finishedAt)
        .map((d) => [Date.parse(d.startedAt as string), Date.parse(d.finishedAt as string)])
      const distinct = [...new Map(runs.map((r) => [r.join('-'), r])).values()]
      expect(distinct.length).toBeGreaterThan(1)
      for (let i = 1; i < distinct.length; i++) expect(distinct[i][0]).toBeGreaterThanOrEqual(distinct[i - 1][1])
    },
    TEST_TIMEOUT,
  )

  it(
    'refuses to unpublish what a published page shows; a reference that slips past the CMS is left out, not fatal',
    async () => {
      const org = await rest('POST', '/api/organizations?locale=en', {
        name: 'Withdrawn body',
        sourceLocale: 'en',
        _status: 'published',
      })
      const cluster = await rest('POST', '/api/clusters?locale=en', {
        name: 'Cluster of a withdrawn body',
        coordinator: org.body.doc.id,
        sourceLocale: 'en',
        _status: 'published',
      })
      const coordinatorLink = async () => {
        const response = await fetch(`${site.url}/en/clusters/cluster-of-a-withdrawn-body/`)
        return response.status === 200 && (await response.text()).includes('Withdrawn body</a>')
      }
      await eventually(coordinatorLink)
      // the CMS says no, naming the page that shows it
      const refused = await rest('PATCH', `/api/organizations/${org.body.doc.id}?locale=en`, { _status: 'draft' })
      expect(refused.status).toBe(409)
      expect(refused.body.errors[0].message).toContain(
        `is shown by the cluster “Cluster of a withdrawn body” (id ${cluster.body.doc.id})`,
      )
      // a change made in the database behind the CMS's back does not ask; the next update goes live anyway
      await cms.payload.db.updateOne({ collection: 'organizations', id: org.body.doc.id, data: { _status: 'draft' } })
      const next = await publishNew('routes', `Route published after the withdrawal ${uid()}`)
      expect(await coordinatorLink()).toBe(false)
      expect(await heading('/en/clusters/cluster-of-a-withdrawn-body/')).toBe('Cluster of a withdrawn body')
      expect(await heading(`/en/organisations/withdrawn-body/`)).toBe('HTTP 404')
      const update = await finishedUpdateFor('routes', next.id, 'published')
      expect(update.status).toBe('succeeded')
      expect(update.log).toContain(
        `clusters "Cluster of a withdrawn body" (id ${cluster.body.doc.id}): coordinator points to organizations id ${org.body.doc.id}, which does not exist or is not published`,
      )
    },
    TEST_TIMEOUT,
  )

  it(
    'keeps serving the previous site when an update fails, and shows the failure to editors',
    async () => {
      const cluster = await publishNew('clusters', `Cluster before a failed update ${uid()}`)
      const missed = `${cluster.name}, published while the site could not update`
      // an updater that cannot reach the CMS: every update it takes fails
      await stopUpdater()
      const failing = startSiteUpdater(cms.payload, { ...env, CMS_URL: 'http://127.0.0.1:9' }).stop
      try {
        await rest('PATCH', `/api/clusters/${cluster.id}?locale=en`, { name: missed, _status: 'published' })
        await eventually(async () => (await updatesFor('clusters', cluster.id, 'updated')).some((d) => d.finishedAt))
      } finally {
        await failing()
        stopUpdater = startUpdater()
      }
      const [failed] = await updatesFor('clusters', cluster.id, 'updated')
      expect(failed.status).toBe('failed')
      expect(failed.log).toContain('Cannot reach the CMS at http://127.0.0.1:9')
      expect(failed.log).toContain('the live site is unchanged')
      expect(await heading(cluster.path)).toBe(cluster.name)
      // the next update brings the site up to date again, the missed change included
      await rest('PATCH', `/api/clusters/${cluster.id}?locale=en`, { _status: 'published' })
      await eventually(async () => (await heading(cluster.path)) === missed)
    },
    TEST_TIMEOUT,
  )

  it(
    'starts a new kept renderer when it has died, and renders with a partial build when one cannot start',
    async () => {
      const rendered = /Rendered \d+ files and \d+ new images in [\d.]+ s \(kept renderer, /
      // the renderer is an `astro build` child of this process, where the updater runs
      const astroChildren = () =>
        execFileSync('ps', ['-o', 'pid=,args=', '--ppid', String(process.pid)], { encoding: 'utf8' })
          .split('\n')
          .filter((line) => line.includes('astro build'))
          .map((line) => Number(line.trim().split(/\s+/)[0]))
      const renderer = () => keptRendererPid() as number
      const first = await publishNew('clusters', `Cluster before the renderer dies ${uid()}`)
      expect((await finishedUpdateFor('clusters', first.id, 'published')).log).toMatch(rendered)

      // killed between updates, as a crash or the OOM killer would: the next update starts another
      expect(astroChildren()).toEqual([renderer()])
      process.kill(renderer(), 'SIGKILL')
      const second = await publishNew('clusters', `Cluster after the renderer died ${uid()}`)
      const restarted = await finishedUpdateFor('clusters', second.id, 'published')
      expect(restarted.log).toContain('The kept renderer had ended (SIGKILL); a new one was started.')
      expect(restarted.log).toMatch(rendered)

      // killed while it starts (bundling takes seconds): this update's pages come from a partial build
      await stopKeptRenderer()
      const third = await rest('POST', '/api/clusters?locale=en', {
        name: `Cluster rendered by a partial build ${uid()}`,
        sourceLocale: 'en',
        _status: 'published',
      })
      expect(third.status).toBe(201)
      await eventually(() => keptRendererPid() !== undefined)
      process.kill(renderer(), 'SIGKILL')
      const thirdId = (third.body.doc as { id: number }).id
      const fallback = await finishedUpdateFor('clusters', thirdId, 'published')
      expect(fallback).toMatchObject({ status: 'succeeded', kind: 'incremental' })
      expect(fallback.log).toContain(
        'The kept renderer could not render this update (the kept renderer ended (SIGKILL)',
      )
      expect(fallback.log).toContain('a partial build renders it instead')
      expect(fallback.log).not.toMatch(rendered)
      const page = third.body.doc as { slug: string; name: string }
      await eventually(async () => (await heading(`/en/clusters/${page.slug}/`)) === page.name)
    },
    TEST_TIMEOUT,
  )

  it(
    'starts on a live site with a kept renderer holding its content, and catches up with a search left behind',
    async () => {
      // as `npm start` on a live site that is up to date: no full build, so nothing else starts the renderer
      await stopUpdater()
      let restarted = false
      try {
        await stopKeptRenderer()
        const previewImages = () => readdirSync('site/node_modules/.astro/og').length
        const imagesBefore = previewImages()
        expect(await buildSite(env, { quiet: true, keepRenderer: true })).toMatchObject({ ok: true, kind: 'unchanged' })
        expect(await keptRendererReady()).toBe(true)
        // its warm-up rehearsed updates with made-up titles, whose preview images it drew but did not keep
        expect(previewImages()).toBe(imagesBefore)
        const cluster = await rest('POST', '/api/clusters?locale=en', {
          name: `Cluster published after a start ${uid()}`,
          sourceLocale: 'en',
          _status: 'published',
        })
        expect(cluster.status).toBe(201)
        const update = await buildSite(env, { quiet: true, keepRenderer: true })
        expect(update).toMatchObject({ ok: true, kind: 'incremental' })
        // the renderer started then was ready and held the content this update was planned against
        expect(update.output).toMatch(/\(kept renderer, sent the content changes ahead\)/)
        expect(update.output).not.toContain('a new one was started')

        // the process ends before the search caught up with that update: an updater started afterwards
        // brings it up to date while idle, with no publish to set it off
        expect(liveManifest().search).toBe('stale')
        stopUpdater = startUpdater()
        restarted = true
        await eventually(() => liveManifest().search === 'current' && pending().length === 0)
      } finally {
        if (!restarted) stopUpdater = startUpdater()
      }
    },
    TEST_TIMEOUT,
  )

  it(
    'removes the pages of an unpublished document',
    async () => {
      // a new cluster: no other published document refers to it (the CMS refuses to unpublish one that published pages show)
      const cluster = await publishNew('clusters', `Cluster to unpublish ${uid()}`)
      const { status } = await rest('PATCH', `/api/clusters/${cluster.id}?locale=en`, { _status: 'draft' })
      expect(status).toBe(200)
      await eventually(async () => (await heading(cluster.path)) === 'HTTP 404')
    },
    TEST_TIMEOUT,
  )

  it(
    'keeps only the live build and the one before it, deleting older ones in the background',
    async () => {
      // two updates after the first build make at least three builds; deletion runs in child processes
      // after each switch, so it is waited for
      const cluster = await publishNew('clusters', `Cluster of many builds ${uid()}`)
      await rest('PATCH', `/api/clusters/${cluster.id}?locale=en`, {
        name: `${cluster.name} (again)`,
        _status: 'published',
      })
      await eventually(async () => (await heading(cluster.path)) === `${cluster.name} (again)`)
      await eventually(() => {
        const live = path.basename(realpathSync('site/dist'))
        const builds = readdirSync('site/builds')
        return builds.length <= 2 && builds.includes(live) && builds.every((b) => /^\d+-\d+$/.test(b))
      }, 30)
    },
    TEST_TIMEOUT,
  )
})

describe('incremental updates against a full rebuild', () => {
  it(
    'gives the same pages, byte for byte, as rebuilding everything from the same content',
    async () => {
      // a change with neighbours (the coordinator's page lists the cluster), made the incremental way
      const coordinator = (
        await cms.payload.find({ collection: 'organizations', where: { seedKey: { equals: 'innobaltica' } } })
      ).docs[0]
      const cluster = await publishNew('clusters', `Cluster coordinated by Innobaltica ${uid()}`, {
        coordinator: coordinator.id,
      })
      const update = await finishedUpdateFor('clusters', cluster.id, 'published')
      expect(update).toMatchObject({ kind: 'incremental' })
      // rendered by the kept renderer, not by the partial build it falls back to, from the changes it was
      // sent to the content it held, ahead of the render request (while the updater planned)
      expect(update.log).toMatch(
        /Rendered \d+ files and \d+ new images in [\d.]+ s \(kept renderer, sent the content changes ahead\)/,
      )
      // nothing queued or running, and the search index refreshed, so the live build stays put meanwhile
      await eventually(
        async () =>
          (await cms.payload.count({ collection: 'site-updates', where: { status: { in: ['queued', 'running'] } } }))
            .totalDocs === 0 && liveManifest().search === 'current',
      )
      const live = realpathSync('site/dist')
      expect(JSON.parse(readFileSync(path.join(live, 'build.json'), 'utf8')).kind).toBe('incremental')
      const other = path.join('site', `.full-${process.pid}`)
      try {
        // in three processes, as a big site's full build on six cores: the shards' pages, moved
        // together, are the pages one process and the updates since made (scripts/lib/siteBuild/shardedBuild.ts)
        const full = await buildSite({ ...env, SITE_BUILD_PROCESSES: '3' }, { quiet: true, liveDir: other, full: true })
        expect(full, full.output).toMatchObject({ ok: true, kind: 'full' })
        // each shard started only once the one before had synced its content (Astro's sync writes into
        // site/.astro, which the shards share): in the headers of their output
        const shards = [
          ...full.output.matchAll(/\[shard (\d) of 3: started ([\d.]+) s in, content synced ([\d.]+) s in\]/g),
        ]
          .map(([, part, started, synced]) => ({
            part: Number(part),
            started: Number(started),
            synced: Number(synced),
          }))
          .sort((a, b) => a.part - b.part)
        expect(shards.map(({ part }) => part)).toEqual([1, 2, 3])
        for (const index of [1, 2]) expect(shards[index].started).toBeGreaterThanOrEqual(shards[index - 1].synced)
        const rebuilt = realpathSync(path.join(other, 'dist'))
        const pages = (dir: string) =>
          readdirSync(path.join(dir, 'client'), { recursive: true, encoding: 'utf8' })
            .filter((f) => !f.startsWith('pagefind') && statSync(path.join(dir, 'client', f)).isFile())
            .sort()
        const files = pages(live)
        expect(files).toEqual(pages(rebuilt))
        expect(files.filter((f) => f.endsWith('.html')).length).toBeGreaterThan(100)
        const differing = files.filter(
          (f) => !readFileSync(path.join(live, 'client', f)).equals(readFileSync(path.join(rebuilt, 'client', f))),
        )
        expect(differing).toEqual([])
        // link-preview images are not copies: in either kind of build, each is the file the cache kept
        // between builds holds (site/src/integrations/ogImageLinks.ts)
        const cached = new Set(
          readdirSync('site/node_modules/.astro/og').map(
            (f) => statSync(path.join('site/node_modules/.astro/og', f)).ino,
          ),
        )
        const images = files.filter((f) => f.endsWith('og.jpg'))
        expect(images.length).toBeGreaterThan(50)
        const copied = images.filter(
          (f) =>
            !cached.has(statSync(path.join(live, 'client', f)).ino) ||
            !cached.has(statSync(path.join(rebuilt, 'client', f)).ino),
        )
        expect(copied).toEqual([])
      } finally {
        rmSync(other, { recursive: true, force: true })
      }
    },
    TEST_TIMEOUT,
  )
})

describe('draft preview', () => {
  it(
    'refuses a missing, forged or expired token and renders the draft with a valid one',
    async () => {
      const cluster = await publishNew('clusters', `Previewed cluster ${uid()}`)
      const draftName = `Draft name only ${uid()}`
      const saved = await rest('PATCH', `/api/clusters/${cluster.id}?locale=en&draft=true`, { name: draftName })
      expect(saved.status).toBe(200)
      const path = `/en/preview/clusters/${cluster.id}`
      expect((await fetch(`${site.url}${path}`)).status).toBe(401)
      const expired = createPreviewToken(
        { collection: 'clusters', id: String(cluster.id) },
        previewSecret(cms.env),
        -60,
      )
      const refused = await fetch(`${site.url}${path}?token=${encodeURIComponent(expired)}`)
      expect(refused.status).toBe(401)
      expect(await refused.text()).not.toContain(draftName)
      const forged = createPreviewToken({ collection: 'clusters', id: String(cluster.id) }, 'not-the-secret')
      expect((await fetch(`${site.url}${path}?token=${encodeURIComponent(forged)}`)).status).toBe(401)
      const { body } = await rest('POST', '/api/preview-token', { collection: 'clusters', id: cluster.id })
      const page = await fetch(`${site.url}${path}?token=${encodeURIComponent(body.token)}`)
      expect(page.status).toBe(200)
      const html = await page.text()
      expect(html).toContain(`<h1>${draftName}</h1>`)
      expect(html).toContain('noindex')
      // the live page still shows the published name
      expect(await heading(cluster.path)).toBe(cluster.name)
    },
    TEST_TIMEOUT,
  )
})

describe('draft preview among the live content', () => {
  it(
    'shows a document published since the last full build beside the draft',
    async () => {
      // live through an incremental update: not in what the last full build held
      const coordinator = await publishNew('organizations', `Coordinator published since the full build ${uid()}`)
      const cluster = await publishNew('clusters', `Cluster awaiting a coordinator ${uid()}`)
      const saved = await rest('PATCH', `/api/clusters/${cluster.id}?locale=en&draft=true`, {
        coordinator: coordinator.id,
      })
      expect(saved.status).toBe(200)
      const { body } = await rest('POST', '/api/preview-token', { collection: 'clusters', id: cluster.id })
      const page = await fetch(`${site.url}/en/preview/clusters/${cluster.id}?token=${encodeURIComponent(body.token)}`)
      expect(page.status).toBe(200)
      // the coordinator, linked by its page's address and named
      const html = await page.text()
      expect(html).toMatch(new RegExp(`<a [^>]*href="${coordinator.path}"[^>]*>\\s*${coordinator.name}\\s*</a>`))
    },
    TEST_TIMEOUT,
  )
})

describe('an editor in the admin', () => {
  it(
    'edits a Lithuanian title, publishes, and reads it on the live page',
    async () => {
      const created = await rest('POST', '/api/clusters?locale=lt', {
        name: `Klasteris ${uid()}`,
        sourceLocale: 'lt',
        _status: 'published',
      })
      expect(created.status).toBe(201)
      const { id, slug } = created.body.doc as { id: number; slug: string }
      const livePath = `/lt/${contentType('clusters').pathSegments.lt}/${slug}/`
      await eventually(async () => (await heading(livePath)) === created.body.doc.name)
      const renamed = `Logistikos klasteris ${uid()}`
      const page = await signedInAdminPage(browser, cms.url, editor)
      await page.goto(`${cms.url}/admin/collections/clusters/${id}?locale=lt`)
      const name = page.locator('#field-name')
      await name.waitFor()
      await name.fill(renamed)
      await page.getByRole('button', { name: 'Publish changes' }).click()
      await eventually(async () => (await heading(livePath)) === renamed)
      await page.goto(`${site.url}${livePath}`)
      expect(await page.locator('h1').textContent()).toBe(renamed)
      await page.close()
    },
    TEST_TIMEOUT,
  )

  it(
    'imports a Garmin GPX export into a route, publishes it, and finds the stops, map, profile and GPX on the live page',
    async () => {
      const route = await publishNew('routes', `Curonian Spit ride ${uid()}`)
      const page = await signedInAdminPage(browser, cms.url, editor)
      await page.goto(`${cms.url}/admin/collections/routes/${route.id}?locale=en`)
      // choosing a file imports it; one that is not GPX is refused with the reason, and nothing changes
      await page.locator('input[type=file][name=file]').setInputFiles({
        name: 'ride.kml',
        mimeType: 'application/vnd.google-earth.kml+xml',
        buffer: Buffer.from('<kml xmlns="http://www.opengis.net/kml/2.2"/>'),
      })
      await page.getByRole('alert').filter({ hasText: 'This is a KML file (Google Earth), not GPX.' }).waitFor()
      // the Garmin export: two track segments with elevation, time and heart rate, three waypoints
      await Promise.all([
        page.waitForEvent('load'),
        page.locator('input[type=file][name=file]').setInputFiles('tests/fixtures/gpx/garmin-curonian-spit.gpx'),
      ])
      await page.locator('#field-stops__0__name').waitFor()
      expect(await page.locator('#field-stops__0__name').inputValue()).toBe('Klaipėda Old Town')
      await page.getByRole('button', { name: 'Publish changes' }).click()
      await page.close()

      let html = ''
      await eventually(async () => {
        html = await (await fetch(`${site.url}${route.path}`)).text()
        return html.includes('Smiltynė ferry')
      })
      const stops = [...html.matchAll(/<li>\s*<strong>([^<]+)<\/strong>/g)].map((m) => m[1])
      expect(stops).toEqual(['Klaipėda Old Town', 'Smiltynė ferry', 'Juodkrantė'])
      expect(html).toMatch(/<path class="route" d="M[^"]+"/)
      expect(html.match(/<g class="stop">/g)).toHaveLength(3)
      expect(html).toMatch(/<figure class="profile"[ >]/)
      expect(html).toMatch(/Elevation profile/)
      expect(html).toMatch(/Length<\/dt>\s*<dd>20(\.\d)? km/)
      const gpx = await fetch(`${site.url}${route.path.replace(/\/$/, '')}.gpx`)
      expect(gpx.status).toBe(200)
      const track = await gpx.text()
      expect(track.match(/<trkpt /g)).toHaveLength(90)
      expect(track).toContain('<ele>8</ele>')
      expect(track).toContain('<name>Juodkrantė</name>')
    },
    TEST_TIMEOUT,
  )
})

/** The review gate's people: a Lithuanian translator and a Lithuanian reviewer (the editor is the file's own). */
const translator = {
  email: 'translator-lt@example.com',
  password: 'translator-password-1',
  role: 'translator' as const,
  name: 'Rūta Vertėja',
  assignedLocales: ['lt' as const],
}
const reviewer = {
  email: 'reviewer-lt@example.com',
  password: 'reviewer-password-1',
  role: 'reviewer' as const,
  name: 'Jonas Recenzentas',
  assignedLocales: ['lt' as const],
}
const tokens: Record<string, string> = {}

/** A cluster published in English and Lithuanian, with the paths of its two pages. */
interface TranslatedCluster {
  id: number
  en: string
  lt: string
}

/** What an anonymous reader gets as the Lithuanian name, over REST and over GraphQL (they must agree). */
async function publicLithuanianName(id: number): Promise<string> {
  const overRest = await rest('GET', `/api/clusters/${id}?locale=lt&fallback-locale=none`, undefined, null)
  const graphql = await rest(
    'POST',
    '/api/graphql',
    {
      query: `{ Cluster(id: ${id}, locale: lt, fallbackLocale: none) { name } }`,
    },
    null,
  )
  expect(graphql.body.data.Cluster.name).toBe(overRest.body.name)
  return overRest.body.name
}

/** Publishes a cluster in English and Lithuanian (as the editor), and waits until both pages are live. */
async function publishedCluster(en: string, lt: string): Promise<TranslatedCluster> {
  const created = await rest('POST', '/api/clusters?locale=en', {
    name: en,
    sourceLocale: 'en',
    _status: 'published',
  })
  expect(created.status, JSON.stringify(created.body)).toBe(201)
  const id = created.body.doc.id as number
  const translated = await rest('PATCH', `/api/clusters/${id}?locale=lt`, {
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

/** The translator saves a Lithuanian name as a draft (it waits for review). */
async function translatorDraft(cluster: TranslatedCluster, name: string): Promise<void> {
  const draft = await rest('PATCH', `/api/clusters/${cluster.id}?locale=lt`, { name }, tokens.translator)
  expect(draft.status, JSON.stringify(draft.body)).toBe(200)
}

/** The editor publishes a new English name, and waits until the English page shows it. */
async function publishEnglishName(cluster: TranslatedCluster, name: string): Promise<void> {
  const published = await rest('PATCH', `/api/clusters/${cluster.id}?locale=en`, { name, _status: 'published' })
  expect(published.status, JSON.stringify(published.body)).toBe(200)
  await expect.poll(() => heading(cluster.en), { timeout: 180_000, interval: 500 }).toBe(name)
}

describe('translation review: a locale’s new text goes live only when approved', () => {
  beforeAll(async () => {
    for (const user of [translator, reviewer]) {
      await cms.payload.create({ collection: 'users', data: user })
      tokens[user.role] = (await rest('POST', '/api/users/login', user, null)).body.token
    }
  })

  it(
    "an editor's English fix goes live without the translator's unreviewed Lithuanian; the reviewer approves it in the Lithuanian admin",
    async () => {
      const cluster = await publishedCluster('Baltic Amber Clustr', 'Baltijos gintaro klasteris')
      await translatorDraft(cluster, 'Baltijos gintaro pramonės klasteris')
      await publishEnglishName(cluster, 'Baltic Amber Cluster')
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
            heading(
              `/lt/klasteriai/${(await rest('GET', `/api/clusters/${cluster.id}?locale=lt`, undefined, null)).body.slug}/`,
            ),
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
      await translatorDraft(cluster, 'Gintaro krantas (neteisinga)')
      const rejected = await rest(
        'POST',
        '/api/translations/review',
        {
          collection: 'clusters',
          id: cluster.id,
          locale: 'lt',
          decision: 'reject',
          comment: 'Pavadinimas turi likti „klasteris“.',
        },
        tokens.reviewer,
      )
      expect(rejected.status, JSON.stringify(rejected.body)).toBe(200)
      await publishEnglishName(cluster, 'Amber Coast Cluster (Klaipėda)')
      expect(await heading(cluster.lt)).toBe('Gintaro pakrantės klasteris')
      expect(await publicLithuanianName(cluster.id)).toBe('Gintaro pakrantės klasteris')
    },
    TEST_TIMEOUT,
  )
})
