/**
 * Password reset by mail, end to end: the real REST handlers on the real database send the mail
 * through a real SMTP server (with a login), the test reads the link from the mail it received,
 * resets the password with the link's token and signs in with the new password.
 */
import { pl } from '@payloadcms/translations/languages/pl'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { restRoutes } from '../../cms/api/routes'
import { apiClient } from './support/api'
import { firstLink, type SmtpInbox, smtpEnvironment, startSmtpInbox } from './support/smtpInbox'
import { startTestCms, testDatabase } from './support/testCms'

const publicUrl = 'https://cms.example.org'

describe(`password reset by mail (${testDatabase})`, () => {
  let payload: Payload
  let client: ReturnType<typeof apiClient>
  let inbox: SmtpInbox

  beforeAll(async () => {
    inbox = await startSmtpInbox()
    Object.assign(process.env, {
      ...smtpEnvironment(inbox),
      MAIL_FROM: 'Baltic CMS <cms@example.org>',
      CMS_PUBLIC_URL: publicUrl,
    })
    payload = await startTestCms()
    client = apiClient(payload)
  })
  afterAll(async () => {
    await payload?.destroy()
    await inbox?.stop()
  })

  async function createUser(email: string, password: string) {
    await payload.create({ collection: 'users', data: { email, password, role: 'editor' } })
  }

  it('mails a link to the public admin address; its token sets a new password that signs in', async () => {
    await createUser('editor@example.com', 'the-old-password-1')

    const request = await client.send('POST', '/api/users/forgot-password', { email: 'editor@example.com' })
    expect(request).toMatchObject({ status: 200 })

    const mail = await inbox.mailTo('editor@example.com')
    expect(mail.from?.value[0]).toMatchObject({ name: 'Baltic CMS', address: 'cms@example.org' })
    const link = firstLink(mail)
    expect(link).toMatch(new RegExp(`^${publicUrl}/admin/reset/[0-9a-f]{40}$`))
    const token = link.split('/').at(-1)

    const reset = await client.send('POST', '/api/users/reset-password', { token, password: 'the-new-password-2' })
    expect(reset.status).toBe(200)

    const login = (password: string) =>
      client.send('POST', '/api/users/login', { email: 'editor@example.com', password })
    const signedIn = await login('the-new-password-2')
    expect(signedIn.status).toBe(200)
    expect(signedIn.body.token).toEqual(expect.any(String))
    expect((await login('the-old-password-1')).status).toBe(401)
    // the link is spent
    const again = await client.send('POST', '/api/users/reset-password', { token, password: 'a-third-password-3' })
    expect(again.status).toBe(403)
  })

  it('answers an unknown address like a known one and sends it nothing', async () => {
    await createUser('known@example.com', 'known-password-1')
    const unknown = await client.send('POST', '/api/users/forgot-password', { email: 'nobody@example.com' })
    const known = await client.send('POST', '/api/users/forgot-password', { email: 'known@example.com' })
    expect(unknown).toEqual(known)
    expect(unknown.status).toBe(200)
    // the mail to the known address, requested second, has arrived; none went to the unknown one
    await inbox.mailTo('known@example.com')
    expect(inbox.mails.flatMap((mail) => [mail.to].flat().flatMap((to) => to?.value ?? []))).not.toContainEqual(
      expect.objectContaining({ address: 'nobody@example.com' }),
    )
  })

  it("writes in the requester's admin language and ignores a forged Host header", async () => {
    await createUser('tlumacz@example.com', 'polish-password-1')
    const { POST } = restRoutes(payload.config)
    const response = await POST(
      new Request('http://localhost/api/users/forgot-password', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'Accept-Language': 'pl', Host: 'attacker.example' },
        body: JSON.stringify({ email: 'tlumacz@example.com' }),
      }),
      { params: Promise.resolve({ slug: ['users', 'forgot-password'] }) },
    )
    expect(response.status).toBe(200)
    const mail = await inbox.mailTo('tlumacz@example.com')
    expect(mail.subject).toBe(pl.translations.authentication.resetYourPassword)
    expect(mail.html).toContain(pl.translations.authentication.youAreReceivingResetPassword)
    expect(firstLink(mail).startsWith(`${publicUrl}/admin/reset/`)).toBe(true)
  })
})
