/**
 * From "Publish" to the live static page with nobody running a command: the CMS queues a site update,
 * the site updater renders the pages it touches and swaps the site in. Real CMS server, real site
 * server, real browser; an incremental result is compared with a full rebuild byte for byte.
 */
import { readdirSync, readFileSync, realpathSync, rmSync, statSync } from 'node:fs'
import path from 'node:path'
import { gunzipSync } from 'node:zlib'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildSite } from '../../scripts/lib/siteBuild'
import { startSiteUpdater } from '../../scripts/lib/siteUpdater'
import { createPreviewToken, previewSecret } from '../../shared/formats/previewToken'
import { launchChromium, signedInAdminPage } from './support/browser'
import { type CmsServer, startCmsServer, startSiteServer } from './support/servers'

let cms: CmsServer
let site: Awaited<ReturnType<typeof startSiteServer>>
let stopUpdater: () => Promise<void>
let browser: Browser
let editor: { email: string; password: string; token: string }
let env: NodeJS.ProcessEnv

/** The manifest of the live build: how it was made, and whether its search index is current. */
const liveManifest = () => JSON.parse(readFileSync('site/dist/build.json', 'utf8')) as { kind: string; search: string }

/** Whether the live site's Pagefind index holds the text (its fragments are gzipped JSON). */
function searchIndexHas(text: string): boolean {
  const dir = 'site/dist/client/pagefind/fragment'
  return readdirSync(dir).some((f) =>
    gunzipSync(readFileSync(path.join(dir, f)))
      .toString('utf8')
      .includes(text),
  )
}

/** Fetches a site page's <h1> (or the status when there is no page). */
async function heading(path: string): Promise<string> {
  // a refused or reset connection is a failure of the site, not something to wait out
  const response = await fetch(`${site.url}${path}`)
  if (response.status !== 200) return `HTTP ${response.status}`
  return /<h1>([^<]*)<\/h1>/.exec(await response.text())?.[1] ?? ''
}

/** Waits until `check` returns true, or fails after `seconds`. */
async function eventually(check: () => Promise<boolean>, seconds = 60): Promise<void> {
  const until = Date.now() + seconds * 1000
  while (Date.now() < until) {
    if (await check()) return
    await new Promise((r) => setTimeout(r, 250))
  }
  throw new Error(`not within ${seconds} s`)
}

