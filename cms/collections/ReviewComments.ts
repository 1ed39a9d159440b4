import { APIError, type CollectionBeforeChangeHook, type CollectionConfig, type PayloadRequest } from 'payload'
import { isAdmin } from '../access/isAdmin'
import { isSignedIn } from '../access/isSignedIn'
import { localeOptions } from '../fields/localeOptions'
import { actingUser } from '../hooks/queueSiteUpdate'
import { requestTranslator } from '../i18n/messages'
import { mayWriteLocale } from '../lib/roles'
import type { ReviewComment } from '../payload-types'
import { type ReviewCommentKind, reviewCommentKinds } from '../translation/review/reviewComments'

/** How the admin names each kind of entry. */
const kindNames: Record<ReviewCommentKind, string> = {
  comment: 'Comment',
  approved: 'Approved',
  rejected: 'Sent back',
}

/**
 * Who wrote an entry is the signed-in user, never what a request says; only the review decision
 * itself (translation/review/decide.ts) records an approval or a sending back, so anyone else's entry
 * is a comment. A comment is written by someone who works in its language.
 */
const recordAuthor: CollectionBeforeChangeHook<ReviewComment> = ({ data, req, operation, context }) => {
  if (operation !== 'create') return data
  const t = requestTranslator(req)
  if (req.user && !mayWriteLocale(req.user, data.locale)) {
    throw new APIError(t('review.notYourLocale', { locale: String(data.locale) }), 403, undefined, true)
  }
  const kind = context.reviewDecision === data.kind ? data.kind : 'comment'
  if (kind !== 'approved' && !data.text?.trim()) {
    throw new APIError(t('review.commentRequired'), 400, undefined, true)
  }
  return {
    ...data,
    kind,
    author: req.user ? (req.user.id as number) : null,
    authorName: actingUser(req).user ?? null,
  }
}

/**
 * The conversation about one locale of one document: comments from translators, reviewers and editors,
 * and each approval or sending back with its reason, with author and time. Shown in the document's
 * sidebar where the translator works (components/ReviewPanel); kept as a record, so entries are never
 * edited (an admin may delete one).
 */
export const ReviewComments: CollectionConfig = {
  slug: 'review-comments',
  labels: { singular: 'Review comment', plural: 'Review comments' },
  admin: {
    group: 'Translations',
    hidden: true,
    useAsTitle: 'text',
    defaultColumns: ['document', 'locale', 'kind', 'text', 'authorName', 'createdAt'],
  },
  access: { read: isSignedIn, create: isSignedIn, update: () => false, delete: isAdmin },
  defaultSort: '-createdAt',
  hooks: { beforeChange: [recordAuthor] },
  fields: [
    {
      name: 'document',
      type: 'text',
      required: true,
      index: true,
      admin: { description: 'The document, as collection and id: "clusters:3".' },
      validate: (value: string | null | undefined, { req }: { req: PayloadRequest }) =>
        typeof value === 'string' && /^[a-z][a-z-]*:\d+$/.test(value)
          ? true
          : requestTranslator(req)('review.documentKey', { value: String(value ?? '') }),
    },
    { name: 'locale', type: 'select', required: true, index: true, options: localeOptions() },
    {
      name: 'kind',
      type: 'select',
      required: true,
      defaultValue: 'comment',
      options: reviewCommentKinds.map((value) => ({ value, label: kindNames[value] })),
    },
    { name: 'text', type: 'textarea', maxLength: 4_000 },
    { name: 'author', type: 'relationship', relationTo: 'users', admin: { readOnly: true } },
    { name: 'authorName', label: 'Author', type: 'text', admin: { readOnly: true } },
  ],
}
