/**
 * Our refusals in the requester's admin language, over the real REST and GraphQL handlers: Payload picks
 * the language from the `payload-lng` cookie the admin sets (or Accept-Language), and our hooks,
 * validators and endpoints answer in it. Nothing is written when a write is refused.
 */
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { translate } from '../../cms/i18n/messages'
import { schemaTextLt } from '../../cms/i18n/schema/lt'
import { formatBytes } from '../../cms/lib/formatBytes'
import { REQUEST_BODY_MAX_BYTES } from '../../cms/limits'
import { apiClient } from './support/api'
import { makeOrganization, makeProject, signIn } from './support/factories'
import { startTestCms, testDatabase } from './support/testCms'

describe(`messages in the admin language of the request (${testDatabase})`, () => {
  let payload: Payload
  let client: ReturnType<typeof apiClient>

  beforeAll(async () => {
    payload = await startTestCms()
    client = apiClient(payload)
  })
  afterAll(async () => payload?.destroy())

  it('answers a Polish editor’s budget that does not add up in Polish, over REST, and changes nothing', async () => {
    const { token } = await signIn(payload, 'editor')
    const project = await payload.create({ collection: 'funding-projects', data: makeProject(), locale: 'it' })
    const { status, body } = await client.send(
      'PATCH',
      `/api/funding-projects/${project.id}?locale=it`,
      { totalBudget: '1000.00', euContribution: '600.00', ownContribution: '500.00' },
      token,
      { Cookie: 'payload-lng=pl' },
    )
    expect(status).toBe(400)
    const expected = translate({ language: 'pl' }, 'validation.contributionsDoNotAdd', {
      eu: '600.00',
      own: '500.00',
      sum: '1100.00',
      total: '1000.00',
    })
    expect(expected).not.toBe(
      translate({ language: 'en' }, 'validation.contributionsDoNotAdd', {
        eu: '600.00',
        own: '500.00',
        sum: '1100.00',
        total: '1000.00',
      }),
    )
    const messages = body.errors.flatMap((e: { data?: { errors?: { message: string }[] } }) =>
      (e.data?.errors ?? []).map((f) => f.message),
    )
    expect(messages).toContain(expected)
    const stored = await payload.findByID({ collection: 'funding-projects', id: project.id, draft: true, depth: 0 })
    expect(stored.totalBudget).toBe(project.totalBudget)
  })

  it('answers a translator writing another locale in Lithuanian over GraphQL, and in English without a language', async () => {
    const { token } = await signIn(payload, 'translator', { assignedLocales: ['lt'] })
    const org = await payload.create({ collection: 'organizations', data: makeOrganization(), locale: 'en' })
    const mutation = `mutation { updateOrganization(id: ${JSON.stringify(org.id)}, locale: pl, data: { name: "Nazwa" }) { id } }`
    const lithuanian = await client.graphql(mutation, token, { 'Accept-Language': 'lt' })
    const english = await client.graphql(mutation, token)
    const values = { locales: 'lt', locale: 'pl' }
    expect(lithuanian.body.errors[0].message).toBe(translate({ language: 'lt' }, 'translator.notYourLocale', values))
    expect(english.body.errors[0].message).toBe(translate({ language: 'en' }, 'translator.notYourLocale', values))
    expect(lithuanian.body.errors[0].message).not.toBe(english.body.errors[0].message)
  })

  it('names a shared field a Lithuanian translator may not change by its Lithuanian label and its path', async () => {
    const { token } = await signIn(payload, 'translator', { assignedLocales: ['lt'] })
    const org = await payload.create({ collection: 'organizations', data: makeOrganization(), locale: 'en' })
    const { status, body } = await client.send(
      'PATCH',
      `/api/organizations/${org.id}?locale=lt`,
      { acronym: 'XYZ' },
      token,
      {
        Cookie: 'payload-lng=lt',
      },
    )
    expect(status).toBe(403)
    expect(body.errors[0].message).toBe(
      translate({ language: 'lt' }, 'translator.sharedFields', { fields: `${schemaTextLt.Acronym} (acronym)` }),
    )
    expect((await payload.findByID({ collection: 'organizations', id: org.id, depth: 0 })).acronym).toBe(org.acronym)
  })

  it('refuses an oversized body in the language of the admin that sent it, before Payload reads it', async () => {
    const body = JSON.stringify({ name: 'x'.repeat(REQUEST_BODY_MAX_BYTES + 10) })
    const { status, text } = await client.sendRaw('POST', '/api/clusters', body, {
      'Content-Type': 'application/json',
      Cookie: 'payload-lng=lt',
    })
    expect(status).toBe(413)
    expect(JSON.parse(text).errors[0].message).toBe(
      translate({ language: 'lt' }, 'upload.bodyTooLarge', { limit: formatBytes(REQUEST_BODY_MAX_BYTES) }),
    )
  })

  it('lists an Italian translator’s XLIFF problems in Italian', async () => {
    const { token } = await signIn(payload, 'translator', { assignedLocales: ['it'] })
    const xml = '<?xml version="1.0"?><xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="1.2"/>'
    const { status, text } = await client.sendRaw(
      'POST',
      '/api/translations/import',
      xml,
      { 'Content-Type': 'application/xliff+xml', Cookie: 'payload-lng=it' },
      token,
    )
    expect(status).toBe(422)
    expect(JSON.parse(text).problems).toEqual([translate({ language: 'it' }, 'xliff.notVersion2', { version: '1.2' })])
  })
})
