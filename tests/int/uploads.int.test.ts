/**
 * Refused uploads over the real REST handler with real multipart bodies: each answers 400 (403 for
 * a translator) with a message naming the problem, and leaves no new file in the media directory,
 * including an upload that fails after Payload has begun writing its files.
 */
import { existsSync, mkdirSync, readdirSync } from 'node:fs'
import path from 'node:path'
import type { Payload } from 'payload'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { restRoutes } from '../../cms/api/routes'
import { mediaDir } from '../../cms/paths'
import { signIn } from './support/factories'
import { multipartBody } from './support/multipart'
import { startTestCms, testDatabase } from './support/testCms'

describe(`refused uploads leave nothing behind (${testDatabase})`, () => {
  let payload: Payload
  let post: ReturnType<typeof restRoutes>['POST']
  let editor: string
  let translator: string
  let png: Buffer

  beforeAll(async () => {
    payload = await startTestCms()
    post = restRoutes(payload.config).POST
    editor = (await signIn(payload, 'editor')).token
    translator = (await signIn(payload, 'translator', { assignedLocales: ['lt'] })).token
    png = await sharp({ create: { width: 40, height: 30, channels: 3, background: '#336699' } })
      .png()
      .toBuffer()
  })
  afterAll(async () => payload?.destroy())

  const mediaFiles = () => (existsSync(mediaDir()) ? readdirSync(mediaDir()).sort() : [])

  async function upload(filename: string, data: Buffer, contentType: string, token: string, query = '') {
    const { body, contentType: type } = multipartBody([
      { name: 'file', value: data, filename, contentType },
      { name: '_payload', value: JSON.stringify({ alt: 'A picture' }) },
    ])
    const response = await post(
      new Request(`http://localhost/api/media${query}`, {
        method: 'POST',
        body: new Uint8Array(body),
        headers: { 'Content-Type': type, Authorization: `JWT ${token}` },
      }),
      { params: Promise.resolve({ slug: ['media'] }) },
    )
    // a field's own refusal comes as a ValidationError whose details name the problem
    const error = (await response.json()).errors?.[0] ?? {}
    const details = (error.data?.errors ?? []).map((each: { message: string }) => each.message)
    return { status: response.status, message: [error.message, ...details].join(' ') as string }
  }

  async function expectRefused(
    attempt: () => Promise<{ status: number; message: string }>,
    status: number,
    message: RegExp,
  ) {
    const before = mediaFiles()
    const answer = await attempt()
    expect(answer).toMatchObject({ status, message: expect.stringMatching(message) })
    expect(mediaFiles()).toEqual(before)
    expect((await payload.count({ collection: 'media' })).totalDocs).toBe(0)
  }

  it('a 400-character file name', async () => {
    await expectRefused(
      () => upload(`${'a'.repeat(396)}.png`, png, 'image/png', editor),
      400,
      // (the multipart parser already cuts a name at 255 bytes)
      /^file: the file name is too long \(\d{3} bytes; at most 180\)/,
    )
  })

  it('a NUL byte in the file name', async () => {
    await expectRefused(
      () => upload('photo\u0000.png', png, 'image/png', editor),
      400,
      /^The upload could not be read as a form \(Malformed part header\)\. Check that the file name has no control characters/,
    )
  })

  it('a file type the media library does not take', async () => {
    await expectRefused(
      () => upload('notes.txt', Buffer.from('plain text'), 'text/plain', editor),
      400,
      /File type text\/plain .* is not allowed/,
    )
    // a text file claiming to be a PNG is judged by its content
    await expectRefused(
      () => upload('notes.png', Buffer.from('plain text'), 'image/png', editor),
      400,
      /^file: "notes.png" is not a readable image/,
    )
  })

  it('an image too large to decode (a decompression bomb)', async () => {
    const bomb = await sharp({
      create: { width: 20000, height: 20000, channels: 3, background: '#000' },
      limitInputPixels: false,
    })
      .png({ compressionLevel: 9 })
      .toBuffer()
    await expectRefused(
      () => upload('bomb.png', bomb, 'image/png', editor),
      400,
      /^file: the image is 20000 × 20000 pixels \(400 megapixels\); the largest accepted is 268 megapixels/,
    )
  })

  it('an image whose content is not readable', async () => {
    const truncated = png.subarray(0, 60)
    await expectRefused(() => upload('broken.png', truncated, 'image/png', editor), 400, /not a readable image/)
  })

  it('a request another check refuses (an unknown locale)', async () => {
    await expectRefused(() => upload('ok.png', png, 'image/png', editor, '?locale=xx'), 400, /Unknown locale "xx"/)
  })

  it('a translator', async () => {
    await expectRefused(() => upload('ok.png', png, 'image/png', translator), 403, /not allowed/)
  })

  it('an upload that fails after Payload wrote its first file', async () => {
    // the thumbnail's path is taken by a folder, so writing it fails after the original was written
    mkdirSync(path.join(mediaDir(), 'blocked-40x30.webp'), { recursive: true })
    await expectRefused(() => upload('blocked.png', png, 'image/png', editor), 400, /problem while uploading/)
  })

  it('and a good upload still works', async () => {
    const before = mediaFiles()
    expect(await upload('harbour.png', png, 'image/png', editor)).toMatchObject({ status: 201 })
    expect(mediaFiles().filter((name) => !before.includes(name))).toEqual(['harbour-40x30.webp', 'harbour.png'])
  })
})
