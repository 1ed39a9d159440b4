/**
 * Development mail: with no SMTP server configured, a mail the CMS sends is written to
 * <DATA_DIR>/outbox/ as an .eml file (and its path logged), where the reset link can be read.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { simpleParser } from 'mailparser'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { outboxDir } from '../../cms/paths'
import { apiClient } from './support/api'
import { firstLink } from './support/smtpInbox'
import { startTestCms, testDatabase } from './support/testCms'

describe(`the development outbox (${testDatabase})`, () => {
  let payload: Payload

  beforeAll(async () => {
    for (const name of ['SMTP_URL', 'SMTP_HOST', 'CMS_PUBLIC_URL', 'MAIL_FROM', 'PORT']) delete process.env[name]
    payload = await startTestCms()
  })
  afterAll(async () => payload?.destroy())

  it('keeps a reset mail as an .eml file with a link to the local admin', async () => {
    await payload.create({
      collection: 'users',
      data: { email: 'dev@example.com', password: 'dev-password-1', role: 'admin' },
    })
    const outbox = () =>
      existsSync(outboxDir()) ? readdirSync(outboxDir()).filter((name) => name.endsWith('.eml')) : []

    const { status } = await apiClient(payload).send('POST', '/api/users/forgot-password', { email: 'dev@example.com' })
    expect(status).toBe(200)

    await expect.poll(() => outbox().length, { timeout: 30_000 }).toBe(1)
    const mail = await simpleParser(readFileSync(path.join(outboxDir(), outbox()[0])))
    expect(mail.to).toMatchObject({ value: [{ address: 'dev@example.com' }] })
    expect(firstLink(mail)).toMatch(/^http:\/\/localhost:3000\/admin\/reset\/[0-9a-f]{40}$/)
  })
})
