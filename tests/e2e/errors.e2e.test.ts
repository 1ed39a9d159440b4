/**
 * Refusals as REST and GraphQL clients of the production server get them: the built CMS (`next build`,
 * `next start`, NODE_ENV=production) over HTTP. Every refusal keeps its status and message (a
 * minified server bundle once turned them all into "An unknown error occurred."), malformed reads
 * answer 400/404 without SQL, a refused upload leaves no file, and a password reset arrives by SMTP.
 */
import { existsSync, readdirSync } from 'node:fs'
import path from 'node:path'
import { pl } from '@payloadcms/translations/languages/pl'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { leakedInternals, malformedReads } from '../int/support/malformedReads'
import { multipartBody } from '../int/support/multipart'
import { firstLink, type SmtpInbox, smtpEnvironment, startSmtpInbox } from '../int/support/smtpInbox'
import { type CmsServer, startCmsServer, type TestUser } from './support/servers'
import { stopAll } from './support/stopAll'

const publicUrl = 'https://cms.example.org'
const translator: TestUser = {
  email: 'translator-e2e@example.com',
  password: 'translator-password-1',
  role: 'translator',
  assignedLocales: ['lt'],
}
const editor: TestUser = { email: 'editor-e2e@example.com', password: 'editor-password-1', role: 'editor' }

let cms: CmsServer
let inbox: SmtpInbox
let translatorToken: string
let editorToken: string
let orgId: number | string

async function call(
  method: string,
  apiPath: string,
  options: { token?: string; body?: string; headers?: HeadersInit } = {},
) {
  const response = await fetch(`${cms.url}${apiPath}`, {
    method,
    headers: {
      ...(options.body === undefined ? {} : { 'Content-Type': 'application/json' }),
      ...(options.token ? { Authorization: `JWT ${options.token}` } : {}),
      ...options.headers,
    },
    body: options.body,
  })
  const text = await response.text()
  return { status: response.status, text, message: (JSON.parse(text).errors?.[0]?.message ?? '') as string }
}

async function login(user: { email: string; password: string }): Promise<{ status: number; token?: string }> {
  const response = await fetch(`${cms.url}/api/users/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email: user.email, password: user.password }),
  })
  return { status: response.status, token: (await response.json()).token }
}

beforeAll(async () => {
  inbox = await startSmtpInbox()
  Object.assign(process.env, {
    ...smtpEnvironment(inbox),
    CMS_PUBLIC_URL: publicUrl,
  })
  cms = await startCmsServer({ users: [translator, editor] })
  const org = await cms.payload.find({ collection: 'organizations', limit: 1, depth: 0 })
  orgId = org.docs[0].id
  translatorToken = (await login(translator)).token as string
  editorToken = (await login(editor)).token as string
}, 600_000)

afterAll(() => stopAll(cms, inbox))

describe('the production server keeps every refusal readable', () => {
  it("answers a translator's refused writes with 403 and the reason", async () => {
    const create = await call('POST', '/api/organizations', { token: translatorToken, body: '{"name":"x"}' })
    expect(create).toMatchObject({
      status: 403,
      message: expect.stringMatching(/^Translators and reviewers cannot create documents/),
    })
    const otherLocale = await call('PATCH', `/api/organizations/${orgId}?locale=pl`, {
      token: translatorToken,
      body: '{"name":"Nazwa"}',
    })
    expect(otherLocale).toMatchObject({ status: 403, message: expect.stringContaining('the locale "pl"') })
    const remove = await call('DELETE', `/api/organizations/${orgId}`, { token: translatorToken })
    expect(remove).toMatchObject({ status: 403, message: 'Translators and reviewers cannot delete documents.' })
  })

  it('answers an unknown locale with 400 and the locales there are', async () => {
    expect(await call('GET', '/api/clusters?locale=xx')).toMatchObject({
      status: 400,
      message: 'Unknown locale "xx". Use one of pl, it, lt, en, or all.',
    })
  })

  it('answers a body that is not JSON with 400, over REST and GraphQL', async () => {
    const rest = await call('POST', '/api/organizations', { token: editorToken, body: '{"name":' })
    expect(rest).toMatchObject({ status: 400, message: 'Invalid JSON' })
    const graphql = await call('POST', '/api/graphql', { body: '{"query":' })
    expect(graphql).toMatchObject({ status: 400, message: 'Invalid JSON' })
  })

  it("answers Payload's own refusals in the caller's admin language", async () => {
    const polish = await call('DELETE', `/api/organizations/${orgId}`, { headers: { 'Accept-Language': 'pl' } })
    expect(polish).toMatchObject({ status: 403, message: pl.translations.error.notAllowedToPerformAction })
  })

  it.each(malformedReads)('$path answers $status without SQL', async ({ path: apiPath, status, message }) => {
    const answer = await call('GET', apiPath)
    expect(answer.status).toBe(status)
    expect(answer.message).toMatch(message)
    expect(answer.text).not.toMatch(leakedInternals)
  })

  it('refuses an upload whose form cannot be read with 400 and keeps no file', async () => {
    const mediaDir = path.join(cms.env.DATA_DIR as string, 'media')
    const files = () => (existsSync(mediaDir) ? readdirSync(mediaDir) : [])
    const before = files()
    const { body, contentType } = multipartBody([
      {
        name: 'file',
        value: Buffer.from('not really a picture'),
        filename: 'photo\u0000.png',
        contentType: 'image/png',
      },
    ])
    const response = await fetch(`${cms.url}/api/media`, {
      method: 'POST',
      headers: { 'Content-Type': contentType, Authorization: `JWT ${editorToken}` },
      body: new Uint8Array(body),
    })
    expect(response.status).toBe(400)
    expect((await response.json()).errors[0].message).toMatch(/^The upload could not be read as a form/)
    const long = multipartBody([
      { name: 'file', value: Buffer.from('x'), filename: `${'a'.repeat(396)}.png`, contentType: 'image/png' },
    ])
    const tooLong = await fetch(`${cms.url}/api/media`, {
      method: 'POST',
      headers: { 'Content-Type': long.contentType, Authorization: `JWT ${editorToken}` },
      body: new Uint8Array(long.body),
    })
    expect(tooLong.status).toBe(400)
    expect((await tooLong.json()).errors[0].message).toMatch(/^file: the file name is too long/)
    expect(files()).toEqual(before)
  })

  it('mails a password reset through SMTP; the link sets a new password', async () => {
    const request = await call('POST', '/api/users/forgot-password', { body: JSON.stringify({ email: editor.email }) })
    expect(request.status).toBe(200)
    const link = firstLink(await inbox.mailTo(editor.email))
    expect(link).toMatch(new RegExp(`^${publicUrl}/admin/reset/[0-9a-f]{40}$`))
    const reset = await call('POST', '/api/users/reset-password', {
      body: JSON.stringify({ token: link.split('/').at(-1), password: 'editor-new-password-2' }),
    })
    expect(reset.status).toBe(200)
    expect(await login({ email: editor.email, password: 'editor-new-password-2' })).toMatchObject({ status: 200 })
    expect((await login(editor)).status).toBe(401)
  })
})
