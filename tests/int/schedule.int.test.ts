import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Cluster } from '../../cms/payload-types'
import { startTestCms, testDatabase } from './support/testCms'

/**
 * Scheduled publish and unpublish (Payload's schedulePublish jobs) take the same path as a publish by
 * hand: the document changes status, and a site update is queued for the site updater.
 */
describe(`scheduled publishing (${testDatabase})`, () => {
  let payload: Payload
  let id: Cluster['id']

  const schedule = (type: 'publish' | 'unpublish', at: Date) =>
    payload.jobs.queue({
      task: 'schedulePublish',
      input: { type, doc: { relationTo: 'clusters', value: id } },
      waitUntil: at,
    })
  const status = async () =>
    ((await payload.findByID({ collection: 'clusters', id, draft: false, depth: 0 })) as { _status?: string })._status
  const queuedReasons = async () =>
    (
      await payload.find({ collection: 'site-updates', where: { status: { equals: 'queued' } }, pagination: false })
    ).docs
      .map((d) => d.reasons)
      .join('\n')

  beforeAll(async () => {
    payload = await startTestCms()
    const draft = await payload.create({
      collection: 'clusters',
      data: { name: 'Scheduled cluster', sourceLocale: 'en', _status: 'draft' },
      locale: 'en',
      draft: true,
    })
    id = draft.id
  })
  afterAll(async () => payload?.destroy())

  it('does nothing before the scheduled time', async () => {
    await schedule('publish', new Date(Date.now() + 3_600_000))
    await payload.jobs.run()
    expect(await status()).toBe('draft')
    expect(await queuedReasons()).toBe('')
  })

  it('publishes when the time has come, and queues a site update', async () => {
    await schedule('publish', new Date(Date.now() - 1000))
    await payload.jobs.run()
    expect(await status()).toBe('published')
    expect(await queuedReasons()).toContain(`clusters ${id} published`)
  })

  it('unpublishes on schedule the same way', async () => {
    await schedule('unpublish', new Date(Date.now() - 1000))
    await payload.jobs.run()
    expect(await status()).toBe('draft')
    expect(await queuedReasons()).toContain(`clusters ${id} unpublished`)
  })
})