async function rest(method: string, path: string, body?: unknown) {
  const response = await fetch(`${cms.url}${path}`, {
    method,
    headers: { 'Content-Type': 'application/json', Authorization: `JWT ${editor.token}` },
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  return { status: response.status, body: await response.json() }
}

const clusterId = async (seedKey: string) =>
  (await cms.payload.find({ collection: 'clusters', where: { seedKey: { equals: seedKey } } })).docs[0].id

beforeAll(async () => {
  cms = await startCmsServer()
  env = { ...cms.env, CMS_URL: cms.url, SITE_URL: 'http://localhost' }
  expect((await buildSite(env, { quiet: true })).ok).toBe(true)
  site = await startSiteServer(env)
  stopUpdater = startSiteUpdater(cms.payload, env, { onPublished: () => site.server.restart() }).stop
  editor = { email: 'editor@example.com', password: 'editor-password-1', token: '' }
  await cms.payload.create({ collection: 'users', data: { ...editor, role: 'editor' } as never })
  const login = await fetch(`${cms.url}/api/users/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(editor),
  })
  editor.token = (await login.json()).token
  browser = await launchChromium()
}, 600_000)

afterAll(async () => {
  await browser?.close()
  await stopUpdater?.()
  await site?.stop()
  await cms?.stop()
})

describe('publishing updates the live site', () => {
  it('shows a published change to a seeded cluster, and records the update for editors', async () => {
    const id = await clusterId('ltpp-cluster')
    const { status } = await rest('PATCH', `/api/clusters/${id}?locale=en`, {
      name: 'LTPP Logistics Cluster',
      _status: 'published',
    })
    expect(status).toBe(200)
    await eventually(async () => (await heading('/en/clusters/ltpp-cluster/')) === 'LTPP Logistics Cluster')
    const updates = await cms.payload.find({
      collection: 'site-updates',
      where: { reasons: { contains: `clusters ${id} updated by ${editor.email}` } },
    })
    // only the pages the change touches were rendered; the rest of the live build was carried over
    expect(updates.docs[0]).toMatchObject({ status: 'succeeded', kind: 'incremental' })
    expect(updates.docs[0].log).toMatch(/Incremental update: 1 changed, pages of \d+ documents to render/)
    expect(updates.docs[0].durationMs).toBeGreaterThan(0)
  })

  it('brings the search index up to date after an incremental update', async () => {
    await eventually(async () => liveManifest().search === 'current' && searchIndexHas('LTPP Logistics Cluster'))
    expect(liveManifest().kind).toBe('incremental')
  })

  it('does not rebuild for a draft saved over a published document', async () => {
    const before = (await cms.payload.count({ collection: 'site-updates' })).totalDocs
    const id = await clusterId('baltic-health-tourism-cluster')
    const { status } = await rest('PATCH', `/api/clusters/${id}?locale=en&draft=true`, { name: 'Draft name only' })
    expect(status).toBe(200)
    expect((await cms.payload.count({ collection: 'site-updates' })).totalDocs).toBe(before)
    expect(await heading('/en/clusters/baltic-health-tourism-cluster/')).toBe('Baltic Health Tourism Cluster')
  })

  it('turns two quick publishes into one coherent site, never building twice at once', async () => {
    const a = await clusterId('latvian-health-tourism-cluster')
    const b = (await cms.payload.find({ collection: 'routes', where: { seedKey: { equals: 'pleasant-fatigue' } } }))
      .docs[0].id
    await Promise.all([
      rest('PATCH', `/api/clusters/${a}?locale=it`, { name: 'Cluster lettone (aggiornato)', _status: 'published' }),
      rest('PATCH', `/api/routes/${b}?locale=it`, { name: 'Piacevoli fatiche (aggiornato)', _status: 'published' }),
    ])
    await eventually(
      async () =>
        (await heading('/it/cluster/cluster-lettone-del-turismo-sanitario/')) === 'Cluster lettone (aggiornato)' &&
        (await heading('/it/itinerari/piacevoli-fatiche/')) === 'Piacevoli fatiche (aggiornato)',
    )
    const { docs } = await cms.payload.find({ collection: 'site-updates', sort: 'startedAt', pagination: false })
    const runs = docs
      .filter((d) => d.startedAt && d.finishedAt)
      .map((d) => [Date.parse(d.startedAt!), Date.parse(d.finishedAt!)])
    const distinct = [...new Map(runs.map((r) => [r.join('-'), r])).values()]
    for (let i = 1; i < distinct.length; i++) expect(distinct[i][0]).toBeGreaterThanOrEqual(distinct[i - 1][1])
    const both = docs.filter(
      (d) => /clusters .* updated|routes .* updated/.test(d.reasons ?? '') && d.reasons?.includes(`routes ${b}`),
    )
    expect(both.length).toBeGreaterThan(0)
  })

  it('refuses to unpublish what a published page shows; a reference that slips past the CMS is left out, not fatal', async () => {
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
    const route = (
      await cms.payload.find({ collection: 'routes', where: { seedKey: { equals: 'migrating-cultures' } } })
    ).docs[0].id
    await rest('PATCH', `/api/routes/${route}?locale=en`, {
      name: 'Migrating Cultures (renamed)',
      _status: 'published',
    })
    await eventually(async () => (await heading('/en/routes/migrating-cultures/')) === 'Migrating Cultures (renamed)')
    expect(await coordinatorLink()).toBe(false)
    expect(await heading('/en/clusters/cluster-of-a-withdrawn-body/')).toBe('Cluster of a withdrawn body')
    expect(await heading(`/en/organisations/withdrawn-body/`)).toBe('HTTP 404')
    const update = (
      await cms.payload.find({
        collection: 'site-updates',
        where: { reasons: { contains: `routes ${route} updated` } },
        sort: '-createdAt',
        limit: 1,
      })
    ).docs[0]
    expect(update.status).toBe('succeeded')
    expect(update.log).toContain(
      `clusters "Cluster of a withdrawn body" (id ${cluster.body.doc.id}): coordinator points to organizations id ${org.body.doc.id}, which does not exist or is not published`,
    )
  })

  it('keeps serving the previous site when an update fails, and shows the failure to editors', async () => {
    // an updater that cannot reach the CMS: every update it takes fails
    await stopUpdater()
    const failing = startSiteUpdater(cms.payload, { ...env, CMS_URL: 'http://127.0.0.1:9' }).stop
    const id = await clusterId('ltpp-cluster')
    const before = await heading('/en/clusters/ltpp-cluster/')
    try {
      await rest('PATCH', `/api/clusters/${id}?locale=en`, {
        name: 'LTPP, published while the site could not update',
        _status: 'published',
      })
      await eventually(
        async () =>
          (await cms.payload.count({ collection: 'site-updates', where: { status: { equals: 'failed' } } })).totalDocs >
          0,
      )
    } finally {
      await failing()
      stopUpdater = startSiteUpdater(cms.payload, env, { onPublished: () => site.server.restart() }).stop
    }
    const failed = (await cms.payload.find({ collection: 'site-updates', where: { status: { equals: 'failed' } } }))
      .docs[0]
    expect(failed.log).toContain('Cannot reach the CMS at http://127.0.0.1:9')
    expect(failed.log).toContain('the live site is unchanged')
    expect(await heading('/en/clusters/ltpp-cluster/')).toBe(before)
    // the next update brings the site up to date again, the missed change included
    await rest('PATCH', `/api/clusters/${id}?locale=en`, { _status: 'published' })
    await eventually(
      async () => (await heading('/en/clusters/ltpp-cluster/')) === 'LTPP, published while the site could not update',
    )
  })

  it('removes the pages of an unpublished document', async () => {
    // a route: no other published document refers to it (the CMS refuses to unpublish one that published pages show)
    const id = (
      await cms.payload.find({ collection: 'routes', where: { seedKey: { equals: 'supernatural-landscapes' } } })
    ).docs[0].id
    expect(await heading('/en/routes/supernatural-landscapes/')).toBe('Supernatural Landscapes')
    await rest('PATCH', `/api/routes/${id}?locale=en`, { _status: 'draft' })
    await eventually(async () => (await heading('/en/routes/supernatural-landscapes/')) === 'HTTP 404')
  })

  it('keeps only the live build and the one before it, deleting older ones in the background', async () => {
    // after the updates above; deletion runs in child processes after each switch, so it is waited for
    const live = path.basename(realpathSync('site/dist'))
    await eventually(async () => {
      const builds = readdirSync('site/builds')
      return builds.length <= 2 && builds.includes(live) && builds.every((b) => /^\d+-\d+$/.test(b))
    }, 30)
  })
})

describe('incremental updates against a full rebuild', () => {
  it('gives the same pages, byte for byte, as rebuilding everything from the same content', async () => {
    await eventually(
      async () =>
        (await cms.payload.count({ collection: 'site-updates', where: { status: { in: ['queued', 'running'] } } }))
          .totalDocs === 0,
    )
    const live = realpathSync('site/dist')
    expect(JSON.parse(readFileSync(path.join(live, 'build.json'), 'utf8')).kind).toBe('incremental')
    const other = path.join('site', `.full-${process.pid}`)
    try {
      const full = await buildSite(env, { quiet: true, liveDir: other, full: true })
      expect(full, full.output).toMatchObject({ ok: true, kind: 'full' })
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
    } finally {
      rmSync(other, { recursive: true, force: true })
    }
  })
})

describe('draft preview', () => {
  it('refuses a missing, forged or expired token and renders the draft with a valid one', async () => {
    const id = await clusterId('baltic-health-tourism-cluster')
    const path = `/en/preview/clusters/${id}`
    expect((await fetch(`${site.url}${path}`)).status).toBe(401)
    const expired = createPreviewToken({ collection: 'clusters', id: String(id) }, previewSecret(cms.env), -60)
    const refused = await fetch(`${site.url}${path}?token=${encodeURIComponent(expired)}`)
    expect(refused.status).toBe(401)
    expect(await refused.text()).not.toContain('Draft name only')
    const forged = createPreviewToken({ collection: 'clusters', id: String(id) }, 'not-the-secret')
    expect((await fetch(`${site.url}${path}?token=${encodeURIComponent(forged)}`)).status).toBe(401)
    const { body } = await rest('POST', '/api/preview-token', { collection: 'clusters', id })
    const page = await fetch(`${site.url}${path}?token=${encodeURIComponent(body.token)}`)
    expect(page.status).toBe(200)
    const html = await page.text()
    expect(html).toContain('<h1>Draft name only</h1>')
    expect(html).toContain('noindex')
  })
})

describe('an editor in the admin', () => {
  it('edits a Lithuanian title, publishes, and reads it on the live page', async () => {
    const id = await clusterId('ltpp-cluster')
    const page = await signedInAdminPage(browser, cms.url, editor)
    await page.goto(`${cms.url}/admin/collections/clusters/${id}?locale=lt`)
    const name = page.locator('#field-name')
    await name.waitFor()
    await name.fill('LTPP logistikos klasteris')
    await page.getByRole('button', { name: 'Publish changes' }).click()
    await eventually(async () => (await heading('/lt/klasteriai/ltpp-klasteris/')) === 'LTPP logistikos klasteris')
    await page.goto(`${site.url}/lt/klasteriai/ltpp-klasteris/`)
    expect(await page.locator('h1').textContent()).toBe('LTPP logistikos klasteris')
    await page.close()
  })
})
