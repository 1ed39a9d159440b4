/** A multipart/form-data body written byte by byte, as a browser sends an upload (file name bytes included). */
import { randomBytes } from 'node:crypto'

export interface Part {
  name: string
  value: string | Buffer
  filename?: string
  contentType?: string
}

export function multipartBody(parts: Part[]): { body: Buffer; contentType: string } {
  const boundary = `----upload-test-${randomBytes(8).toString('hex')}`
  const chunks: Buffer[] = []
  for (const part of parts) {
    const disposition = `form-data; name="${part.name}"${part.filename === undefined ? '' : `; filename="${part.filename}"`}`
    const head = [`--${boundary}`, `Content-Disposition: ${disposition}`]
    if (part.contentType) head.push(`Content-Type: ${part.contentType}`)
    chunks.push(Buffer.from(`${head.join('\r\n')}\r\n\r\n`), Buffer.from(part.value), Buffer.from('\r\n'))
  }
  chunks.push(Buffer.from(`--${boundary}--\r\n`))
  return { body: Buffer.concat(chunks), contentType: `multipart/form-data; boundary=${boundary}` }
}
