/**
 * Request bodies are capped before Payload reads them (cms/api/bodyLimit.ts): 4 MiB for JSON, GraphQL
 * and forms, 20 MiB for a media upload. An oversized body gets 413 and a JSON message naming the
 * limit, whether it declares its length or streams without one, and is never read past the limit nor
 * parsed. Ordinary requests, and uploads above the ordinary cap, are untouched.
 */
import type { Payload } from 'payload'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { MEDIA_UPLOAD_MAX_BYTES, REQUEST_BODY_MAX_BYTES } from '../../cms/limits'
import { apiClient } from './support/api'
import { signIn } from './support/factories'
import { startTestCms, testDatabase } from './support/testCms'

const MiB = 1024 * 1024

/**
 * A body that streams `prefix` and then 64 KiB chunks of "x" up to `total` bytes, with no length
 * declared (as a chunked upload arrives), counting how many bytes were taken from it.
 */
function streamedBody(prefix: string, total: number) {
  const encoder = new TextEncoder()
  const chunk = encoder.encode('x'.repeat(64 * 1024))
  const taken = { bytes: 0 }
  const body = new ReadableStream<Uint8Array>(
    {
      pull(controller) {
        if (taken.bytes === 0) {
          const start = encoder.encode(prefix)
          taken.bytes += start.byteLength
          controller.enqueue(start)
        } else if (taken.bytes >= total) {
          controller.close()
        } else {
          taken.bytes += chunk.byteLength
          controller.enqueue(chunk)
        }
      },
    },
    // nothing is taken before the reader asks
    { highWaterMark: 0 },
  )
  return { body, taken }
}

describe(`request body limits (${testDatabase})`, () => {
  let payload: Payload
  let api: ReturnType<typeof apiClient>
  const email = 'body-limit@example.com'
  const password = 'a-good-password-1'

  beforeAll(async () => {
    payload = await startTestCms()
    api = apiClient(payload)
    await payload.create({ collection: 'users', data: { email, password, role: 'editor' } })
  })
  afterAll(async () => payload?.destroy())

  const json = { 'Content-Type': 'application/json' }
  // a login whose password never ends: not JSON, however much of it is read
  const unterminatedLogin = `{"email":"${email}","password":"`

  it('a normal login still works', async () => {
    const { status, body } = await api.send('POST', '/api/users/login', { email, password })
    expect(status).toBe(200)
    expect(body.token).toEqual(expect.any(String))
  })

  it('refuses a body that declares more than 4 MiB with 413, before reading it', async () => {
    const size = REQUEST_BODY_MAX_BYTES + 1
    const { body, taken } = streamedBody(unterminatedLogin, size)
    const response = await api.sendRaw('POST', '/api/users/login', body, {
      ...json,
      'Content-Length': String(size),
    })
    expect(response.status).toBe(413)
    expect(JSON.parse(response.text)).toEqual({
      errors: [{ message: 'The request body is larger than 4 MiB, the most an API request may send.' }],
    })
    expect(taken.bytes).toBe(0)
  })

  it('refuses a streamed body at the first bytes over the limit, without reading on or parsing it', async () => {
    // the same broken JSON under the limit is parsed, and answered 400
    const small = await api.sendRaw('POST', '/api/users/login', `${unterminatedLogin}xxxx`, json)
    expect(small.status).toBe(400)

    const fiftyMiB = 50 * MiB
    const { body, taken } = streamedBody(unterminatedLogin, fiftyMiB)
    const response = await api.sendRaw('POST', '/api/users/login', body, json)
    expect(response.status).toBe(413)
    expect(JSON.parse(response.text).errors[0].message).toMatch(/larger than 4 MiB/)
    expect(taken.bytes).toBeGreaterThan(REQUEST_BODY_MAX_BYTES)
    expect(taken.bytes).toBeLessThan(REQUEST_BODY_MAX_BYTES + MiB)
  })

  it('caps GraphQL the same way', async () => {
    const { body } = streamedBody('{"query":"{ Organizations { docs { id } } }", "x":"', 10 * MiB)
    const response = await api.sendRaw('POST', '/api/graphql', body, json)
    expect(response.status).toBe(413)
    expect(JSON.parse(response.text).errors[0].message).toMatch(/larger than 4 MiB/)
  })

  it('caps the admin form saves (multipart to a collection that takes no uploads) at 4 MiB', async () => {
    const { token } = await signIn(payload, 'editor')
    const before = await payload.count({ collection: 'organizations' })
    const form = new FormData()
    form.append('_payload', JSON.stringify({ name: 'x'.repeat(5 * MiB), sourceLocale: 'pl' }))
    const response = await api.sendRaw('POST', '/api/organizations?locale=pl', form, {}, token)
    expect(response.status).toBe(413)
    expect(await payload.count({ collection: 'organizations' })).toEqual(before)
  })

  it('lets a media upload above 4 MiB through, and refuses one above 20 MiB with 413', async () => {
    const { token } = await signIn(payload, 'editor')
    const noise = { type: 'gaussian' as const, mean: 128, sigma: 60 }
    const image = await sharp({
      // sharp's types ask for a background, which it ignores when given noise
      create: { width: 1400, height: 1400, channels: 3, noise, background: 'black' },
    })
      .png({ compressionLevel: 0 })
      .toBuffer()
    expect(image.byteLength).toBeGreaterThan(REQUEST_BODY_MAX_BYTES)
    const upload = async (file: Uint8Array<ArrayBuffer>, name: string) => {
      const form = new FormData()
      form.append('file', new Blob([file], { type: 'image/png' }), name)
      form.append('_payload', JSON.stringify({ alt: 'Noise' }))
      // sent as the bytes a browser sends (undici's own FormData stream mishandles being cancelled)
      const encoded = new Response(form)
      const type = encoded.headers.get('content-type') as string
      const bytes = new Uint8Array(await encoded.arrayBuffer())
      return api.sendRaw('POST', '/api/media', bytes, { 'Content-Type': type }, token)
    }
    const accepted = await upload(image, 'noise.png')
    expect(accepted.status, accepted.text.slice(0, 300)).toBe(201)
    expect(JSON.parse(accepted.text).doc.filesize).toBe(image.byteLength)

    const before = await payload.count({ collection: 'media' })
    const refused = await upload(new Uint8Array(MEDIA_UPLOAD_MAX_BYTES + 1), 'huge.png')
    expect(refused.status).toBe(413)
    expect(JSON.parse(refused.text).errors[0].message).toBe(
      'The upload is larger than 20 MiB, the most a media file may be.',
    )
    expect(await payload.count({ collection: 'media' })).toEqual(before)
  })
})
