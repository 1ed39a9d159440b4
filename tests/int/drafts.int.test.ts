import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { apiClient } from './support/api'
import { makeOrganization, signIn } from './support/factories'
import { startTestCms, testDatabase } from './support/testCms'

describe(`drafts stay private (${testDatabase})`, () => {
  let payload: Payload
  let api: ReturnType<typeof apiClient>
  let publishedId: number | string
  let draftId: number | string

  beforeAll(async () => {
    payload = await startTestCms()
    api = apiClient(payload)
    const published = await payload.create({
      collection: 'organizations',
      data: { ...makeOrganization({ name: 'Published organisation' }), _status: 'published' },
      locale: 'en',
    })
    publishedId = published.id
    const draft = await payload.create({
      collection: 'organizations',
      data: { ...makeOrganization({ name: 'Secret draft organisation' }), _status: 'draft' },
      locale: 'en',
      draft: true,
    })
    draftId = draft.id
    // a published document with a newer, unpublished draft: readers must keep seeing the published text
    await payload.update({
      collection: 'organizations',
      id: publishedId,
      data: { name: 'Unpublished new name', _status: 'draft' },
      locale: 'en',
      draft: true,
    })
  })
  afterAll(async () => payload?.destroy())

  it('anonymous REST lists only published documents, with their published text', async () => {
    const { status, body } = await api.rest('/api/organizations?locale=en&depth=0&limit=100')
    expect(status).toBe(200)
    const names = body.docs.map((d: { name: string }) => d.name)
    expect(names).toEqual(['Published organisation'])
  })

  it('anonymous REST gets nothing for a draft, even by id or with draft=true', async () => {
    expect((await api.rest(`/api/organizations/${draftId}?locale=en`)).status).toBe(404)
    const { body } = await api.rest(`/api/organizations?draft=true&locale=en&where[name][like]=Secret`)
    expect(body.docs).toEqual([])
    const latest = await api.rest(`/api/organizations/${publishedId}?draft=true&locale=en`)
    expect(latest.body.name).toBe('Published organisation')
  })

  it('anonymous GraphQL sees only published documents', async () => {
    const { body } = await api.graphql('{ Organizations(locale: en, limit: 100) { docs { name } } }')
    expect(body.errors).toBeUndefined()
    expect(body.data.Organizations.docs).toEqual([{ name: 'Published organisation' }])
  })

  it('a signed-in editor sees drafts', async () => {
    const { token } = await signIn(payload, 'editor')
    const { body } = await api.rest('/api/organizations?draft=true&locale=en&depth=0', token)
    const names = body.docs.map((d: { name: string }) => d.name).sort()
    expect(names).toEqual(['Secret draft organisation', 'Unpublished new name'])
  })

  it('seed bookkeeping is not exposed to anonymous readers', async () => {
    const { body } = await api.rest(`/api/organizations/${publishedId}?locale=en`)
    expect(body).not.toHaveProperty('seedKey')
    expect(body).toHaveProperty('name')
  })
})
