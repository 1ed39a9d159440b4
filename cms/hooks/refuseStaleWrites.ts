import { APIError, type CollectionBeforeOperationHook } from 'payload'
import { requestTranslator } from '../i18n/messages'

/**
 * Refuses a save built on an old copy of the document, so two editors cannot silently overwrite each
 * other (the admin's document lock does not cover REST or GraphQL). A write says which version it
 * was based on by sending the `updatedAt` it read, as the admin does with every save; when that is
 * not the stored document's latest `updatedAt` (draft or published), the write is refused with 409
 * and who changed the document when. Writes without `updatedAt` are not checked, so API clients that
 * do not send it keep working. Only the request's own write is checked (REST, GraphQL, the admin),
 * not the writes its hooks make through the Local API on the same request.
 */
export const refuseStaleWrites: CollectionBeforeOperationHook = async ({ args, operation, req, collection }) => {
  if (operation !== 'update' || req.payloadAPI === 'local' || req.context.staleWriteChecked) return args
  const id = (args as { id?: number | string }).id
  const sentStamp = (args.data as { updatedAt?: unknown } | undefined)?.updatedAt
  if (id === undefined || id === null || typeof sentStamp !== 'string') return args
  req.context.staleWriteChecked = true
  const stored = (await req.payload.findByID({
    collection: collection.slug as never,
    id,
    draft: true,
    depth: 1,
    overrideAccess: true,
    disableErrors: true,
    select: { updatedAt: true, updatedBy: true } as never,
    req,
  })) as { updatedAt?: string; updatedBy?: { id: unknown; name?: string; email?: string } | null } | null
  if (!stored?.updatedAt) return args
  const t = requestTranslator(req)
  const sent = Date.parse(sentStamp)
  if (Number.isNaN(sent)) {
    throw new StaleWriteError(t('conflicts.staleStamp', { value: sentStamp }), 400)
  }
  if (sent === Date.parse(stored.updatedAt)) return args
  throw new StaleWriteError(
    t('conflicts.sinceOpened', {
      who: changedBy(stored.updatedBy, req.user?.id, t),
      time: formatTime(stored.updatedAt),
    }),
    409,
    { updatedAt: stored.updatedAt, updatedBy: stored.updatedBy?.id ?? null },
  )
}

/**
 * A refused write (409 with the stored version's stamp for API clients, or 400 for a stamp that is not
 * a date). The name is spelled out because Payload shows an error's message only when it has a name,
 * and the production build of the CMS minifies class names away.
 */
class StaleWriteError extends APIError {
  constructor(message: string, status: number, data?: { updatedAt: string; updatedBy: unknown }) {
    super(message, status, data, true)
    this.name = 'StaleWriteError'
  }
}

function changedBy(
  user: { id: unknown; name?: string; email?: string } | null | undefined,
  me: unknown,
  t: ReturnType<typeof requestTranslator>,
): string {
  if (!user) return t('conflicts.changedByProcess')
  if (user.id === me) return t('conflicts.changedByYou')
  return t('conflicts.changedBy', { name: user.name || user.email || `#${user.id}` })
}

/** "15:02 UTC" today, "2026-12-03 15:02 UTC" on another day. */
function formatTime(iso: string): string {
  const at = new Date(iso)
  const [day, time] = at.toISOString().split('T')
  const today = new Date().toISOString().split('T')[0]
  return `${day === today ? '' : `${day} `}${time.slice(0, 5)} UTC`
}
