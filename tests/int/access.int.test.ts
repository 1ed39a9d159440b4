import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { apiClient } from './support/api'
import { createPublishedOrganization, makeOrganization, signIn } from './support/factories'
import { startTestCms, testDatabase } from './support/testCms'

describe(`roles (${testDatabase})`, () => {
  let payload: Payload
  let api: ReturnType<typeof apiClient>
  let orgId: number | string
  const tokens: Record<string, string> = {}
  const users: Record<string, { id: number | string }> = {}

  beforeAll(async () => {
    payload = await startTestCms()
    api = apiClient(payload)
    for (const role of ['admin', 'editor'] as const) {
      const { token, user } = await signIn(payload, role)
      tokens[role] = token
      users[role] = user as { id: number | string }
    }
    const translator = await signIn(payload, 'translator', { assignedLocales: ['lt'] })
    tokens.translator = translator.token
    users.translator = translator.user as { id: number | string }
    orgId = await createPublishedOrganization(payload)
  })
  afterAll(async () => payload?.destroy())

  it('anonymous readers cannot write', async () => {
    const { status } = await api.send('POST', '/api/organizations?locale=en', makeOrganization(), undefined)
    expect(status).toBe(403)
  })

  it('editors create and publish content', async () => {
    const { status, body } = await api.send(
      'POST',
      '/api/organizations?locale=en',
      { ...makeOrganization({ name: 'By editor' }), _status: 'published' },
      tokens.editor,
    )
    expect(status).toBe(201)
    expect(body.doc).toMatchObject({ name: 'By editor', _status: 'published' })
  })

  it('translators cannot create documents', async () => {
    const { status } = await api.send('POST', '/api/organizations?locale=lt', makeOrganization(), tokens.translator)
    expect(status).toBe(403)
  })

  it('translators write only in their assigned locales', async () => {
    const renameIn = (locale: string, name: string) =>
      api.send('PATCH', `/api/organizations/${orgId}?locale=${locale}`, { name }, tokens.translator)
    expect((await renameIn('lt', 'Organizacija')).status).toBe(200)
    expect((await renameIn('it', 'Organizzazione')).status).toBe(403)
    // a translator's save is a draft: read the latest version
    const stored = (await payload.findByID({
      collection: 'organizations',
      id: orgId,
      locale: 'all',
      draft: true,
    })) as unknown as {
      name: Record<string, string>
    }
    expect(stored.name.lt).toBe('Organizacija')
    expect(stored.name.it).toBeUndefined()
  })

  it('only admins manage users, and nobody raises their own role', async () => {
    const create = await api.send(
      'POST',
      '/api/users',
      { email: 'new@example.com', password: 'a-long-password', role: 'admin' },
      tokens.editor,
    )
    expect(create.status).toBe(403)
    await api.send('PATCH', `/api/users/${users.editor.id}`, { role: 'admin' }, tokens.editor)
    const editor = await payload.findByID({ collection: 'users', id: users.editor.id })
    expect(editor.role).toBe('editor')
    const list = await api.rest('/api/users', tokens.editor)
    expect(list.body.docs.map((u: { id: unknown }) => u.id)).toEqual([users.editor.id])
    const byAdmin = await api.rest('/api/users', tokens.admin)
    expect(byAdmin.body.totalDocs).toBe(3)
  })

  it('the Local API enforces the same rules when asked to act as a user', async () => {
    const translator = await payload.findByID({ collection: 'users', id: users.translator.id })
    await expect(
      payload.delete({ collection: 'organizations', id: orgId, overrideAccess: false, user: translator }),
    ).rejects.toMatchObject({ status: 403, message: /cannot delete/ })
    expect((await payload.count({ collection: 'organizations', where: { id: { equals: orgId } } })).totalDocs).toBe(1)
  })
})
