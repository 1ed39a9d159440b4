import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startTestCms, testDatabase } from './support/testCms'

/**
 * Saves that publish at the same moment, each in its own request and transaction (several editors,
 * or the admin's bulk publish), all reach the site: the one queued site update names every document.
 * On PostgreSQL two saves used to read the queued update together and each write back its own
 * change only, the later dropping the earlier's (8 publishes left 3 documents queued).
 */
describe(`site updates queued by saves made at once (${testDatabase})`, () => {
  let payload: Payload

  beforeAll(async () => {
    payload = await startTestCms()
  })
  afterAll(async () => payload?.destroy())

  it('names every document of eight publishes made at once in the one update queued', async () => {
    const ids: Array<number | string> = []
    for (let n = 0; n < 8; n++) {
      const draft = await payload.create({
        collection: 'clusters',
        data: { name: `Published together ${n}`, sourceLocale: 'en', _status: 'draft' },
        locale: 'en',
        draft: true,
      })
      ids.push(draft.id)
    }
    await Promise.all(
      ids.map((id) => payload.update({ collection: 'clusters', id, data: { _status: 'published' }, locale: 'en' })),
    )
    const { docs } = await payload.find({
      collection: 'site-updates',
      where: { status: { equals: 'queued' } },
      pagination: false,
      overrideAccess: true,
    })
    expect(docs).toHaveLength(1)
    const queued = docs[0] as { documents?: string[]; reasons?: string }
    expect([...(queued.documents ?? [])].sort()).toEqual(ids.map((id) => `clusters:${id}`).sort())
    for (const id of ids) expect(queued.reasons).toContain(`clusters ${id} published`)
  })
})
