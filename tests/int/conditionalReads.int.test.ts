import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { apiClient } from './support/api'
import { makeOrganization, signIn } from './support/factories'
import { startTestCms, testDatabase } from './support/testCms'

describe(`anonymous reads carry validators and answer 304 when nothing changed (${testDatabase})`, () => {
  let payload: Payload
  let api: ReturnType<typeof apiClient>
  let id: number | string
  const list = '/api/organizations?locale=en&depth=0&limit=100&where[name][like]=Conditional'

  beforeAll(async () => {
    payload = await startTestCms()
    api = apiClient(payload)
    for (const name of ['Conditional one', 'Conditional two']) {
      const doc = await payload.create({
        collection: 'organizations',
        data: { ...makeOrganization({ name }), _status: 'published' },
        locale: 'en',
      })
      id ??= doc.id
    }
  })
  afterAll(async () => payload?.destroy())

  it('a document answers with an ETag and its updatedAt as Last-Modified, then 304 to either validator', async () => {
    const first = await api.restResponse(`/api/organizations/${id}?locale=en&depth=0`)
    expect(first.status).toBe(200)
    const body = await first.json()
    const etag = first.headers.get('etag') as string
    expect(etag).toMatch(/^"[\w-]{32}"$/)
    expect(first.headers.get('last-modified')).toBe(new Date(body.updatedAt).toUTCString())
    expect(first.headers.get('cache-control')).toBe('no-cache')

    const byTag = await api.restResponse(`/api/organizations/${id}?locale=en&depth=0`, { 'If-None-Match': etag })
    expect(byTag.status).toBe(304)
    expect(await byTag.text()).toBe('')
    expect(byTag.headers.get('etag')).toBe(etag)

    const lastModified = first.headers.get('last-modified') as string
    const byDate = await api.restResponse(`/api/organizations/${id}?locale=en&depth=0`, {
      'If-Modified-Since': lastModified,
    })
    expect(byDate.status).toBe(304)
    // another locale is another answer
    const polish = await api.restResponse(`/api/organizations/${id}?locale=pl&depth=0`, { 'If-None-Match': etag })
    expect(polish.status).toBe(200)
  })

  it('a change to the document gives a new ETag, and the old validators get the whole new answer', async () => {
    const before = await api.restResponse(`/api/organizations/${id}?locale=en&depth=0`)
    const etag = before.headers.get('etag') as string
    const lastModified = before.headers.get('last-modified') as string
    await new Promise((resolve) => setTimeout(resolve, 1100)) // Last-Modified has whole seconds
    await payload.update({ collection: 'organizations', id, locale: 'en', data: { name: 'Conditional one, renamed' } })

    const byTag = await api.restResponse(`/api/organizations/${id}?locale=en&depth=0`, { 'If-None-Match': etag })
    expect(byTag.status).toBe(200)
    expect((await byTag.json()).name).toBe('Conditional one, renamed')
    expect(byTag.headers.get('etag')).not.toBe(etag)
    const byDate = await api.restResponse(`/api/organizations/${id}?locale=en&depth=0`, {
      'If-Modified-Since': lastModified,
    })
    expect(byDate.status).toBe(200)
  })

  it('a list answers 304 to its ETag, but not to a date once a document left it', async () => {
    const first = await api.restResponse(list)
    const { docs } = await first.json()
    expect(docs).toHaveLength(2)
    const etag = first.headers.get('etag') as string
    expect((await api.restResponse(list, { 'If-None-Match': `W/"other", ${etag}` })).status).toBe(304)

    const lastModified = first.headers.get('last-modified') as string
    const leaving = docs.find((d: { id: number | string }) => d.id !== id)
    await payload.delete({ collection: 'organizations', id: leaving.id })
    // nothing left in the list got newer, so only the ETag can tell: a date is not trusted for lists
    const byDate = await api.restResponse(list, { 'If-Modified-Since': lastModified })
    expect(byDate.status).toBe(200)
    expect((await byDate.json()).docs).toHaveLength(1)
    const byTag = await api.restResponse(list, { 'If-None-Match': etag })
    expect(byTag.status).toBe(200)
  })

  it('signed-in reads are answered as Payload answers them, without validators', async () => {
    const { token } = await signIn(payload, 'editor')
    const response = await api.restResponse(`/api/organizations/${id}?locale=en&depth=0`, {
      Authorization: `JWT ${token}`,
    })
    expect(response.status).toBe(200)
    expect(response.headers.get('etag')).toBeNull()
  })
})
