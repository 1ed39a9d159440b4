import { APIError, addDataAndFileToRequest, type PayloadRequest } from 'payload'
import { requestTranslator } from '../i18n/messages'

/**
 * The text of a file sent to an import endpoint: the `file` field of a form upload (the admin's
 * forms), or the whole request body (`curl --data-binary @file`).
 */
export async function uploadedText(req: PayloadRequest): Promise<string> {
  const type = req.headers.get('content-type') ?? ''
  if (type.includes('multipart/form-data')) {
    await addDataAndFileToRequest(req)
    if (req.file?.data) return req.file.data.toString('utf8')
    throw new APIError(requestTranslator(req)('upload.noFile'), 400, undefined, true)
  }
  return req.text ? req.text() : ''
}
