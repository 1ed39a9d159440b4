/**
 * Importing a GPX file into a route through the real REST handler: the line, length and stops are
 * saved as a draft through the usual access rules; a file that is not usable GPX, or a user who may not
 * edit the route's shared fields, changes nothing.
 */
import { readFileSync } from 'node:fs'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { apiClient } from './support/api'
import { signIn } from './support/factories'
import { multipartBody } from './support/multipart'
import { startTestCms, testDatabase } from './support/testCms'

const garmin = readFileSync('tests/fixtures/gpx/garmin-curonian-spit.gpx')

describe(`GPX import into a route (${testDatabase})`, () => {
  let payload: Payload
  let api: ReturnType<typeof apiClient>
  let editor: string
  let translator: string

  beforeAll(async () => {
    payload = await startTestCms()
    api = apiClient(payload)
    editor = (await signIn(payload, 'editor')).token
    translator = (await signIn(payload, 'translator', { assignedLocales: ['lt'] })).token
  })
  afterAll(async () => payload?.destroy())

  /** A published route with one stop of its own, as an editor would have made it. */
  async function publishedRoute(name: string) {
    return payload.create({
      collection: 'routes',
      locale: 'en',
      data: {
        name,
        sourceLocale: 'en',
        _status: 'published',
        stops: [{ name: 'Old stop', latitude: 54.5, longitude: 18.5 }],
      },
      overrideAccess: true,
    })
  }

  function importGpx(id: number | string, file: Buffer | string, token?: string, filename = 'ride.gpx', locale = 'en') {
    const { body, contentType } = multipartBody([
      { name: 'file', value: file, filename, contentType: 'application/gpx+xml' },
    ])
    return api.sendRaw(
      'POST',
      `/api/routes/${id}/import-gpx?locale=${locale}`,
      new Uint8Array(body),
      { 'Content-Type': contentType },
      token,
    )
  }

  const versionCount = async (id: number | string) =>
    (await payload.countVersions({ collection: 'routes', where: { parent: { equals: id } } })).totalDocs

  it('saves the line with elevations, the length and the stops as a draft; the live route is unchanged', async () => {
    const route = await publishedRoute('Curonian Spit by bike')
    const { status, text } = await importGpx(route.id, garmin, editor)
    expect(status, text).toBe(200)
    const report = JSON.parse(text)
    expect(report).toMatchObject({ linePoints: 90, recordedPoints: 90, stops: 3 })
    expect(report.lengthKm).toBeGreaterThan(19.5)

    const draft = await payload.findByID({ collection: 'routes', id: route.id, draft: true, locale: 'en' })
    expect(draft._status).toBe('draft')
    expect(draft.stops?.map((s) => s.name)).toEqual(['Klaipėda Old Town', 'Smiltynė ferry', 'Juodkrantė'])
    expect(draft.stops?.[1]).toMatchObject({ description: 'Old ferry from the Old Town.', latitude: 55.715 })
    const geometry = draft.geometry as { type: string; coordinates: number[][] }
    expect(geometry.type).toBe('LineString')
    expect(geometry.coordinates).toHaveLength(90)
    expect(geometry.coordinates[0]).toEqual([21.131, 55.7106, 8])
    expect(draft.lengthKm).toBe(report.lengthKm)

    // anonymous readers still see the published route: one stop, no line
    const live = await api.rest(`/api/routes/${route.id}?locale=en`)
    expect(live.body.stops.map((s: { name: string }) => s.name)).toEqual(['Old stop'])
    expect(live.body.geometry ?? null).toBeNull()
  })

  it('refuses a file that is not GPX with the reason, naming the file field, and writes nothing', async () => {
    const route = await publishedRoute('Hel Peninsula')
    const before = await versionCount(route.id)
    const kml = '<kml xmlns="http://www.opengis.net/kml/2.2"><Document/></kml>'
    const { status, text } = await importGpx(route.id, kml, editor, 'ride.kml')
    expect(status).toBe(400)
    expect(JSON.parse(text).errors).toEqual([
      { message: 'This is a KML file (Google Earth), not GPX. Export the route as GPX and upload that.', path: 'file' },
    ])
    const broken = await importGpx(route.id, garmin.subarray(0, 5000), editor)
    expect(broken.status).toBe(400)
    expect(JSON.parse(broken.text).errors[0].message).toMatch(/^The file is not well-formed XML/)
    expect(await versionCount(route.id)).toBe(before)
    const stored = await payload.findByID({ collection: 'routes', id: route.id, draft: true, locale: 'en' })
    expect(stored.stops?.map((s) => s.name)).toEqual(['Old stop'])
  })

  it('lets only users who may edit the route’s line import one', async () => {
    const route = await publishedRoute('Vistula Lagoon')
    const before = await versionCount(route.id)
    expect((await importGpx(route.id, garmin)).status).toBe(401)
    // a translator edits text in their locales, never a route's line or coordinates
    const byTranslator = await importGpx(route.id, garmin, translator, 'ride.gpx', 'lt')
    expect(byTranslator.status).toBe(403)
    expect(JSON.parse(byTranslator.text).errors[0].message).toMatch(/geometry|stops|lengthKm/)
    expect(await versionCount(route.id)).toBe(before)
    expect((await importGpx(999_999, garmin, editor)).status).toBe(404)
  })
})
