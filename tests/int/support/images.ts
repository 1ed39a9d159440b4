/** Real images for upload tests: PNGs drawn by sharp, uploaded through the Local API. */
import type { Payload } from 'payload'
import sharp from 'sharp'
import type { LocaleCode } from '../../../cms/locales'

/** A PNG of one colour. */
export function solidPng(width: number, height: number, background: string): Promise<Buffer> {
  return sharp({ create: { width, height, channels: 3, background } })
    .png()
    .toBuffer()
}

/** Uploads `png` as a media document named `name`, with its alt text in `locale`. */
export function uploadPng(payload: Payload, png: Buffer, upload: { alt: string; name: string; locale: LocaleCode }) {
  return payload.create({
    collection: 'media',
    data: { alt: upload.alt },
    locale: upload.locale,
    file: { data: png, mimetype: 'image/png', name: upload.name, size: png.length },
  })
}
