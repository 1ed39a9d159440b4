/**
 * GET /api/published-versions/:collection (cms/api/publishedVersions.ts), the listing the site's
 * incremental sync compares: the same ids and update times as Payload's own anonymous listing, read in
 * one query, on every database.
 */
import type { Payload } from 'payload'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { snapshotCollections } from '../../shared/formats/contentSnapshot'
import { apiClient } from './support/api'
import { makeOrganization, signIn } from './support/factories'
import { startTestCms, testDatabase } from './support/testCms'

describe(`the published versions listing (${testDatabase})`, () => {
  let payload: Payload
  let api: ReturnType<typeof apiClient>
  /** Payload's own anonymous listing of the same collection. */
  const payloadListing = async (collection: string) =>
    (await api.rest(`/api/${collection}?depth=0&pagination=false&sort=id&select[updatedAt]=true`)).body.docs

  beforeAll(async () => {
    payload = await startTestCms()
    api = apiClient(payload)
    const organization = (name: string, status: 'published' | 'draft') =>
      payload.create({
        collection: 'organizations',
        data: { ...makeOrganization({ name }), _status: status },
        locale: 'en',
        draft: status === 'draft',
      })
    await organization('Listed, published', 'published')
    await organization('Never published', 'draft')
    const withDraft = await organization('Published, then a draft saved over it', 'published')
    await payload.update({
      collection: 'organizations',
      id: withDraft.id,
      data: { name: 'A draft only' },
      locale: 'en',
      draft: true,
    })
    const unpublished = await organization('Published, then unpublished', 'published')
    await payload.update({ collection: 'organizations', id: unpublished.id, data: { _status: 'draft' }, locale: 'en' })
  })
  afterAll(async () => payload?.destroy())

  it('lists what Payload lists to an anonymous reader: published documents only, by id, with their update times', async () => {
    const listed = await api.rest('/api/published-versions/organizations')
    expect(listed.status).toBe(200)
    const expected = await payloadListing('organizations')
    expect(listed.body.docs).toEqual(
      expected.map((d: { id: unknown; updatedAt: unknown }) => ({ id: d.id, updatedAt: d.updatedAt })),
    )
    const names = await api.rest('/api/organizations?depth=0&pagination=false&locale=en&sort=id')
    expect(names.body.docs.map((d: { name: string }) => d.name)).toEqual([
      'Listed, published',
      'Published, then a draft saved over it',
    ])
    expect(listed.body.docs.map((d: { id: unknown }) => d.id)).toEqual(
      names.body.docs.map((d: { id: unknown }) => d.id),
    )
    expect(listed.body.docs[0].updatedAt).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/)
  })

  it('lists every collection the site reads as Payload does', async () => {
    for (const collection of snapshotCollections) {
      const listed = await api.rest(`/api/published-versions/${collection}`)
      expect(listed.status, collection).toBe(200)
      expect(listed.body.docs, collection).toEqual(await payloadListing(collection))
    }
  })

  it('answers a signed-in editor with the same anonymous listing, drafts left out', async () => {
    const { token } = await signIn(payload, 'editor')
    const listed = await api.rest('/api/published-versions/organizations', token)
    expect(listed.body.docs).toHaveLength(2)
  })

  it('lists a collection everyone may read in full (media: no drafts)', async () => {
    const png = await sharp({ create: { width: 40, height: 30, channels: 3, background: '#2a6f97' } })
      .png()
      .toBuffer()
    const media = await payload.create({
      collection: 'media',
      data: { alt: 'A harbour' },
      file: { data: png, mimetype: 'image/png', name: 'listed-harbour.png', size: png.length },
      locale: 'en',
    })
    const listed = await api.rest('/api/published-versions/media')
    expect(listed.status).toBe(200)
    expect(listed.body.docs.map((d: { id: unknown }) => d.id)).toContain(media.id)
    expect(listed.body.docs).toEqual(await payloadListing('media'))
  })

  it('refuses a collection the site does not read, naming the ones it does', async () => {
    const refused = await api.rest('/api/published-versions/users')
    expect(refused.status).toBe(404)
    expect(refused.body.errors[0].message).toMatch(/^No collection "users" to list; one of: clusters, /)
  })
})
