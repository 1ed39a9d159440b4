import type { CollectionSlug, Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Organization } from '../../cms/payload-types'
import { runSeed } from '../../cms/seed/runSeed'
import { apiClient } from './support/api'
import { makeOrganization, makeProject, signIn } from './support/factories'
import { solidPng, uploadPng } from './support/images'
import { startTestCms, testDatabase } from './support/testCms'

/** A document id as the generated types have it (every content collection's is the same). */
type Id = Organization['id']

/**
 * A published document points only at published ones, and a document that published documents show
 * cannot be unpublished or deleted under them: over REST, GraphQL, the Local API and scheduled jobs,
 * refused before anything is written.
 */
describe(`references between published documents (${testDatabase})`, () => {
  let payload: Payload
  let api: ReturnType<typeof apiClient>
  let token: string

  const organization = async (name: string, status: 'published' | 'draft', extra: Record<string, unknown> = {}) =>
    (
      await payload.create({
        collection: 'organizations',
        data: { ...makeOrganization({ name, ...extra }), _status: status },
        locale: 'en',
        draft: status === 'draft',
      })
    ).id
  const cluster = async (name: string, status: 'published' | 'draft', extra: Record<string, unknown> = {}) =>
    (
      await payload.create({
        collection: 'clusters',
        data: { name, sourceLocale: 'en', _status: status, ...extra },
        locale: 'en',
        draft: status === 'draft',
      })
    ).id
  /** What readers get: the published version's status, or 'gone'. */
  const liveStatus = async (collection: CollectionSlug, id: Id) => {
    const doc = (await payload.findByID({ collection, id, draft: false, depth: 0, disableErrors: true })) as {
      _status?: string
    } | null
    return doc ? (doc._status ?? 'exists') : 'gone'
  }
  const countNamed = async (collection: CollectionSlug, field: string, value: string) =>
    (await payload.count({ collection, where: { [field]: { equals: value } }, locale: 'en' })).totalDocs
  /** The field errors of a refused REST write. */
  /** An editor's REST save of an English organisation. */
  const patchOrganization = (id: Id, data: Record<string, unknown>) =>
    api.send('PATCH', `/api/organizations/${id}?locale=en`, data, token)
  /** Queues a scheduled publish or unpublish that is already due, and runs the job queue. */
  const runScheduled = async (type: 'publish' | 'unpublish', relationTo: 'clusters' | 'organizations', value: Id) => {
    await payload.jobs.queue({
      task: 'schedulePublish',
      input: { type, doc: { relationTo, value } },
      waitUntil: new Date(Date.now() - 1000),
    })
    await payload.jobs.run()
  }
  /** Creates and publishes an English cluster over REST, as an editor. */
  const publishClusterOverRest = (data: Record<string, unknown>) =>
    api.send('POST', '/api/clusters?locale=en', { ...data, sourceLocale: 'en', _status: 'published' }, token)
  const fieldErrors = (body: any) => (body.errors?.[0]?.data?.errors ?? []) as { path: string; message: string }[]

  beforeAll(async () => {
    payload = await startTestCms()
    api = apiClient(payload)
    ;({ token } = await signIn(payload, 'editor'))
  }, 180_000)
  afterAll(async () => payload?.destroy())

  describe('publishing a document that points at an unpublished one', () => {
    let draftOrg: Id
    let publishedOrg: Id

    beforeAll(async () => {
      draftOrg = await organization('Draft coordinator', 'draft')
      publishedOrg = await organization('Published partner', 'published')
    })

    it('is refused over REST with 400, naming the field and the draft it points at; nothing is written', async () => {
      const { status, body } = await publishClusterOverRest({ name: 'Cluster REST refused', coordinator: draftOrg })
      expect(status).toBe(400)
      expect(body.errors[0].name).toBe('ValidationError')
      expect(body.errors[0].message).toBe('The following field is invalid: coordinator')
      expect(fieldErrors(body)).toEqual([
        {
          path: 'coordinator',
          message: `The organisation “Draft coordinator” (id ${draftOrg}) is not published; publish it first, or save this document as a draft.`,
        },
      ])
      expect(await countNamed('clusters', 'name', 'Cluster REST refused')).toBe(0)
    })

    it('allows a draft to point at a draft, and refuses publishing that draft until its target is published', async () => {
      const id = await cluster('Cluster waiting for its coordinator', 'draft', { coordinator: draftOrg })
      const updates = (await payload.count({ collection: 'site-updates' })).totalDocs
      const refused = await api.send('PATCH', `/api/clusters/${id}?locale=en`, { _status: 'published' }, token)
      expect(refused.status).toBe(400)
      expect(fieldErrors(refused.body).map((e) => e.path)).toEqual(['coordinator'])
      expect(await liveStatus('clusters', id)).toBe('draft')
      // nothing was queued for the site either
      expect((await payload.count({ collection: 'site-updates' })).totalDocs).toBe(updates)

      const target = await organization('Coordinator published later', 'published')
      const ok = await api.send(
        'PATCH',
        `/api/clusters/${id}?locale=en`,
        { coordinator: target, _status: 'published' },
        token,
      )
      expect(ok.status).toBe(200)
      expect(await liveStatus('clusters', id)).toBe('published')
    })

    it('names the array row and the hasMany field of a project, and every broken reference at once', async () => {
      const { status, body } = await api.send(
        'POST',
        '/api/funding-projects?locale=en',
        makeProject({
          title: 'Project with a draft partner',
          partners: [
            { organization: publishedOrg, role: 'lead-partner' },
            { organization: draftOrg, role: 'partner' },
          ],
          associatedPartners: [publishedOrg, draftOrg],
          _status: 'published',
        }),
        token,
      )
      expect(status).toBe(400)
      expect(fieldErrors(body).map((e) => e.path)).toEqual(['partners.1.organization', 'associatedPartners'])
      expect(fieldErrors(body)[0].message).toContain(`“Draft coordinator” (id ${draftOrg}) is not published`)
      expect(await countNamed('funding-projects', 'title', 'Project with a draft partner')).toBe(0)
    })

    it('checks the references a save keeps: publishing without touching them still checks them', async () => {
      // a draft project row pointing at the draft organisation, then "publish" with only a new title
      const { id } = await payload.create({
        collection: 'funding-projects',
        data: makeProject({ partners: [{ organization: draftOrg, role: 'partner' }], _status: 'draft' }),
        locale: 'en',
        draft: true,
      })
      const refused = await api.send(
        'PATCH',
        `/api/funding-projects/${id}?locale=en`,
        { title: 'Renamed and published', _status: 'published' },
        token,
      )
      expect(refused.status).toBe(400)
      expect(fieldErrors(refused.body).map((e) => e.path)).toEqual(['partners.0.organization'])
      expect(await liveStatus('funding-projects', id)).toBe('draft')
    })

    it('is refused over GraphQL, with the field path and message in the error', async () => {
      const { body } = await api.graphql(
        `mutation { createCluster(locale: en, data: { name: "Cluster GraphQL refused", coordinator: ${draftOrg}, sourceLocale: en, _status: published }) { id } }`,
        token,
      )
      expect(body.data?.createCluster ?? null).toBeNull()
      expect(body.errors[0].message).toBe('The following field is invalid: coordinator')
      expect(body.errors[0].extensions.data.errors[0]).toEqual({
        path: 'coordinator',
        message: `The organisation “Draft coordinator” (id ${draftOrg}) is not published; publish it first, or save this document as a draft.`,
      })
      expect(await countNamed('clusters', 'name', 'Cluster GraphQL refused')).toBe(0)
    })

    it('is refused over the Local API, even with full access', async () => {
      await expect(
        payload.create({
          collection: 'events',
          data: {
            title: 'Event with a draft organiser',
            startDate: '2026-05',
            organizer: draftOrg,
            sourceLocale: 'en',
            _status: 'published',
          },
          locale: 'en',
        }),
      ).rejects.toMatchObject({ name: 'ValidationError', status: 400, data: { errors: [{ path: 'organizer' }] } })
      expect(await countNamed('events', 'title', 'Event with a draft organiser')).toBe(0)
    })

    it('counts an existing media document as published, and refuses one that does not exist', async () => {
      const media = await uploadPng(payload, await solidPng(8, 8, '#336699'), {
        alt: 'Blue square',
        name: 'blue.png',
        locale: 'en',
      })
      expect(
        await liveStatus('clusters', await cluster('Cluster with a picture', 'published', { image: media.id })),
      ).toBe('published')
      const missing = Number(media.id) + 1000
      const { status, body } = await publishClusterOverRest({ name: 'Cluster with a lost picture', image: missing })
      expect(status).toBe(400)
      expect(fieldErrors(body)).toEqual([
        { path: 'image', message: `The media file with id ${missing} does not exist.` },
      ])
      expect(await countNamed('clusters', 'name', 'Cluster with a lost picture')).toBe(0)
    })

    it('refuses a scheduled publish the same way: the job fails with the reason and the draft stays a draft', async () => {
      const id = await cluster('Scheduled cluster with a draft coordinator', 'draft', { coordinator: draftOrg })
      await runScheduled('publish', 'clusters', id)
      expect(await liveStatus('clusters', id)).toBe('draft')
      const { docs } = await payload.find({
        collection: 'payload-jobs',
        where: { hasError: { equals: true } },
      })
      expect(JSON.stringify(docs)).toContain('The following field is invalid: coordinator')
    })
  })

  describe('unpublishing or deleting a document that published documents show', () => {
    let shown: Id
    let showing: Id

    beforeAll(async () => {
      shown = await organization('Shown coordinator', 'published')
      showing = await cluster('Cluster showing its coordinator', 'published', { coordinator: shown })
    })

    const refusal = (verb: 'unpublished' | 'deleted') =>
      `Published documents show what you are about to take away, so it cannot be ${verb}: ` +
      `the organisation “Shown coordinator” (id ${shown}) is shown by the cluster “Cluster showing its coordinator” (id ${showing}). ` +
      'Remove those references (or unpublish those documents) first.'

    it('refuses an unpublish over REST with 409 naming the document that shows it; it stays published', async () => {
      const { status, body } = await patchOrganization(shown, { _status: 'draft' })
      expect(status).toBe(409)
      expect(body.errors[0].message).toBe(refusal('unpublished'))
      expect(body.errors[0].data.documents).toEqual([
        {
          id: shown,
          shownBy: [{ collection: 'clusters', id: showing, title: 'Cluster showing its coordinator' }],
          more: 0,
        },
      ])
      expect(await liveStatus('organizations', shown)).toBe('published')
    })

    it('refuses a delete over REST, by id and by a where query; nothing is deleted', async () => {
      const other = await organization('Unshown organisation', 'published')
      const byId = await api.send('DELETE', `/api/organizations/${shown}`, undefined, token)
      expect(byId.status).toBe(409)
      expect(byId.body.errors[0].message).toBe(refusal('deleted'))
      const bulk = await api.send('DELETE', `/api/organizations?where[id][in]=${shown},${other}`, undefined, token)
      expect(bulk.status).toBe(409)
      expect(bulk.body.errors[0].message).toBe(refusal('deleted'))
      expect(await liveStatus('organizations', shown)).toBe('published')
      expect(await liveStatus('organizations', other)).toBe('published')
    })

    it('refuses over GraphQL', async () => {
      const unpublish = await api.graphql(
        `mutation { updateOrganization(id: ${shown}, locale: en, data: { _status: draft }) { id } }`,
        token,
      )
      expect(unpublish.body.errors[0].message).toBe(refusal('unpublished'))
      const remove = await api.graphql(`mutation { deleteOrganization(id: ${shown}) { id } }`, token)
      expect(remove.body.errors[0].message).toBe(refusal('deleted'))
      expect(await liveStatus('organizations', shown)).toBe('published')
    })

    it('refuses over the Local API with full access, and a scheduled unpublish', async () => {
      await expect(
        payload.update({ collection: 'organizations', id: shown, data: { _status: 'draft' } }),
      ).rejects.toMatchObject({ status: 409, message: refusal('unpublished') })
      await expect(payload.delete({ collection: 'organizations', id: shown })).rejects.toMatchObject({
        status: 409,
        message: refusal('deleted'),
      })
      await runScheduled('unpublish', 'organizations', shown)
      expect(await liveStatus('organizations', shown)).toBe('published')
    })

    it('still tells a user who may not delete at all that they may not (403), not who shows it', async () => {
      const { status } = await api.send('DELETE', `/api/organizations/${shown}`, undefined)
      expect(status).toBe(403)
      const translator = await signIn(payload, 'translator', { assignedLocales: ['lt'] })
      expect((await api.send('DELETE', `/api/organizations/${shown}`, undefined, translator.token)).status).toBe(403)
      expect(await liveStatus('organizations', shown)).toBe('published')
    })

    it('allows saving a draft over it: the published version, which readers see, stays', async () => {
      const { status } = await api.send(
        'PATCH',
        `/api/organizations/${shown}?locale=en&draft=true`,
        { city: 'Gdańsk', _status: 'draft' },
        token,
      )
      expect(status).toBe(200)
      expect(await liveStatus('organizations', shown)).toBe('published')
    })

    it('refuses a save without a status that would unpublish it (a draft was saved over it since)', async () => {
      const target = await organization('Coordinator with a pending draft', 'published')
      const showingIt = await cluster('Cluster of the pending draft', 'published', { coordinator: target })
      await payload.update({
        collection: 'organizations',
        id: target,
        data: { city: 'Sopot' },
        locale: 'en',
        draft: true,
      })
      // Payload keeps the latest version's status, a draft: this save would take the published one away
      const { status, body } = await patchOrganization(target, { city: 'Gdynia' })
      expect(status).toBe(409)
      expect(body.errors[0].message).toContain(
        `is shown by the cluster “Cluster of the pending draft” (id ${showingIt})`,
      )
      expect(await liveStatus('organizations', target)).toBe('published')
      // and once nothing published shows it, the same save goes through and does unpublish it
      await api.send('DELETE', `/api/clusters/${showingIt}`, undefined, token)
      expect((await patchOrganization(target, { city: 'Gdynia' })).status).toBe(200)
      expect(await liveStatus('organizations', target)).toBe('draft')
    })

    it('counts what the published version shows, not a newer draft, and ignores drafts that point at it', async () => {
      const target = await organization('Organiser of a draft event', 'published')
      await payload.create({
        collection: 'events',
        data: { title: 'Draft event', startDate: '2026-06', organizer: target, sourceLocale: 'en' },
        locale: 'en',
        draft: true,
      })
      const publishedEvent = await payload.create({
        collection: 'events',
        data: {
          title: 'Published event',
          startDate: '2026-07',
          organizer: target,
          sourceLocale: 'en',
          _status: 'published',
        },
        locale: 'en',
      })
      // a newer draft drops the organiser; the published version still shows it
      await payload.update({
        collection: 'events',
        id: publishedEvent.id,
        data: { organizer: null },
        locale: 'en',
        draft: true,
      })
      const refused = await api.send('DELETE', `/api/organizations/${target}`, undefined, token)
      expect(refused.status).toBe(409)
      expect(refused.body.errors[0].data.documents[0].shownBy).toEqual([
        { collection: 'events', id: publishedEvent.id, title: 'Published event' },
      ])
      // publishing that draft removes the reference from what readers see: now it may go
      await api.send('PATCH', `/api/events/${publishedEvent.id}?locale=en`, { _status: 'published' }, token)
      expect((await api.send('DELETE', `/api/organizations/${target}`, undefined, token)).status).toBe(200)
      expect(await liveStatus('organizations', target)).toBe('gone')
    })

    it('lets a bulk delete take a document together with the documents that show it', async () => {
      const parent = await organization('Parent body', 'published')
      const child = await organization('Department', 'published', { parent })
      const alone = await api.send('DELETE', `/api/organizations/${parent}`, undefined, token)
      expect(alone.status).toBe(409)
      expect(alone.body.errors[0].message).toContain(`is shown by the organisation “Department” (id ${child})`)
      const together = await api.send('DELETE', `/api/organizations?where[id][in]=${parent},${child}`, undefined, token)
      expect(together.status).toBe(200)
      expect([await liveStatus('organizations', parent), await liveStatus('organizations', child)]).toEqual([
        'gone',
        'gone',
      ])
    })

    it('names five of many documents that show it and counts the rest', async () => {
      const popular = await organization('Popular coordinator', 'published')
      const ids: Id[] = []
      for (let i = 1; i <= 7; i++)
        ids.push(await cluster(`Cluster ${i} of seven`, 'published', { coordinator: popular }))
      const { status, body } = await api.send('PATCH', `/api/organizations/${popular}`, { _status: 'draft' }, token)
      expect(status).toBe(409)
      const named = ids.slice(0, 5).map((id, i) => `the cluster “Cluster ${i + 1} of seven” (id ${id})`)
      expect(body.errors[0].message).toContain(`is shown by ${named.join(', ')} and 2 more.`)
      expect(body.errors[0].data.documents[0].more).toBe(2)
      expect(await liveStatus('organizations', popular)).toBe('published')
    })

    it('names five documents a refused bulk delete would take away from published pages, and counts the rest', async () => {
      const shownOnes: Id[] = []
      for (let i = 1; i <= 6; i++) {
        const id = await organization(`Bulk coordinator ${i}`, 'published')
        await cluster(`Cluster of bulk coordinator ${i}`, 'published', { coordinator: id })
        shownOnes.push(id)
      }
      const { status, body } = await api.send(
        'DELETE',
        `/api/organizations?where[name][like]=Bulk coordinator&locale=en`,
        undefined,
        token,
      )
      expect(status).toBe(409)
      expect(body.errors[0].message).toContain(`the organisation “Bulk coordinator 5” (id ${shownOnes[4]}) is shown by`)
      expect(body.errors[0].message).toContain('; 1 more. Remove those references')
      expect(body.errors[0].data.documents.map((d: { id: Id }) => d.id)).toEqual(shownOnes)
      for (const id of shownOnes) expect(await liveStatus('organizations', id)).toBe('published')
    })

    it('refuses deleting a media file that a published document shows', async () => {
      const media = await uploadPng(payload, await solidPng(8, 8, '#993366'), {
        alt: 'Red square',
        name: 'red.png',
        locale: 'en',
      })
      const policy = await payload.create({
        collection: 'policy-documents',
        data: {
          title: 'Policy with an attachment',
          level: 'regional',
          documentType: 'plan',
          attachments: [media.id],
          sourceLocale: 'en',
          _status: 'published',
        },
        locale: 'en',
      })
      const { status, body } = await api.send('DELETE', `/api/media/${media.id}`, undefined, token)
      expect(status).toBe(409)
      expect(body.errors[0].message).toContain(
        `the media file “${media.filename}” (id ${media.id}) is shown by the policy document “Policy with an attachment” (id ${policy.id})`,
      )
      expect(await liveStatus('media', media.id)).toBe('exists')
    })

    it('allows unpublishing and deleting a document nothing published shows', async () => {
      const lonely = await organization('Nobody shows me', 'published')
      expect((await api.send('PATCH', `/api/organizations/${lonely}`, { _status: 'draft' }, token)).status).toBe(200)
      expect(await liveStatus('organizations', lonely)).toBe('draft')
      expect((await api.send('DELETE', `/api/organizations/${lonely}`, undefined, token)).status).toBe(200)
      expect(await liveStatus('organizations', lonely)).toBe('gone')
    })
  })

  it('loads the seed, whose published documents point at one another, without a refusal', async () => {
    const report = await runSeed(payload)
    expect(report.created.length).toBeGreaterThan(40)
    const { docs } = await payload.find({
      collection: 'funding-projects',
      where: { seedKey: { equals: 'mewa' } },
      depth: 0,
      draft: false,
    })
    expect(docs[0]._status).toBe('published')
    expect((docs[0].partners ?? []).length).toBeGreaterThan(0)
  })
})
