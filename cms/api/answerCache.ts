/**
 * Anonymous published answers kept in memory, as a CDN in front of a headless CMS keeps them: the
 * same read (URL, language and cookies) asked again while the content is unchanged is answered from
 * here, without Payload's work (about 10–15 ms of JavaScript for 20 documents, on the server's only
 * thread). Each answer is kept under the content version it was read at (cms/contentVersion.ts) and
 * used only while that version holds, so any publish, change or delete — in this process or another —
 * retires every kept answer at once.
 *
 * Least recently used answers go first once the answers take more than the limit of bytes.
 */
export type KeptAnswer = {
  /** The content version the answer was read at. */
  version: string
  body: Uint8Array<ArrayBuffer>
  headers: Headers
  etag: string
  /** Last-Modified, when it may decide a conditional request (a single document). */
  modified: Date | undefined
}

export class AnswerCache {
  readonly #answers = new Map<string, KeptAnswer>()
  #bytes = 0

  constructor(readonly maxBytes: number) {}

  /** The answer kept for the key at this content version, if any (and it becomes the most recently used). */
  get(key: string, version: string): KeptAnswer | undefined {
    const answer = this.#answers.get(key)
    if (!answer) return undefined
    this.#drop(key, answer)
    if (answer.version !== version) return undefined
    this.#answers.set(key, answer)
    this.#bytes += sizeOf(key, answer)
    return answer
  }

  set(key: string, answer: KeptAnswer): void {
    const kept = this.#answers.get(key)
    if (kept) this.#drop(key, kept)
    const size = sizeOf(key, answer)
    if (size > this.maxBytes / 4) return
    this.#answers.set(key, answer)
    this.#bytes += size
    for (const [oldest, old] of this.#answers) {
      if (this.#bytes <= this.maxBytes) break
      this.#drop(oldest, old)
    }
  }

  get bytes(): number {
    return this.#bytes
  }

  #drop(key: string, answer: KeptAnswer): void {
    this.#answers.delete(key)
    this.#bytes -= sizeOf(key, answer)
  }
}

// headers and bookkeeping are small beside a body; a fixed allowance keeps the count honest for tiny answers
function sizeOf(key: string, answer: KeptAnswer): number {
  return answer.body.byteLength + key.length * 2 + 512
}
