import { REST_GET, REST_PATCH, REST_POST } from '@payloadcms/next/routes'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { makeOrganization } from './factories'
import { startTestCms, testDatabase } from './testCms'

type Handler = (request: Request, context: { params: Promise<{ slug: string[] }> }) => Promise<Response>

/**
 * Cookie-authenticated writes, as a browser makes them: only from the admin's own origin
 * (CMS_PUBLIC_URL, else the local addresses). A page on another origin — an attacker's, or the public
 * site — that makes an editor's browser send the auth cookie gets no further than an anonymous
 * visitor. The CMS reads its configuration once per test file, hence one file per setting.
 */
export function describeCookieWrites(setting: { publicUrl?: string; adminOrigin: string; siteOrigin: string }) {
  const { publicUrl, adminOrigin: cmsOrigin, siteOrigin } = setting
  const secure = publicUrl?.startsWith('https://') ?? false
  describe(`cookie-authenticated writes only from ${cmsOrigin} (${testDatabase})`, () => {
    let payload: Payload
    let patch: Handler
    let get: Handler
    let cookie: string
    let id: number | string

    beforeAll(async () => {
      if (publicUrl) process.env.CMS_PUBLIC_URL = publicUrl
      process.env.SITE_URL = siteOrigin
      payload = await startTestCms()
      const config = Promise.resolve(payload.config)
      patch = REST_PATCH(config) as unknown as Handler
      get = REST_GET(config) as unknown as Handler
      const post = REST_POST(config) as unknown as Handler
      const email = 'editor@example.org'
      const password = 'a-password-for-this-test'
      await payload.create({ collection: 'users', data: { email, password, role: 'editor' } })
      const login = await post(
        new Request(`${cmsOrigin}/api/users/login`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', Origin: cmsOrigin },
          body: JSON.stringify({ email, password }),
        }),
        { params: Promise.resolve({ slug: ['users', 'login'] }) },
      )
      expect(login.status).toBe(200)
      cookie = login.headers.get('set-cookie') ?? ''
      id = (
        await payload.create({
          collection: 'organizations',
          data: { ...makeOrganization({ name: 'Before' }), _status: 'published' },
          locale: 'en',
        })
      ).id
    })
    afterAll(async () => {
      delete process.env.CMS_PUBLIC_URL
      delete process.env.SITE_URL
      await payload?.destroy()
    })

    const patchWithCookie = (origin: string, name: string) =>
      patch(
        new Request(`${cmsOrigin}/api/organizations/${id}?locale=en`, {
          method: 'PATCH',
          headers: {
            'Content-Type': 'application/json',
            Origin: origin,
            Cookie: cookie.split(';')[0],
          },
          body: JSON.stringify({ name }),
        }),
        { params: Promise.resolve({ slug: ['organizations', String(id)] }) },
      )

    const storedName = async () => (await payload.findByID({ collection: 'organizations', id, locale: 'en' })).name

    it(`the auth cookie is HttpOnly, SameSite=Lax${secure ? ' and Secure (https)' : ', not Secure (plain http)'}`, () => {
      expect(cookie).toMatch(/^payload-token=/)
      if (secure) expect(cookie).toMatch(/;\s*Secure/i)
      else expect(cookie).not.toMatch(/;\s*Secure/i)
      expect(cookie).toMatch(/;\s*SameSite=Lax/i)
      expect(cookie).toMatch(/;\s*HttpOnly/i)
    })

    it('a write from a foreign origin with the editor’s cookie is refused and changes nothing', async () => {
      const response = await patchWithCookie('https://attacker.example', 'Written by an attacker')
      expect(response.status).toBe(403)
      expect(await storedName()).toBe('Before')
    })

    it('a write from the public site’s origin with the cookie is refused too', async () => {
      const response = await patchWithCookie(siteOrigin, 'Written from the site')
      expect(response.status).toBe(403)
      expect(await storedName()).toBe('Before')
    })

    it('the same write from the admin’s origin works', async () => {
      const response = await patchWithCookie(cmsOrigin, 'Written in the admin')
      expect(response.status).toBe(200)
      expect(await storedName()).toBe('Written in the admin')
    })

    it('CORS lets only the admin’s origin read with credentials', async () => {
      const read = (origin: string) =>
        get(new Request(`${cmsOrigin}/api/organizations?locale=en`, { headers: { Origin: origin } }), {
          params: Promise.resolve({ slug: ['organizations'] }),
        })
      const fromAdmin = await read(cmsOrigin)
      expect(fromAdmin.headers.get('access-control-allow-origin')).toBe(cmsOrigin)
      expect(fromAdmin.headers.get('access-control-allow-credentials')).toBe('true')
      expect((await read('https://attacker.example')).headers.get('access-control-allow-origin')).toBeNull()
    })
  })
}
