import type { PayloadRequest, TaskConfig } from 'payload'
import { publicAdminBase } from '../../email/resetPasswordEmail'
import { languageName } from '../../i18n/languageName'
import { translate } from '../../i18n/messages'
import { portalName } from '../../i18n/portalName'
import { describeDocument } from '../../lib/describeDocument'
import type { LocaleCode } from '../../locales'
import { translatableCollections } from '../translatableCollections'

/** What a review mail tells: a translation became outdated, was sent back, or waits for review. */
export interface ReviewEvent {
  kind: 'outdated' | 'rejected' | 'waiting'
  collection: string
  id: number | string
  locale: LocaleCode
  /** The document as the database holds it (for its title). */
  doc: Record<string, unknown>
  /** Who caused it (not told about their own act). */
  actorId?: number | string
  actorName?: string
  /** A sending back's reason. */
  comment?: string
}

/** One mail, as the job that sends it stores it. */
interface ReviewMail {
  to: string
  subject: string
  text: string
}

/**
 * Tells the people concerned about a review event, by mail: a translator of the locale when their
 * translation becomes outdated or is sent back, a reviewer of the locale when new text waits for them.
 * Each mail is queued as a job in the request's transaction, so a save that fails sends nothing, and is
 * sent by the CMS server's job runner (within a minute) through the configured transport (SMTP, or the
 * development outbox). Written in the recipient's working language (their first assigned language).
 */
export async function queueReviewMails(req: PayloadRequest, event: ReviewEvent): Promise<void> {
  const role = event.kind === 'waiting' ? 'reviewer' : 'translator'
  const { docs: people } = await req.payload.find({
    collection: 'users',
    where: { and: [{ role: { equals: role } }, { assignedLocales: { in: [event.locale] } }] },
    depth: 0,
    limit: 100,
    overrideAccess: true,
    req,
  })
  const config = translatableCollections(req.payload).find((c) => c.slug === event.collection)
  if (!config) return
  const link = `${publicAdminBase(req)}/collections/${event.collection}/${event.id}?locale=${event.locale}`
  for (const person of people) {
    if (person.id === event.actorId || !person.email) continue
    const language = person.assignedLocales?.[0] ?? 'en'
    const i18n = { language }
    const values = {
      document: describeDocument(config, event.doc, i18n, event.locale),
      language: languageName(event.locale, language),
      reviewer: event.actorName ?? translate(i18n, 'review.someone'),
      comment: event.comment ?? '',
      link,
    }
    const mail: ReviewMail = {
      to: person.email,
      subject: capitalize(translate(i18n, `mail.${event.kind}Subject`, values), language),
      text: `${capitalize(translate(i18n, `mail.${event.kind}Body`, values), language)}\n\n— ${portalName(language)}\n`,
    }
    await req.payload.jobs.queue({ task: 'reviewMail', input: mail as never, req })
  }
}

function capitalize(text: string, language: string): string {
  return text.charAt(0).toLocaleUpperCase(language) + text.slice(1)
}

/** The job that sends one review mail. */
export const reviewMailTask: TaskConfig = {
  slug: 'reviewMail',
  retries: 3,
  inputSchema: [
    { name: 'to', type: 'text', required: true },
    { name: 'subject', type: 'text', required: true },
    { name: 'text', type: 'textarea', required: true },
  ],
  handler: async ({ input, req }) => {
    const mail = input as unknown as ReviewMail
    await req.payload.sendEmail({ to: mail.to, subject: mail.subject, text: mail.text })
    return { output: {} }
  },
}
