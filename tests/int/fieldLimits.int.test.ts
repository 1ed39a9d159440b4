/**
 * Every field has a size limit, and drafts are held to it like published saves: translators' and
 * editors' drafts, through REST, GraphQL and the Local API acting as the user. A refused write names
 * the field and the limit and leaves the document (all locales, every version) as it was. A draft may
 * still leave required fields empty; publishing it may not.
 */
import { type Payload, type RequiredDataFromCollectionSlug, ValidationError } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Cluster, User } from '../../cms/payload-types'
import { apiClient } from './support/api'
import { signIn } from './support/factories'
import { startTestCms, testDatabase } from './support/testCms'

type Api = 'rest' | 'graphql' | 'local'
type Role = 'translator' | 'editor'
interface Outcome {
  ok: boolean
  status: number
  /** Every message of the answer, joined: the field's label and path, and the validator's message. */
  messages: string
}

/** A Lexical editor state of one paragraph holding `text`. */
function richText(text: string): NonNullable<Cluster['body']> {
  const node = { format: '', indent: 0, version: 1, direction: 'ltr' } as const
  const textNode = { type: 'text', text, format: 0, detail: 0, mode: 'normal', style: '', version: 1 }
  const paragraph = { ...node, type: 'paragraph', textFormat: 0, textStyle: '', children: [textNode] }
  return { root: { ...node, type: 'root', children: [paragraph] } }
}

/** path → message of each field error in a REST answer's `errors`. */
function fieldErrors(errors: { data?: { errors?: { path: string; message: string }[] } }[]): Record<string, string> {
  return Object.fromEntries((errors ?? []).flatMap((e) => e.data?.errors ?? []).map((e) => [e.path, e.message]))
}

