import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { apiClient } from './support/api'
import { makeOrganization, signIn } from './support/factories'
import { startTestCms, testDatabase } from './support/testCms'

describe(`a save based on an old copy is refused (${testDatabase})`, () => {
  let payload: Payload
  let api: ReturnType<typeof apiClient>
  let anna: string
  let piotr: string

  beforeAll(async () => {
    payload = await startTestCms()
    api = apiClient(payload)
    anna = (await signIn(payload, 'editor', { name: 'Anna Nowak' })).token
    piotr = (await signIn(payload, 'editor', { name: 'Piotr Wiśniewski' })).token
  })
  afterAll(async () => payload?.destroy())

  /** A published organisation as both editors open it: its id and the updatedAt they read. */
  async function openedByBoth(name: string): Promise<{ id: number | string; stamp: string }> {
    const doc = await payload.create({
      collection: 'organizations',
      data: { ...makeOrganization({ name }), _status: 'published' },
      locale: 'en',
    })
    const read = await api.rest(`/api/organizations/${doc.id}?locale=en&draft=true&depth=0`, piotr)
    expect(read.status).toBe(200)
    return { id: doc.id, stamp: read.body.updatedAt }
  }

  /** One editor's REST save of the English organisation. */
  const saveAs = (token: string, id: number | string, data: Record<string, unknown>) =>
    api.send('PATCH', `/api/organizations/${id}?locale=en`, data, token)

  const storedName = async (id: number | string) =>
    (await payload.findByID({ collection: 'organizations', id, locale: 'en', draft: true })).name

  it('REST: the second of two editors saving the same stale copy gets 409 naming who changed it; nothing is overwritten', async () => {
    const { id, stamp } = await openedByBoth('Klaster Morski')
    const first = await saveAs(anna, id, { name: 'Anna’s name', updatedAt: stamp })
    expect(first.status).toBe(200)
    const second = await saveAs(piotr, id, { name: 'Piotr’s name', updatedAt: stamp })
    expect(second.status).toBe(409)
    expect(second.body.errors[0].message).toMatch(
      /^Changed by Anna Nowak at (\d{4}-\d\d-\d\d )?\d\d:\d\d UTC since you opened it; reload to see their changes\./,
    )
    expect(second.body.errors[0].data.updatedAt).toBe(first.body.doc.updatedAt)
    expect(await storedName(id)).toBe('Anna’s name')
  })

  it('REST: saving again with the updatedAt of the last save works, as the admin does save after save', async () => {
    const { id, stamp } = await openedByBoth('Klaster Bursztynowy')
    const first = await saveAs(anna, id, { name: 'One', updatedAt: stamp })
    expect(first.status).toBe(200)
    const second = await saveAs(anna, id, { name: 'Two', updatedAt: first.body.doc.updatedAt })
    expect(second.status).toBe(200)
    expect(await storedName(id)).toBe('Two')
  })

  it('REST: a draft save counts as a change, so a stale publish after it is refused', async () => {
    const { id, stamp } = await openedByBoth('Klaster Drzewny')
    const draft = await api.send(
      'PATCH',
      `/api/organizations/${id}?locale=en&draft=true`,
      { name: 'Draft by Anna', updatedAt: stamp },
      anna,
    )
    expect(draft.status).toBe(200)
    const publish = await saveAs(piotr, id, { name: 'Published by Piotr', _status: 'published', updatedAt: stamp })
    expect(publish.status).toBe(409)
    expect(publish.body.errors[0].message).toContain('Changed by Anna Nowak')
    expect(await storedName(id)).toBe('Draft by Anna')
  })

  it('REST: a client that sends no updatedAt is not checked (API clients keep working)', async () => {
    const { id } = await openedByBoth('Klaster Lniany')
    await saveAs(anna, id, { name: 'Changed meanwhile' })
    const blind = await saveAs(piotr, id, { name: 'Written blind' })
    expect(blind.status).toBe(200)
    expect(await storedName(id)).toBe('Written blind')
  })

  it('REST: an updatedAt that is not a date is refused with 400 naming the field', async () => {
    const { id } = await openedByBoth('Klaster Solny')
    const bad = await saveAs(anna, id, { name: 'x', updatedAt: 'yesterday' })
    expect(bad.status).toBe(400)
    expect(bad.body.errors[0].message).toContain('updatedAt: "yesterday" is not a date')
    expect(await storedName(id)).toBe('Klaster Solny')
  })

  it('the same person saving a stale copy from another window is told so', async () => {
    const { id, stamp } = await openedByBoth('Klaster Miodowy')
    await saveAs(anna, id, { name: 'Window one', updatedAt: stamp })
    const again = await saveAs(anna, id, { name: 'Window two', updatedAt: stamp })
    expect(again.status).toBe(409)
    expect(again.body.errors[0].message).toMatch(/^Changed by you in another window at /)
    expect(await storedName(id)).toBe('Window one')
  })

  it('GraphQL: a stale update is refused with the same message and nothing is overwritten', async () => {
    const { id, stamp } = await openedByBoth('Klaster Kamienny')
    const mutation = (name: string) =>
      `mutation { updateOrganization(id: ${JSON.stringify(id)}, locale: en, data: { name: ${JSON.stringify(name)}, updatedAt: ${JSON.stringify(stamp)} }) { name updatedAt } }`
    const first = await api.graphql(mutation('Anna via GraphQL'), anna)
    expect(first.body.errors).toBeUndefined()
    expect(first.body.data.updateOrganization.name).toBe('Anna via GraphQL')
    const second = await api.graphql(mutation('Piotr via GraphQL'), piotr)
    expect(second.body.errors[0].message).toMatch(/^Changed by Anna Nowak at .* since you opened it; reload/)
    expect(second.body.errors[0].extensions.statusCode).toBe(409)
    expect(await storedName(id)).toBe('Anna via GraphQL')
  })

  it('records who saved last, for signed-in users only', async () => {
    const { id, stamp } = await openedByBoth('Klaster Lotniczy')
    await saveAs(anna, id, { name: 'By Anna', updatedAt: stamp })
    const asEditor = await api.rest(`/api/organizations/${id}?locale=en&depth=0`, piotr)
    const annaUser = await payload.find({ collection: 'users', where: { name: { equals: 'Anna Nowak' } } })
    expect(asEditor.body.updatedBy).toBe(annaUser.docs[0].id)
    const anonymous = await api.rest(`/api/organizations/${id}?locale=en&depth=0`)
    expect(anonymous.status).toBe(200)
    expect(anonymous.body).not.toHaveProperty('updatedBy')
  })
})
