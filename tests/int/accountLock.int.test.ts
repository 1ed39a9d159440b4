/**
 * The login lockout holds: five failed logins lock an account, and only an admin may unlock it, over
 * REST, GraphQL and the Local API acting as a user. An editor or translator who tries is refused with
 * 403 and the account stays locked.
 */
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { apiClient } from './support/api'
import { signIn } from './support/factories'
import { startTestCms, testDatabase } from './support/testCms'

describe(`account lockout and unlocking (${testDatabase})`, () => {
  let payload: Payload
  let api: ReturnType<typeof apiClient>
  let n = 0

  beforeAll(async () => {
    payload = await startTestCms()
    api = apiClient(payload)
  })
  afterAll(async () => payload?.destroy())

  /** A user locked out by five wrong passwords through the REST login. */
  async function lockedUser(): Promise<{ email: string; password: string; id: number | string }> {
    n++
    const email = `locked-${n}@example.com`
    const password = `right-password-${n}`
    const user = await payload.create({ collection: 'users', data: { email, password, role: 'editor' } })
    for (let attempt = 0; attempt < 5; attempt++) {
      const { status } = await api.send('POST', '/api/users/login', { email, password: 'wrong-password' })
      expect(status).toBe(401)
    }
    return { email, password, id: user.id }
  }

  const login = (email: string, password: string) => api.send('POST', '/api/users/login', { email, password })
  const lockUntil = async (id: number | string) =>
    (await payload.findByID({ collection: 'users', id, showHiddenFields: true, depth: 0 })).lockUntil

  it('five failed logins lock the account for about ten minutes, even with the right password', async () => {
    const { email, password, id } = await lockedUser()
    const locked = await login(email, password)
    expect(locked.status).toBe(401)
    expect(locked.body.errors[0].message).toMatch(/locked/i)
    const minutes = (Date.parse((await lockUntil(id)) as string) - Date.now()) / 60_000
    expect(minutes).toBeGreaterThan(9)
    expect(minutes).toBeLessThanOrEqual(10)
  })

  for (const role of ['translator', 'editor'] as const) {
    it(`a signed-in ${role} cannot unlock an account (REST, GraphQL, Local API)`, async () => {
      const { email, password, id } = await lockedUser()
      const before = await lockUntil(id)
      const { token, user } = await signIn(payload, role, role === 'translator' ? { assignedLocales: ['lt'] } : {})

      const rest = await api.send('POST', '/api/users/unlock', { email }, token)
      expect(rest.status).toBe(403)

      const graphql = await api.graphql(`mutation { unlockUser(email: "${email}") }`, token)
      expect(graphql.body.errors?.[0]?.message).toMatch(/not allowed/i)

      const self = await payload.findByID({ collection: 'users', id: user!.id })
      await expect(
        payload.unlock({
          collection: 'users',
          // the generated type asks for a password; unlocking reads only the email
          data: { email, password: '' },
          overrideAccess: false,
          req: { user: self },
        }),
      ).rejects.toMatchObject({ status: 403 })

      expect(await lockUntil(id)).toBe(before)
      expect((await login(email, password)).status).toBe(401)
    })
  }

  it('an admin unlocks an account, and its owner can sign in again', async () => {
    const { email, password, id } = await lockedUser()
    const { token } = await signIn(payload, 'admin')
    const { status } = await api.send('POST', '/api/users/unlock', { email }, token)
    expect(status).toBe(200)
    expect(await lockUntil(id)).toBeNull()
    expect((await login(email, password)).status).toBe(200)
  })
})
