import { APIError, addDataAndFileToRequest, type Endpoint, type PayloadRequest } from 'payload'
import { requestTranslator } from '../i18n/messages'
import { uploadedText } from '../lib/uploadedText'
import { copyLocale } from './copyLocale'
import { exportTranslations } from './exportTranslations'
import { importTranslations } from './importTranslations'
import { reviewEndpoint, sourceChangesEndpoint } from './review/endpoint'

/**
 * POST /api/translations/copy {collection, id, from, to}: fills the empty fields of `to` with the text
 * of `from` and marks `to` in progress, as the signed-in user (a translator only into their locales).
 */
export const copyLocaleEndpoint: Endpoint = {
  path: '/translations/copy',
  method: 'post',
  handler: (req) =>
    answer(req, async () => {
      await addDataAndFileToRequest(req)
      const body = (req.data ?? {}) as {
        collection?: string
        id?: string | number
        from?: string
        to?: string
      }
      if (!body.collection || body.id === undefined || !body.from || !body.to) {
        throw new APIError(requestTranslator(req)('translations.giveCopyArguments'), 400, undefined, true)
      }
      return Response.json(
        await copyLocale(req, { collection: body.collection, id: body.id, from: body.from, to: body.to }),
      )
    }),
}

/**
 * GET /api/translations/export?locale=lt[&collection=…][&id=…][&source=pl|&group=pl][&status=missing,outdated]:
 * an XLIFF 2.0 download of what the signed-in user may read. XLIFF has one source language per file;
 * without `source`, documents are grouped by their own source locale and `group` picks one group
 * (the first, when there is only one).
 */
export const exportEndpoint: Endpoint = {
  path: '/translations/export',
  method: 'get',
  handler: (req) =>
    answer(req, async () => {
      const param = (name: string) => req.searchParams.get(name) || undefined
      const files = await exportTranslations(
        req.payload,
        {
          locale: param('locale') ?? '',
          collection: param('collection'),
          id: param('id'),
          source: param('source'),
          statuses: param('status')?.split(','),
        },
        req,
      )
      const group = param('group')
      const file = group ? files.find((f) => f.srcLang === group) : files.length === 1 ? files[0] : undefined
      if (!file) {
        const t = requestTranslator(req)
        const groups =
          files.map((f) => t('translations.group', { locale: f.srcLang, count: f.documents })).join(', ') ||
          t('translations.noGroups')
        throw new APIError(
          files.length > 1
            ? t('translations.severalGroups', { groups })
            : t('translations.nothingToTranslate', { groups }),
          files.length > 1 ? 409 : 404,
          undefined,
          true,
        )
      }
      const name = [file.trgLang, 'from', file.srcLang, param('collection'), param('id')].filter(Boolean).join('-')
      return new Response(file.xml, {
        headers: {
          'Content-Type': 'application/xliff+xml; charset=utf-8',
          'Content-Disposition': `attachment; filename="${name}.xlf"`,
          'Cache-Control': 'no-store',
        },
      })
    }),
}

/**
 * POST /api/translations/import: an XLIFF 2.0 file as the request body, or as the `file` field of a
 * form upload. Answers 200 with what changed, or 422 with every problem found and nothing written.
 */
export const importEndpoint: Endpoint = {
  path: '/translations/import',
  method: 'post',
  handler: (req) =>
    answer(req, async () => {
      const xml = await uploadedText(req)
      const report = await importTranslations(req.payload, xml, req.user, req.i18n)
      return Response.json(report, { status: report.ok ? 200 : 422 })
    }),
}

/** The translation endpoints, for the Payload config. */
export const translationEndpoints: Endpoint[] = [
  copyLocaleEndpoint,
  exportEndpoint,
  importEndpoint,
  reviewEndpoint,
  sourceChangesEndpoint,
]

/**
 * Runs an endpoint for a signed-in user. What it throws goes to Payload's error handling: a refusal
 * (a public APIError) is answered with its status and message, anything unexpected is logged and
 * answered without its details (it may hold SQL or file paths).
 */
async function answer(req: PayloadRequest, work: () => Promise<Response>): Promise<Response> {
  if (!req.user) {
    return Response.json({ errors: [{ message: requestTranslator(req)('translations.signIn') }] }, { status: 401 })
  }
  return work()
}