describe(`field size limits, drafts included (${testDatabase})`, () => {
  let payload: Payload
  let api: ReturnType<typeof apiClient>
  const sessions = {} as Record<Role, { token: string; user: User }>

  beforeAll(async () => {
    payload = await startTestCms()
    api = apiClient(payload)
    for (const role of ['translator', 'editor'] as const) {
      const { token, user } = await signIn(payload, role, role === 'translator' ? { assignedLocales: ['lt'] } : {})
      sessions[role] = { token, user: await payload.findByID({ collection: 'users', id: user!.id }) }
    }
  })
  afterAll(async () => payload?.destroy())

  async function publishedCluster(): Promise<number | string> {
    const doc = await payload.create({
      collection: 'clusters',
      locale: 'pl',
      data: { name: 'Klaster', sourceLocale: 'pl', summary: 'Krótko.', _status: 'published' },
    })
    return doc.id
  }

  /** The document in every locale, its latest draft included, and how many versions it has. */
  async function stored(collection: 'clusters' | 'organizations' | 'routes', id: number | string): Promise<string> {
    const doc = await payload.findByID({ collection, id, locale: 'all', draft: true, depth: 0 })
    const versions = await payload.countVersions({ collection, where: { parent: { equals: id } } })
    return JSON.stringify([doc, versions.totalDocs])
  }

  /** Saves `data` into the Lithuanian draft of a cluster as `role` through `via`. */
  async function saveDraft(
    via: Api,
    role: Role,
    id: number | string,
    data: Partial<RequiredDataFromCollectionSlug<'clusters'>>,
  ): Promise<Outcome> {
    const { token, user } = sessions[role]
    if (via === 'rest') {
      const { status, body } = await api.send('PATCH', `/api/clusters/${id}?locale=lt&draft=true`, data, token)
      return { ok: status < 300, status, messages: JSON.stringify(body.errors ?? '') }
    }
    if (via === 'graphql') {
      const fields = Object.entries(data)
        .map(([key, value]) => `${key}: ${JSON.stringify(value)}`)
        .join(', ')
      const mutation = `mutation { updateCluster(id: ${id}, locale: lt, draft: true, data: { ${fields} }) { id } }`
      const { status, body } = await api.graphql(mutation, token)
      return { ok: !body.errors, status, messages: JSON.stringify(body.errors ?? '') }
    }
    try {
      await payload.update({
        collection: 'clusters',
        id,
        locale: 'lt',
        draft: true,
        data,
        overrideAccess: false,
        user,
      })
      return { ok: true, status: 200, messages: '' }
    } catch (error) {
      const details = error instanceof ValidationError ? JSON.stringify(error.data.errors) : ''
      return {
        ok: false,
        status: (error as { status?: number }).status ?? 500,
        messages: (error as Error).message + details,
      }
    }
  }

  for (const role of ['translator', 'editor'] as const) {
    for (const via of ['rest', 'graphql', 'local'] as const) {
      it(`a ${role}'s draft with a summary over 40,000 characters is refused, naming the field and limit (${via})`, async () => {
        const id = await publishedCluster()
        const before = await stored('clusters', id)
        const outcome = await saveDraft(via, role, id, { summary: 'x'.repeat(40_001) })
        expect(outcome.ok).toBe(false)
        if (via !== 'graphql') expect(outcome.status).toBe(400)
        expect(outcome.messages).toMatch(/summary/i)
        expect(outcome.messages).toContain('At most 40,000 characters are allowed; this has 40,001.')
        expect(await stored('clusters', id)).toBe(before)
      })
    }
  }

  it("a translator's draft at exactly the limit is saved", async () => {
    const id = await publishedCluster()
    const outcome = await saveDraft('rest', 'translator', id, { summary: 'x'.repeat(40_000) })
    expect(outcome).toMatchObject({ ok: true, status: 200 })
    const draft = await payload.findByID({ collection: 'clusters', id, locale: 'lt', draft: true })
    expect(draft.summary).toHaveLength(40_000)
  })

  it('a draft may leave a required field empty; publishing it may not', async () => {
    const { token } = sessions.editor
    const draft = await api.send('POST', '/api/clusters?locale=pl&draft=true', { sourceLocale: 'pl' }, token)
    expect(draft.status).toBe(201)
    const id = draft.body.doc.id
    const before = await stored('clusters', id)
    const publish = await api.send('PATCH', `/api/clusters/${id}?locale=pl`, { _status: 'published' }, token)
    expect(publish.status).toBe(400)
    expect(Object.keys(fieldErrors(publish.body.errors))).toEqual(['name'])
    expect(await stored('clusters', id)).toBe(before)
  })

  it('rich text over 100,000 characters of text is refused, as a draft too (REST and Local API)', async () => {
    const id = await publishedCluster()
    const before = await stored('clusters', id)
    const body = richText('y'.repeat(100_001))
    const rest = await api.send('PATCH', `/api/clusters/${id}?locale=pl&draft=true`, { body }, sessions.editor.token)
    expect(rest.status).toBe(400)
    expect(fieldErrors(rest.body.errors).body).toBe('At most 100,000 characters of text are allowed; this has 100,001.')
    const local = saveDraft('local', 'translator', id, { body })
    expect(await local).toMatchObject({ ok: false, status: 400 })
    expect((await local).messages).toContain('At most 100,000 characters of text are allowed; this has 100,001.')
    expect(await stored('clusters', id)).toBe(before)
  })

  it('a single-line text over 2,000 characters is refused, also where the field has a validator of its own', async () => {
    const id = await publishedCluster()
    const before = await stored('clusters', id)
    const name = await saveDraft('rest', 'translator', id, { name: 'n'.repeat(2_001) })
    expect(name).toMatchObject({ ok: false, status: 400 })
    expect(name.messages).toMatch(/"message":"At most 2,000 characters are allowed; this has 2,001.","path":"name"/)
    expect(await stored('clusters', id)).toBe(before)

    const org = await payload.create({
      collection: 'organizations',
      locale: 'pl',
      data: { name: 'Organizacja', sourceLocale: 'pl', _status: 'published' },
    })
    const orgBefore = await stored('organizations', org.id)
    // a valid web address, only too long: the field's own validator would accept it
    const website = `https://example.com/${'a'.repeat(2_000)}`
    const { status, body } = await api.send(
      'PATCH',
      `/api/organizations/${org.id}?locale=pl`,
      { website },
      sessions.editor.token,
    )
    expect(status).toBe(400)
    expect(fieldErrors(body.errors).website).toBe('At most 2,000 characters are allowed; this has 2,020.')
    expect(await stored('organizations', org.id)).toBe(orgBefore)
  })

  it('an array over 200 rows is refused', async () => {
    const id = await publishedCluster()
    const before = await stored('clusters', id)
    const goals = Array.from({ length: 201 }, (_, i) => ({ goal: `Cel ${i + 1}` }))
    const { status, body } = await api.send(
      'PATCH',
      `/api/clusters/${id}?locale=pl&draft=true`,
      { goals },
      sessions.editor.token,
    )
    expect(status).toBe(400)
    expect(fieldErrors(body.errors).goals).toBe('At most 200 rows are allowed; this has 201.')
    expect(await stored('clusters', id)).toBe(before)
  })

  it('a JSON field over 500,000 characters is refused', async () => {
    const route = await payload.create({
      collection: 'routes',
      locale: 'pl',
      data: { name: 'Trasa', sourceLocale: 'pl', _status: 'published' },
    })
    const before = await stored('routes', route.id)
    const coordinates = Array.from({ length: 30_000 }, (_, i) => [18.6 + i / 1e6, 54.35 + i / 1e6])
    const geometry = { type: 'LineString', coordinates }
    expect(JSON.stringify(geometry).length).toBeGreaterThan(500_000)
    const { status, body } = await api.send(
      'PATCH',
      `/api/routes/${route.id}?locale=pl&draft=true`,
      { geometry },
      sessions.editor.token,
    )
    expect(status).toBe(400)
    expect(fieldErrors(body.errors).geometry).toMatch(
      /^At most 500,000 characters of JSON are allowed; this has \d{3},\d{3}\.$/,
    )
    expect(await stored('routes', route.id)).toBe(before)
  })
})
