/**
 * Malformed reads (filters of the wrong shape or type, impossible pages, unknown sort fields, ids of
 * the wrong type) answer 400 or 404 with a message naming the parameter, over REST and GraphQL, on
 * each database, and never show SQL; well-formed reads of the same kinds still work.
 */
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { graphqlRoutes } from '../../cms/api/routes'
import { apiClient } from './support/api'
import { makeOrganization } from './support/factories'
import { leakedInternals, malformedReads, wellFormedReads } from './support/malformedReads'
import { startTestCms, testDatabase } from './support/testCms'

describe(`malformed queries (${testDatabase})`, () => {
  let payload: Payload
  let client: ReturnType<typeof apiClient>

  beforeAll(async () => {
    payload = await startTestCms()
    client = apiClient(payload)
    await payload.create({
      collection: 'organizations',
      data: { ...makeOrganization(), _status: 'published' },
    })
  })
  afterAll(async () => payload?.destroy())

  it.each(malformedReads)('$path answers $status', async ({ path, status, message }) => {
    const answer = await client.rest(path)
    expect(answer.status).toBe(status)
    expect(answer.body.errors[0].message).toMatch(message)
    expect(JSON.stringify(answer.body)).not.toMatch(leakedInternals)
  })

  it.each(wellFormedReads)('%s still answers 200', async (path) => {
    const answer = await client.rest(path)
    expect(answer.status).toBe(200)
    expect(answer.body.docs).toEqual(expect.any(Array))
  })

  it('GraphQL names what its schema lets through: an unknown sort field, a page of 0', async () => {
    const answer = await client.graphql('{ Organizations(sort: "nonexistent", page: 0) { docs { id } } }')
    expect(answer.body.errors[0].message).toBe(
      'page: expected a whole number from 1, got 0. sort: "nonexistent" is not a field of organizations.',
    )
    expect(answer.body.data?.Organizations ?? null).toBeNull()
  })

  it('GraphQL answers a body that is not JSON with 400', async () => {
    const response = await graphqlRoutes(payload.config).POST(
      new Request('http://localhost/api/graphql', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: '{"query": "{ Clusters { docs { id } } }"',
      }),
    )
    expect(response.status).toBe(400)
    expect(await response.json()).toEqual({ errors: [{ message: 'Invalid JSON' }] })
  })
})
