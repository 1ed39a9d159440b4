import { createHmac } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import {
  createPreviewToken,
  PREVIEW_TTL_SECONDS,
  previewSecret,
  verifyPreviewToken,
} from '../../shared/formats/previewToken'

const SECRET = 'preview-test-secret'
const NOW = Date.UTC(2026, 10, 21, 12, 0, 0)
const grant = { collection: 'clusters', id: '7' }

/** Signs an arbitrary payload the way the module does, to build tokens it would not create itself. */
const signed = (payload: string, secret = SECRET) =>
  `${payload}.${createHmac('sha256', secret).update(payload).digest('base64url')}`
/** An environment with just these variables. */
const env = (vars: Record<string, string | undefined>) => vars as NodeJS.ProcessEnv
const encode = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url')

describe('createPreviewToken / verifyPreviewToken', () => {
  it('round-trips the grant with its expiry', () => {
    const token = createPreviewToken(grant, SECRET, 600, NOW)
    expect(verifyPreviewToken(token, SECRET, NOW)).toEqual({
      collection: 'clusters',
      id: '7',
      expires: NOW / 1000 + 600,
    })
  })

  it('expires after 15 minutes by default', () => {
    expect(PREVIEW_TTL_SECONDS).toBe(900)
    const token = createPreviewToken(grant, SECRET, undefined, NOW)
    expect(verifyPreviewToken(token, SECRET, NOW)).toMatchObject({ expires: NOW / 1000 + 900 })
  })

  it('is a base64url payload and signature joined by a dot', () => {
    expect(createPreviewToken(grant, SECRET, 600, NOW)).toMatch(/^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/)
  })

  it('accepts a token up to the second before it expires', () => {
    const token = createPreviewToken(grant, SECRET, 600, NOW)
    expect(verifyPreviewToken(token, SECRET, NOW + 599_999)).toMatchObject({ id: '7' })
  })

  it('refuses a token at and after its expiry', () => {
    const token = createPreviewToken(grant, SECRET, 600, NOW)
    expect(verifyPreviewToken(token, SECRET, NOW + 600_000)).toEqual({ error: 'expired' })
    expect(verifyPreviewToken(token, SECRET, NOW + 3_600_000)).toEqual({ error: 'expired' })
  })

  it('refuses a token whose payload was changed', () => {
    const token = createPreviewToken(grant, SECRET, 600, NOW)
    const [, signature] = token.split('.')
    const forged = `${encode({ collection: 'clusters', id: '8', expires: NOW / 1000 + 600 })}.${signature}`
    expect(verifyPreviewToken(forged, SECRET, NOW)).toEqual({ error: 'bad signature' })
  })

  it('refuses a token whose signature was changed', () => {
    const token = createPreviewToken(grant, SECRET, 600, NOW)
    const last = token.at(-1) === 'A' ? 'B' : 'A'
    expect(verifyPreviewToken(`${token.slice(0, -1)}${last}`, SECRET, NOW)).toEqual({ error: 'bad signature' })
    expect(verifyPreviewToken(`${token}x`, SECRET, NOW)).toEqual({ error: 'bad signature' })
  })

  it('refuses a token signed with another secret', () => {
    const token = createPreviewToken(grant, 'another-secret', 600, NOW)
    expect(verifyPreviewToken(token, SECRET, NOW)).toEqual({ error: 'bad signature' })
  })

  it('refuses a missing token', () => {
    expect(verifyPreviewToken(undefined, SECRET, NOW)).toEqual({ error: 'missing' })
    expect(verifyPreviewToken(null, SECRET, NOW)).toEqual({ error: 'missing' })
    expect(verifyPreviewToken('', SECRET, NOW)).toEqual({ error: 'missing' })
  })

  it('refuses a token that is not payload.signature', () => {
    expect(verifyPreviewToken('abc', SECRET, NOW)).toEqual({ error: 'malformed' })
    expect(verifyPreviewToken('abc.', SECRET, NOW)).toEqual({ error: 'malformed' })
    expect(verifyPreviewToken('.abc', SECRET, NOW)).toEqual({ error: 'malformed' })
    const token = createPreviewToken(grant, SECRET, 600, NOW)
    expect(verifyPreviewToken(`${token}.extra`, SECRET, NOW)).toEqual({ error: 'malformed' })
  })

  it('refuses a correctly signed payload that is not JSON', () => {
    expect(verifyPreviewToken(signed(Buffer.from('not json').toString('base64url')), SECRET, NOW)).toEqual({
      error: 'malformed',
    })
  })

  it('refuses a correctly signed grant without an expiry', () => {
    expect(verifyPreviewToken(signed(encode({ collection: 'clusters', id: '7' })), SECRET, NOW)).toEqual({
      error: 'malformed',
    })
  })

  it('refuses, without throwing, a correctly signed payload that is JSON but not an object', () => {
    expect(verifyPreviewToken(signed(encode(null)), SECRET, NOW)).toEqual({ error: 'malformed' })
  })
})

describe('previewSecret', () => {
  it('uses PREVIEW_SECRET when it is set', () => {
    expect(previewSecret(env({ PREVIEW_SECRET: 'explicit', PAYLOAD_SECRET: 'payload' }))).toBe('explicit')
  })

  it('derives a key from PAYLOAD_SECRET when PREVIEW_SECRET is unset, different from it', () => {
    const derived = previewSecret(env({ PAYLOAD_SECRET: 'payload' }))
    expect(derived).toBe(createHmac('sha256', 'payload').update('preview-token-key').digest('hex'))
    expect(derived).toMatch(/^[0-9a-f]{64}$/)
    expect(derived).not.toBe('payload')
  })

  it('derives the same key every time and a different key for a different PAYLOAD_SECRET', () => {
    expect(previewSecret(env({ PAYLOAD_SECRET: 'payload' }))).toBe(previewSecret(env({ PAYLOAD_SECRET: 'payload' })))
    expect(previewSecret(env({ PAYLOAD_SECRET: 'payload' }))).not.toBe(previewSecret(env({ PAYLOAD_SECRET: 'other' })))
  })

  it('treats an empty PREVIEW_SECRET as unset', () => {
    expect(previewSecret(env({ PREVIEW_SECRET: '', PAYLOAD_SECRET: 'payload' }))).toBe(
      previewSecret(env({ PAYLOAD_SECRET: 'payload' })),
    )
  })

  it('throws without either secret', () => {
    expect(() => previewSecret(env({}))).toThrow('PAYLOAD_SECRET (or PREVIEW_SECRET) is needed to sign preview tokens')
  })

  it('reads process.env by default', () => {
    // vitest.config.ts sets PAYLOAD_SECRET for the tests
    const saved = process.env.PREVIEW_SECRET
    delete process.env.PREVIEW_SECRET
    try {
      expect(previewSecret()).toBe(previewSecret(env({ PAYLOAD_SECRET: process.env.PAYLOAD_SECRET })))
      expect(previewSecret()).not.toBe(process.env.PAYLOAD_SECRET)
    } finally {
      if (saved !== undefined) process.env.PREVIEW_SECRET = saved
    }
  })
})
