/**
 * The review gate on the real REST and GraphQL handlers and the Local API: a translator's text in a
 * locale waits for review and stays off the published document — whoever publishes meanwhile — until
 * someone who may approve that locale approves it; a sent-back text never goes live. Anonymous readers
 * (the site reads as one) see the same over REST and GraphQL.
 */
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { LocaleCode } from '../../cms/locales'
import { apiClient } from './support/api'
import { makeOrganization, richText, signIn } from './support/factories'
import { type SmtpInbox, smtpEnvironment, startSmtpInbox } from './support/smtpInbox'
import { startTestCms, testDatabase } from './support/testCms'

describe(`translation review (${testDatabase})`, () => {
  let payload: Payload
  let client: ReturnType<typeof apiClient>
  let inbox: SmtpInbox
  type Person = 'translator' | 'reviewer' | 'reviewerPl' | 'editor'
  const tokens: Record<Person, string> = {} as never
  const emails: Record<Person, string> = {} as never

  beforeAll(async () => {
    // review mails go through a real SMTP server
    inbox = await startSmtpInbox()
    Object.assign(process.env, smtpEnvironment(inbox))
    payload = await startTestCms()
    client = apiClient(payload)
    const people: [Person, Parameters<typeof signIn>[1], Parameters<typeof signIn>[2]][] = [
      ['translator', 'translator', { assignedLocales: ['lt'], name: 'Rūta Vertėja' }],
      ['reviewer', 'reviewer', { assignedLocales: ['lt'], name: 'Jonas Recenzentas' }],
      ['reviewerPl', 'reviewer', { assignedLocales: ['pl'] }],
      ['editor', 'editor', { name: 'Anna Nowak' }],
    ]
    for (const [person, role, extra] of people) {
      const { token, user } = await signIn(payload, role, extra)
      tokens[person] = token
      emails[person] = user?.email as string
    }
  }, 120_000)
  afterAll(async () => {
    await payload?.destroy()
    await inbox?.stop()
    for (const name of Object.keys(smtpEnvironment(inbox))) delete process.env[name]
  })

  /** A published organisation with text in pl (its source), en and lt. */
  async function publishedOrganization(): Promise<number> {
    const doc = await payload.create({
      collection: 'organizations',
      locale: 'pl',
      data: { ...makeOrganization({ city: 'Gdańsk' }), _status: 'published' },
    })
    for (const [locale, city] of [
      ['en', 'Gdansk'],
      ['lt', 'Gdanskas'],
    ] as const) {
      await payload.update({
        collection: 'organizations',
        id: doc.id,
        locale,
        data: { name: `${doc.name} (${locale})`, city, _status: 'published' },
      })
    }
    return doc.id as number
  }

  /** What an anonymous reader gets, over REST and GraphQL; both must agree. */
  async function publicCity(id: number, locale: LocaleCode): Promise<string | null> {
    const rest = await client.rest(`/api/organizations/${id}?locale=${locale}&fallback-locale=none`)
    const gql = await client.graphql(`{ Organization(id: ${id}, locale: ${locale}, fallbackLocale: none) { city } }`)
    expect(rest.status).toBe(200)
    expect(gql.body.errors).toBeUndefined()
    expect(gql.body.data.Organization.city).toBe(rest.body.city ?? null)
    return rest.body.city ?? null
  }

  const draftOf = (id: number, locale: LocaleCode) =>
    payload.findByID({ collection: 'organizations', id, locale, draft: true, fallbackLocale: false })

  const translate = (id: number, city: string) =>
    client.send('PATCH', `/api/organizations/${id}?locale=lt&draft=true`, { city }, tokens.translator)

  const decide = (id: number, decision: 'approve' | 'reject', token: string, comment?: string, locale = 'lt') =>
    client.send(
      'POST',
      '/api/translations/review',
      { collection: 'organizations', id, locale, decision, ...(comment ? { comment } : {}) },
      token,
    )

  it("an editor's publish carries the English fix but not the translator's unreviewed Lithuanian text; approving publishes it", async () => {
    const id = await publishedOrganization()
    expect((await translate(id, 'Gdanskas (naujas)')).status).toBe(200)
    expect((await draftOf(id, 'lt')).translation?.lt?.review).toBe('pending')

    const fix = await client.send(
      'PATCH',
      `/api/organizations/${id}?locale=en`,
      { city: 'Gdańsk, Poland', _status: 'published' },
      tokens.editor,
    )
    expect(fix.status, JSON.stringify(fix.body)).toBe(200)
    expect(await publicCity(id, 'en')).toBe('Gdańsk, Poland')
    expect(await publicCity(id, 'lt')).toBe('Gdanskas')
    // the translator's text is still the latest draft, still waiting
    const draft = await draftOf(id, 'lt')
    expect(draft.city).toBe('Gdanskas (naujas)')
    expect(draft.translation?.lt?.review).toBe('pending')
    expect((await draftOf(id, 'en')).city).toBe('Gdańsk, Poland')

    const approved = await decide(id, 'approve', tokens.reviewer)
    expect(approved.status, JSON.stringify(approved.body)).toBe(200)
    expect(approved.body).toEqual({ decision: 'approve', locale: 'lt', published: true })
    expect(await publicCity(id, 'lt')).toBe('Gdanskas (naujas)')
    expect(await publicCity(id, 'en')).toBe('Gdańsk, Poland')
    const after = await draftOf(id, 'lt')
    expect(after.translation?.lt).toMatchObject({ status: 'reviewed', review: null })
    const live = await client.rest(`/api/organizations/${id}?locale=lt`)
    expect(live.body.translation.lt).toMatchObject({ status: 'reviewed' })

    const { docs } = await payload.find({
      collection: 'review-comments',
      where: { document: { equals: `organizations:${id}` } },
    })
    expect(docs.map((d) => [d.kind, d.locale, d.authorName])).toEqual([['approved', 'lt', 'Jonas Recenzentas']])
  })

  it('sent-back text never goes live, whoever publishes, until it is changed and approved', async () => {
    const id = await publishedOrganization()
    await translate(id, 'Gdanskas (blogai)')
    const rejected = await decide(id, 'reject', tokens.reviewer, 'Miesto pavadinimas neteisingas.')
    expect(rejected.status, JSON.stringify(rejected.body)).toBe(200)
    expect((await draftOf(id, 'lt')).translation?.lt?.review).toBe('rejected')

    const publish = await client.send(
      'PATCH',
      `/api/organizations/${id}?locale=en`,
      { city: 'Gdansk (PL)', _status: 'published' },
      tokens.editor,
    )
    expect(publish.status).toBe(200)
    expect(await publicCity(id, 'lt')).toBe('Gdanskas')
    expect(await publicCity(id, 'en')).toBe('Gdansk (PL)')

    await translate(id, 'Gdanskas (pataisyta)')
    expect((await draftOf(id, 'lt')).translation?.lt?.review).toBe('pending')
    expect(await publicCity(id, 'lt')).toBe('Gdanskas')

    const { docs } = await payload.find({
      collection: 'review-comments',
      where: { document: { equals: `organizations:${id}` } },
    })
    expect(docs.map((d) => [d.kind, d.text])).toEqual([['rejected', 'Miesto pavadinimas neteisingas.']])
  })

  it('an editor who publishes the locale they are looking at approves it', async () => {
    const id = await publishedOrganization()
    await translate(id, 'Gdanskas (redaktorius)')
    const publish = await client.send(
      'PATCH',
      `/api/organizations/${id}?locale=lt`,
      { _status: 'published' },
      tokens.editor,
    )
    expect(publish.status).toBe(200)
    expect(await publicCity(id, 'lt')).toBe('Gdanskas (redaktorius)')
    expect((await draftOf(id, 'lt')).translation?.lt?.review).toBeNull()
  })

  it('a document never published: approving lifts the gate and its first publish carries the text', async () => {
    const doc = await payload.create({ collection: 'organizations', locale: 'pl', data: makeOrganization() })
    const id = doc.id as number
    await translate(id, 'Klaipėda')
    const approved = await decide(id, 'approve', tokens.reviewer)
    expect(approved.body).toEqual({ decision: 'approve', locale: 'lt', published: false })
    expect((await client.rest(`/api/organizations/${id}?locale=lt`)).status).toBe(404)
    await client.send('PATCH', `/api/organizations/${id}?locale=pl`, { _status: 'published' }, tokens.editor)
    expect(await publicCity(id, 'lt')).toBe('Klaipėda')
  })

  it('an unreviewed locale of a document never published stays empty when an editor first publishes it', async () => {
    const doc = await payload.create({ collection: 'organizations', locale: 'pl', data: makeOrganization() })
    const id = doc.id as number
    await translate(id, 'Klaipėda')
    await client.send('PATCH', `/api/organizations/${id}?locale=pl`, { _status: 'published' }, tokens.editor)
    expect(await publicCity(id, 'lt')).toBeNull()
    const live = await client.rest(`/api/organizations/${id}?locale=lt`)
    expect(live.body.translation.lt.status).toBe('missing')
    expect((await draftOf(id, 'lt')).city).toBe('Klaipėda')
  })

  it('refuses decisions that are not the decider’s to make, naming why, and changes nothing', async () => {
    const id = await publishedOrganization()
    await translate(id, 'Gdanskas (laukia)')
    const before = JSON.stringify(
      await payload.findByID({ collection: 'organizations', id, locale: 'all', draft: true, depth: 0 }),
    )
    const cases: [string, Awaited<ReturnType<typeof decide>>, number, RegExp][] = [
      ['translator', await decide(id, 'approve', tokens.translator), 403, /cannot approve/],
      ['reviewer of pl', await decide(id, 'approve', tokens.reviewerPl), 403, /"lt"/],
      ['no reason', await decide(id, 'reject', tokens.reviewer), 400, /why/],
      ['nothing waits in pl', await decide(id, 'approve', tokens.editor, undefined, 'pl'), 409, /"pl"/],
      ['anonymous', await decide(id, 'approve', ''), 401, /./],
    ]
    for (const [who, outcome, status, message] of cases) {
      expect(outcome.status, who).toBe(status)
      expect(outcome.body.errors[0].message, who).toMatch(message)
    }
    const after = JSON.stringify(
      await payload.findByID({ collection: 'organizations', id, locale: 'all', draft: true, depth: 0 }),
    )
    expect(after).toBe(before)
    expect(await publicCity(id, 'lt')).toBe('Gdanskas')
  })

  it('shows what changed in the source of an outdated translation, field by field, matching both source versions exactly', async () => {
    const doc = await payload.create({
      collection: 'organizations',
      locale: 'pl',
      data: {
        ...makeOrganization({ name: 'Fundacja Morska' }),
        body: richText('Pierwszy akapit o **porcie** w Gdyni.', 'Drugi akapit.'),
        _status: 'published',
      },
    })
    const id = doc.id as number
    await payload.update({
      collection: 'organizations',
      id,
      locale: 'lt',
      data: { name: 'Jūrų fondas', body: richText('Pirmoji pastraipa.'), _status: 'published' },
    })
    await payload.update({
      collection: 'organizations',
      id,
      locale: 'pl',
      data: {
        name: 'Fundacja Morska Bałtyk',
        body: richText('Pierwszy akapit o **nowym porcie** w Gdyni.', 'Drugi akapit.', 'Trzeci akapit.'),
        _status: 'published',
      },
    })
    const read = () =>
      client.rest(`/api/translations/source-changes?collection=organizations&id=${id}&locale=lt`, tokens.translator)
    const { status, body } = await read()
    expect(status).toBe(200)
    expect(body).toMatchObject({ outdated: true, available: true, sourceLocale: 'pl' })
    const byField = Object.fromEntries(
      (
        body.changes as {
          id: string
          before: string
          after: string
          parts: { value: string; added?: boolean; removed?: boolean }[]
        }[]
      ).map((change) => [change.id, change]),
    )
    expect(Object.keys(byField)).toEqual(['name', 'body'])
    expect(byField.name.before).toBe('Fundacja Morska')
    expect(byField.name.after).toBe('Fundacja Morska Bałtyk')
    expect(byField.body.before).toBe('Pierwszy akapit o porcie w Gdyni.\nDrugi akapit.')
    expect(byField.body.after).toBe('Pierwszy akapit o nowym porcie w Gdyni.\nDrugi akapit.\nTrzeci akapit.')
    for (const change of Object.values(byField)) {
      expect(
        change.parts
          .filter((p) => !p.added)
          .map((p) => p.value)
          .join(''),
      ).toBe(change.before)
      expect(
        change.parts
          .filter((p) => !p.removed)
          .map((p) => p.value)
          .join(''),
      ).toBe(change.after)
    }
    expect(byField.name.parts.filter((p) => p.added).map((p) => p.value.trim())).toEqual(['Bałtyk'])
    expect(byField.body.parts.filter((p) => p.removed)).toEqual([])

    // the XLIFF export carries each changed field's previous source as a note for CAT tools
    const exported = await client.restText(
      `/api/translations/export?locale=lt&collection=organizations&id=${id}`,
      tokens.translator,
    )
    expect(exported.status).toBe(200)
    expect(exported.text).toMatch(
      /<unit id="name"[^>]*>\s*<notes>\s*<note category="previous-source">Fundacja Morska<\/note>/,
    )
    expect(exported.text).toContain(
      '<note category="previous-source">Pierwszy akapit o porcie w Gdyni.\nDrugi akapit.</note>',
    )
    // the record of the old source is the first place looked in; the versions are the second
    await payload.delete({ collection: 'source-texts', where: { document: { equals: `organizations:${id}` } } })
    const again = await read()
    expect(again.body.changes).toEqual(body.changes)

    const current = await client.rest(
      `/api/translations/source-changes?collection=organizations&id=${id}&locale=pl`,
      tokens.translator,
    )
    expect(current.body).toMatchObject({ outdated: false, changes: [] })
  })

  it('tells the people concerned by mail: the reviewer when text waits, the translator when it is sent back or outdated', async () => {
    // the mails the other tests' events queued go first
    await payload.jobs.run()
    inbox.mails.length = 0
    const id = await publishedOrganization()
    await translate(id, 'Gdanskas (laiškui)')
    await payload.jobs.run()
    const waiting = await inbox.mailTo(emails.reviewer)
    expect(waiting.subject).toMatch(/Gdanskas|Organisation/)
    expect(waiting.text).toContain(`/collections/organizations/${id}?locale=lt`)
    // in the reviewer's working language, Lithuanian
    expect(waiting.subject).not.toMatch(/Waiting for your review/)
    expect(inbox.mails.some((m) => [m.to].flat().some((to) => to?.text.includes(emails.reviewerPl)))).toBe(false)

    inbox.mails.length = 0
    await decide(id, 'reject', tokens.reviewer, 'Netinka: patikslinkite miesto pavadinimą.')
    await payload.jobs.run()
    const rejected = await inbox.mailTo(emails.translator)
    expect(rejected.text).toContain('Netinka: patikslinkite miesto pavadinimą.')
    expect(rejected.text).toContain('Jonas Recenzentas')

    inbox.mails.length = 0
    await translate(id, 'Gdanskas (pataisyta laiškui)')
    await payload.update({
      collection: 'organizations',
      id,
      locale: 'pl',
      data: { city: 'Gdańsk-Oliwa', _status: 'published' },
    })
    await payload.jobs.run()
    const outdated = await inbox.mailTo(emails.translator)
    expect(outdated.subject).not.toBe(rejected.subject)
    expect(outdated.text).toContain(`/collections/organizations/${id}?locale=lt`)
  })
})
