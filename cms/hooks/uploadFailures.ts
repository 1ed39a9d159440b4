import { unlink } from 'node:fs/promises'
import path from 'node:path'
import type { AfterErrorHook, CollectionBeforeChangeHook, CollectionSlug, PayloadRequest } from 'payload'
import type { Media } from '../payload-types'

interface PendingUpload {
  collection: string
  dir: string
  /** The file and its sizes, as Payload is about to write them. */
  names: string[]
}

/**
 * Notes which files this request's upload is about to write (Payload has named the file and its sizes
 * by now and writes them right after this hook), so that a request that then fails can remove them.
 */
export const rememberUploadFiles: CollectionBeforeChangeHook<Media> = ({ data, req, collection }) => {
  if (!req.file || !collection.upload || typeof data.filename !== 'string') return data
  const sizes = Object.values(data.sizes ?? {})
  const pending: PendingUpload = {
    collection: collection.slug,
    dir: collection.upload.staticDir ?? '',
    names: [data.filename, ...sizes.map((size) => size.filename).filter((name): name is string => Boolean(name))],
  }
  req.context.pendingUpload = pending
  return data
}

/**
 * After a failed REST or GraphQL request: removes the files its upload wrote, unless a stored
 * document does refer to them (the request failed after saving). Payload writes an upload's files
 * before it saves the document and leaves them behind when anything fails after that (a file that
 * cannot be written, the database, a later hook), so a refused upload left files in data/media.
 * Also answers an upload form that cannot be read (a NUL byte in the file name, a truncated body)
 * with 400: the multipart parser's error has no status, and was a 500.
 */
export const cleanUpFailedUpload: AfterErrorHook = async ({ error, req }) => {
  const pending = req.context?.pendingUpload as PendingUpload | undefined
  if (pending) {
    delete req.context.pendingUpload
    await removeUnreferenced(pending, req)
  }
  if (isUnreadableForm(error, req)) {
    const message = `The upload could not be read as a form (${error.message}). Check that the file name has no control characters and that the upload was sent whole.`
    return { response: { errors: [{ message }] }, status: 400 }
  }
  return {}
}

async function removeUnreferenced(pending: PendingUpload, req: PayloadRequest): Promise<void> {
  const stored = await req.payload.count({
    collection: pending.collection as CollectionSlug,
    where: { filename: { equals: pending.names[0] } },
    overrideAccess: true,
  })
  if (stored.totalDocs > 0) return
  await Promise.all(
    pending.names.map((name) =>
      unlink(path.join(pending.dir, name)).catch((error: NodeJS.ErrnoException) => {
        // ENOENT: never written; EISDIR: a folder in the way, which is why the write failed
        if (error.code !== 'ENOENT' && error.code !== 'EISDIR')
          req.payload.logger.error({ err: error, msg: `Could not remove ${name}` })
      }),
    ),
  )
}

/** The multipart parser failed: a form upload, no status on the error, and nothing parsed yet. */
function isUnreadableForm(error: Error & { status?: number }, req: PayloadRequest): boolean {
  const multipart = req.headers?.get('content-type')?.startsWith('multipart/') ?? false
  return multipart && error.status === undefined && req.file === undefined && req.data === undefined
}
