/**
 * The README's first command, for real: `npm start` on an empty data directory builds the admin,
 * migrates and seeds the embedded SQLite database, creates the admin user and serves the CMS over HTTP.
 */
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { testAdmin as admin, type NpmStart, npmStart } from './support/npmStart'
import { freePort } from './support/servers'

describe('npm start', () => {
  let product: NpmStart
  let base: string
  let siteBase: string
  let output = ''

  beforeAll(async () => {
    const port = await freePort()
    const sitePort = await freePort()
    base = `http://127.0.0.1:${port}`
    siteBase = `http://127.0.0.1:${sitePort}`
    product = npmStart({ port, sitePort, dataDir: mkdtempSync(path.join(tmpdir(), 'cms-start-')) })
    await product.printed('Log in as')
    output = product.output()
  })

  afterAll(async () => {
    if (product?.child.pid && product.child.exitCode === null) {
      process.kill(-product.child.pid, 'SIGTERM')
      // a requested stop is a clean one; when it is not, what npm start printed says why
      const status = await product.exited
      expect(status, `npm start ended with ${status} after SIGTERM:\n${product.output().slice(-4000)}`).toBe(0)
    }
  })

  it('tells the user where the admin is and how to log in', () => {
    expect(output).toMatch(/Seeded the empty database: \d+ documents/)
    expect(output).toContain(`Created the admin user ${admin.email}.`)
    expect(output).toContain(`CMS admin:  ${base}/admin`)
    expect(output).toContain(`Site:       ${siteBase}/`)
  })

  it('serves the static site built from the seeded CMS', async () => {
    const home = await fetch(`${siteBase}/lt/`)
    expect(home.status).toBe(200)
    expect(await home.text()).toContain('<html lang="lt">')
    const cluster = await (await fetch(`${siteBase}/pl/klastry/klaster-ltpp/`)).text()
    expect(cluster).toContain('<h1>Klaster LTPP</h1>')
  })

  it('serves the admin login page', async () => {
    const response = await fetch(`${base}/admin/login`)
    expect(response.status).toBe(200)
    expect(await response.text()).toContain('<html')
  })

  it('serves the seeded content over REST to anonymous readers, in each locale', async () => {
    const lt = await (await fetch(`${base}/api/clusters?locale=lt&depth=0&sort=slug`)).json()
    expect(lt.docs.map((d: { name: string }) => d.name)).toEqual([
      'Baltijos sveikatos turizmo klasteris',
      'Latvijos sveikatos turizmo klasteris',
      'LTPP klasteris',
    ])
    const project = await (
      await fetch(`${base}/api/funding-projects?locale=it&where[slug][equals]=centro-per-il-turismo-del-mar-baltico`)
    ).json()
    expect(project.docs[0]).toMatchObject({ totalBudget: '1640866.85', coFinancingRate: 81.51 })
  })

  it('lets the admin from the environment log in', async () => {
    const response = await fetch(`${base}/api/users/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(admin),
    })
    expect(response.status).toBe(200)
    const body = await response.json()
    expect(body.user).toMatchObject({ email: admin.email, role: 'admin' })
  })

  it('answers GraphQL', async () => {
    const response = await fetch(`${base}/api/graphql`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ query: '{ Routes(locale: lt) { totalDocs docs { name } } }' }),
    })
    const body = await response.json()
    expect(body.data.Routes.totalDocs).toBe(3)
  })
})
