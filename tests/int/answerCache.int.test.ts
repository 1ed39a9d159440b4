/**
 * The published answers cache (cms/api/answerCache.ts): an anonymous read asked again is answered from
 * memory until the content changes, by this CMS or by anyone else writing to the same database.
 *
 * The reads go through the REST route handlers, which serve from the CMS instance Next.js would use;
 * `payload` here is a second instance on the same database, with connections of its own, so its
 * writes are those of another process.
 */
import { commitTransaction, createLocalReq, initTransaction, type Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { apiClient } from './support/api'
import { makeOrganization, signIn } from './support/factories'
import { startTestCms, testDatabase } from './support/testCms'

describe(`anonymous answers are kept until the content changes (${testDatabase})`, () => {
  let payload: Payload
  let api: ReturnType<typeof apiClient>
  let id: number | string
  const one = () => `/api/organizations/${id}?locale=en&depth=0`

  beforeAll(async () => {
    // On PostgreSQL the content version includes the server's transaction snapshot, which a write to
    // any database on the server moves; the other test files, writing side by side on the shared
    // server, would retire a kept answer between two reads here
    payload = await startTestCms({ quietServer: true })
    api = apiClient(payload)
    const doc = await payload.create({
      collection: 'organizations',
      data: { ...makeOrganization({ name: 'Kept answer' }), _status: 'published' },
      locale: 'en',
    })
    id = doc.id
  })
  afterAll(async () => payload?.destroy())

  async function read(path: string, headers: Record<string, string> = {}) {
    const response = await api.restResponse(path, headers)
    return {
      status: response.status,
      cacheStatus: response.headers.get('cache-status'),
      etag: response.headers.get('etag'),
      text: await response.text(),
    }
  }

  it('answers the same read again from memory, byte for byte, and says so in Cache-Status', async () => {
    const first = await read(one())
    expect(first.cacheStatus).toBe('cms; fwd=uri-miss; stored')
    const again = await read(one())
    expect(again.cacheStatus).toBe('cms; hit')
    expect(again.text).toBe(first.text)
    expect(again.etag).toBe(first.etag)
    expect(JSON.parse(again.text).name).toBe('Kept answer')
    // a kept answer still honours the reader's validators
    const conditional = await read(one(), { 'If-None-Match': first.etag as string })
    expect(conditional).toMatchObject({ status: 304, cacheStatus: 'cms; hit', text: '' })
  })

  it('keeps another locale, another language and another page as other answers', async () => {
    await read(one())
    expect((await read(`/api/organizations/${id}?locale=pl&depth=0`)).cacheStatus).toMatch(/uri-miss/)
    expect((await read(one(), { 'Accept-Language': 'lt' })).cacheStatus).toMatch(/uri-miss/)
    expect((await read('/api/organizations?locale=en&depth=0&limit=5&page=2')).cacheStatus).toMatch(/uri-miss/)
  })

  it('serves a publish by an editor over REST at once', async () => {
    await read(one())
    expect((await read(one())).cacheStatus).toBe('cms; hit')
    const { token } = await signIn(payload, 'editor')
    const saved = await api.send('PATCH', `/api/organizations/${id}?locale=en`, { name: 'Kept answer, renamed' }, token)
    expect(saved.status).toBe(200)
    const after = await read(one())
    expect(after.cacheStatus).toMatch(/uri-miss/)
    expect(JSON.parse(after.text).name).toBe('Kept answer, renamed')
  })

  it('serves a change saved by another process on the same database at once', async () => {
    await read(one())
    expect((await read(one())).cacheStatus).toBe('cms; hit')
    await payload.update({ collection: 'organizations', id, locale: 'en', data: { name: 'Renamed elsewhere' } })
    const after = await read(one())
    expect(after.cacheStatus).toMatch(/uri-miss/)
    expect(JSON.parse(after.text).name).toBe('Renamed elsewhere')
  })

  it('never serves an answer read while a change was being saved once that change is committed', async () => {
    const req = await createLocalReq({}, payload)
    await initTransaction(req)
    await payload.update({ collection: 'organizations', id, locale: 'en', data: { name: 'Committed later' }, req })
    // read while the change is not committed: the old name, which may be kept...
    const during = await read(one())
    expect(JSON.parse(during.text).name).toBe('Renamed elsewhere')
    await commitTransaction(req)
    // ...but not served once the commit made the new name visible
    const after = await read(one())
    expect(after.cacheStatus).toMatch(/uri-miss/)
    expect(JSON.parse(after.text).name).toBe('Committed later')
  })

  it('reads again for a reader asking for a fresh answer (Cache-Control: no-cache)', async () => {
    await read(one())
    const fresh = await read(one(), { 'Cache-Control': 'no-cache' })
    expect(fresh.cacheStatus).toBe('cms; fwd=request; stored')
    expect((await read(one())).cacheStatus).toBe('cms; hit')
  })

  it('answers signed-in reads from Payload every time, never from the kept answers', async () => {
    await read(one())
    const { token } = await signIn(payload, 'editor')
    const response = await api.restResponse(one(), { Authorization: `JWT ${token}` })
    expect(response.status).toBe(200)
    expect(response.headers.get('cache-status')).toBeNull()
    // an editor sees the draft, which an anonymous reader never does
    await payload.update({ collection: 'organizations', id, locale: 'en', data: { name: 'Draft name' }, draft: true })
    const draft = await api.rest(`/api/organizations/${id}?locale=en&depth=0&draft=true`, token)
    expect(draft.body.name).toBe('Draft name')
    const anonymous = await read(`/api/organizations/${id}?locale=en&depth=0&draft=true`)
    expect(JSON.parse(anonymous.text).name).toBe('Committed later')
  })
})
