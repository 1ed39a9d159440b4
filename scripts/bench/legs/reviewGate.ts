/**
 * Leg 6: what the review gate adds to a publish. An editor publishes a change to a document's English
 * text over REST, once with no locale waiting for review and once with the Lithuanian text waiting (a
 * translator's draft), so the publish keeps Lithuanian's approved text live (cms/translation/review/).
 * Alternated on the same document, the waiting text approved in between, so both see the same data.
 */
import { fetchWithRetry } from '../../../shared/cmsClient'
import type { BenchReport } from '../benchReport'
import { benchTranslator, editorToken } from '../cmsServer'

/** Publishes of each kind measured. */
const SAMPLES = 10

export async function reviewGateLeg(cmsUrl: string): Promise<NonNullable<BenchReport['reviewGate']>> {
  const editor = await editorToken(cmsUrl)
  const translator = await editorToken(cmsUrl, benchTranslator)
  const send = async (token: string, method: string, path: string, body: unknown) => {
    const response = await fetchWithRetry(`${cmsUrl}${path}`, {
      method,
      headers: { 'Content-Type': 'application/json', Authorization: `JWT ${token}` },
      body: JSON.stringify(body),
    })
    if (!response.ok) throw new Error(`${method} ${path} answered ${response.status}: ${await response.text()}`)
    await response.arrayBuffer()
  }
  const { docs } = (await (await fetchWithRetry(`${cmsUrl}/api/clusters?limit=1&depth=0`)).json()) as {
    docs: { id: number }[]
  }
  const id = docs[0].id
  const publish = async (n: number) => {
    const started = performance.now()
    await send(editor, 'PATCH', `/api/clusters/${id}?locale=en`, { name: `Review gate ${n}`, _status: 'published' })
    return performance.now() - started
  }
  await publish(0)
  const plain: number[] = []
  const gated: number[] = []
  for (let n = 1; n <= SAMPLES; n++) {
    plain.push(await publish(n))
    await send(translator, 'PATCH', `/api/clusters/${id}?locale=lt`, { name: `Vertimas ${n}` })
    gated.push(await publish(n + 0.5))
    await send(editor, 'POST', '/api/translations/review', {
      collection: 'clusters',
      id,
      locale: 'lt',
      decision: 'approve',
    })
  }
  return { samples: SAMPLES, publishMs: spread(plain), publishWithWaitingLocaleMs: spread(gated) }
}

function spread(values: number[]): { median: number; min: number; max: number } {
  const sorted = [...values].sort((a, b) => a - b)
  const round = (n: number) => Math.round(n * 10) / 10
  const middle = sorted.length / 2
  const median = sorted.length % 2 ? sorted[Math.floor(middle)] : (sorted[middle - 1] + sorted[middle]) / 2
  return { median: round(median), min: round(sorted[0]), max: round(sorted[sorted.length - 1]) }
}
