/**
 * The permission matrix for translated content: anonymous readers, translators and reviewers (assigned
 * lt), editors and admins, over each write operation, through REST, GraphQL and the Local API acting as the user.
 * Every refused write must name the locale or field it is refused for and leave the stored document
 * exactly as it was.
 */
import type { Payload, RequiredDataFromCollectionSlug } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { LocaleCode } from '../../cms/locales'
import type { User } from '../../cms/payload-types'
import { apiClient } from './support/api'
import { makeOrganization, signIn } from './support/factories'
import { startTestCms, testDatabase } from './support/testCms'

type Role = 'anonymous' | 'translator' | 'reviewer' | 'editor' | 'admin'
type Api = 'rest' | 'graphql' | 'local'
type Outcome = { ok: boolean; status: number; message: string }

interface Operation {
  name: string
  /** What a refusal must mention, for translators (others get Payload's generic refusal). */
  names?: RegExp
  allowed: Role[]
  run: (api: Api, as: Session, id: number | string) => Promise<Outcome>
}

interface Session {
  role: Role
  token?: string
  user?: User
}

const roles: Role[] = ['anonymous', 'translator', 'reviewer', 'editor', 'admin']
const apis: Api[] = ['rest', 'graphql', 'local']

describe(`translator permissions (${testDatabase})`, () => {
  let payload: Payload
  let client: ReturnType<typeof apiClient>
  const sessions: Record<Role, Session> = { anonymous: { role: 'anonymous' } } as Record<Role, Session>

  beforeAll(async () => {
    payload = await startTestCms()
    client = apiClient(payload)
    for (const role of ['translator', 'reviewer', 'editor', 'admin'] as const) {
      const languageRole = role === 'translator' || role === 'reviewer'
      const { token, user } = await signIn(payload, role, languageRole ? { assignedLocales: ['lt'] } : {})
      sessions[role] = { role, token, user: await payload.findByID({ collection: 'users', id: user!.id }) }
    }
  })
  afterAll(async () => payload?.destroy())

  async function rest(method: 'POST' | 'PATCH' | 'DELETE', path: string, data: unknown, as: Session): Promise<Outcome> {
    const { status, body } = await client.send(method, path, data, as.token)
    return { ok: status < 300, status, message: body?.errors?.[0]?.message ?? '' }
  }

  async function graphql(query: string, as: Session): Promise<Outcome> {
    const { status, body } = await client.graphql(query, as.token)
    const message = body?.errors?.[0]?.message ?? ''
    return { ok: status < 300 && !body.errors, status, message }
  }

  async function local(
    work: (options: { overrideAccess: false; user?: User }) => Promise<unknown>,
    as: Session,
  ): Promise<Outcome> {
    try {
      await work({ overrideAccess: false, user: as.user })
      return { ok: true, status: 200, message: '' }
    } catch (error) {
      return { ok: false, status: (error as { status?: number }).status ?? 500, message: (error as Error).message }
    }
  }

  const update =
    (
      locale: LocaleCode,
      data: Partial<RequiredDataFromCollectionSlug<'organizations'>>,
      gqlData: string,
      draft = false,
    ) =>
    (api: Api, as: Session, id: number | string): Promise<Outcome> => {
      if (api === 'rest')
        return rest('PATCH', `/api/organizations/${id}?locale=${locale}${draft ? '&draft=true' : ''}`, data, as)
      if (api === 'graphql')
        return graphql(
          `mutation { updateOrganization(id: ${id}, locale: ${locale}, draft: ${draft}, data: { ${gqlData} }) { id } }`,
          as,
        )
      return local(
        (o) =>
          payload.update({
            collection: 'organizations',
            id,
            locale,
            data,
            draft,
            ...o,
          }),
        as,
      )
    }

  const operations: Operation[] = [
    {
      name: 'create a document',
      names: /cannot create/,
      allowed: ['editor', 'admin'],
      run: (api, as) => {
        const data = makeOrganization()
        if (api === 'rest') return rest('POST', '/api/organizations?locale=lt', data, as)
        if (api === 'graphql')
          return graphql(
            `mutation { createOrganization(locale: lt, data: { name: "${data.name}", country: PL, kinds: association, sourceLocale: pl }) { id } }`,
            as,
          )
        return local((o) => payload.create({ collection: 'organizations', locale: 'lt', data: data, ...o }), as)
      },
    },
    {
      name: 'write Lithuanian text',
      allowed: ['translator', 'reviewer', 'editor', 'admin'],
      run: update('lt', { city: 'Vilnius' }, 'city: "Vilnius"', true),
    },
    {
      name: 'write Polish text',
      names: /"pl"/,
      allowed: ['editor', 'admin'],
      run: update('pl', { city: 'Gdańsk' }, 'city: "Gdańsk"', true),
    },
    {
      name: 'change a field shared by every locale',
      names: /acronym/,
      allowed: ['editor', 'admin'],
      run: update('lt', { acronym: 'XYZ' }, 'acronym: "XYZ"', true),
    },
    {
      name: 'publish',
      names: /cannot publish|by approving it/,
      allowed: ['editor', 'admin'],
      run: update(
        'lt',
        { name: 'Organizacija', city: 'Kaunas', _status: 'published' },
        'name: "Organizacija", city: "Kaunas", _status: published',
      ),
    },
    {
      name: 'delete',
      names: /cannot delete/,
      allowed: ['editor', 'admin'],
      run: (api, as, id) => {
        if (api === 'rest') return rest('DELETE', `/api/organizations/${id}`, undefined, as)
        if (api === 'graphql') return graphql(`mutation { deleteOrganization(id: ${id}) { id } }`, as)
        return local((o) => payload.delete({ collection: 'organizations', id, ...o }), as)
      },
    },
  ]

  for (const operation of operations) {
    for (const role of roles) {
      for (const api of apis) {
        const allowed = operation.allowed.includes(role)
        it(`${role} ${allowed ? 'may' : 'may not'} ${operation.name} (${api})`, async () => {
          const doc = await payload.create({
            collection: 'organizations',
            locale: 'pl',
            data: { ...makeOrganization(), _status: 'published' },
          })
          const snapshot = () =>
            payload
              .findByID({
                collection: 'organizations',
                id: doc.id,
                locale: 'all',
                draft: true,
                depth: 0,
                disableErrors: true,
              })
              .then((d) => JSON.stringify(d))
          const before = await snapshot()
          const outcome = await operation.run(api, sessions[role], doc.id)
          expect(outcome.ok, `${outcome.status} ${outcome.message}`).toBe(allowed)
          if (allowed) return
          expect([401, 403]).toContain(outcome.status === 200 ? 403 : outcome.status)
          if ((role === 'translator' || role === 'reviewer') && operation.names)
            expect(outcome.message).toMatch(operation.names)
          expect(await snapshot()).toBe(before)
        })
      }
    }
  }

  it("a translator's save never publishes: the published document keeps its text until an editor publishes", async () => {
    const doc = await payload.create({
      collection: 'organizations',
      locale: 'lt',
      data: { ...makeOrganization({ city: 'Klaipėda' }), _status: 'published' },
    })
    const { status } = await client.send(
      'PATCH',
      `/api/organizations/${doc.id}?locale=lt`,
      { city: 'Šiauliai' },
      sessions.translator.token,
    )
    expect(status).toBe(200)
    const published = await client.rest(`/api/organizations/${doc.id}?locale=lt`)
    expect(published.body.city).toBe('Klaipėda')
    const draft = await payload.findByID({ collection: 'organizations', id: doc.id, locale: 'lt', draft: true })
    expect(draft.city).toBe('Šiauliai')
  })

  it('anonymous readers never see drafts or unpublished translation work', async () => {
    const doc = await payload.create({ collection: 'organizations', locale: 'pl', data: makeOrganization() })
    const { status } = await client.rest(`/api/organizations/${doc.id}?locale=pl`)
    expect(status).toBe(404)
  })
})
