import { readFile } from 'node:fs/promises'
import { APIError, type CollectionBeforeOperationHook } from 'payload'
import sharp from 'sharp'
import { requestTranslator } from '../i18n/messages'

/**
 * The longest file name accepted, in UTF-8 bytes. File systems stop at 255 bytes, and every image
 * is also stored under its size's name (`<name>-1600x1200.webp`, `<name>-1.png` for a duplicate).
 */
export const MAX_FILE_NAME_BYTES = 180
/** The most pixels an image may have: sharp's own limit, beyond which it refuses to decode. */
export const MAX_IMAGE_PIXELS = 0x3fff * 0x3fff

/**
 * Refuses an upload whose file cannot be stored or processed, with 400 and the problem named, before
 * Payload writes anything: a file name that is too long for the file system or holds control
 * characters, an image too large to decode (a decompression bomb) or not readable as an image.
 * Without it these failed half-way, after Payload had already written some files (a 400-character
 * name left its original in data/media), with only "There was a problem while uploading the file."
 */
export const checkUpload: CollectionBeforeOperationHook<'media'> = async ({ args, operation, req }) => {
  const file = req.file
  if ((operation !== 'create' && operation !== 'update') || !file) return args
  const name = file.name ?? ''
  const t = requestTranslator(req)
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is refused
  if (/[\u0000-\u001f\u007f]/.test(name)) {
    throw refuse(t('upload.controlCharacters', { name: JSON.stringify(name) }))
  }
  const bytes = Buffer.byteLength(name)
  if (bytes > MAX_FILE_NAME_BYTES) {
    throw refuse(t('upload.nameTooLong', { bytes: String(bytes), limit: String(MAX_FILE_NAME_BYTES) }))
  }
  if (file.mimetype?.startsWith('image/') && file.mimetype !== 'image/svg+xml') await checkImage(file, t)
  return args
}

async function checkImage(
  file: { data?: Buffer; tempFilePath?: string; name: string },
  t: ReturnType<typeof requestTranslator>,
): Promise<void> {
  const data = file.data?.length ? file.data : file.tempFilePath ? await readFile(file.tempFilePath) : undefined
  if (!data) return
  // reads the image's header only; nothing is decoded
  const metadata = await sharp(data, { limitInputPixels: false })
    .metadata()
    .catch((error: Error) => {
      throw refuse(t('upload.unreadableImage', { name: file.name, reason: error.message }))
    })
  const pixels = (metadata.width ?? 0) * (metadata.height ?? 0)
  if (pixels > MAX_IMAGE_PIXELS) {
    throw refuse(
      t('upload.tooManyPixels', {
        width: String(metadata.width),
        height: String(metadata.height),
        megapixels: Math.round(pixels / 1e6),
        limit: Math.floor(MAX_IMAGE_PIXELS / 1e6),
      }),
    )
  }
}

function refuse(message: string): Error {
  return new APIError(message, 400, undefined, true)
}
