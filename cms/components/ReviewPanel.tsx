'use client'
/**
 * A locale's review, where translators and reviewers work (the document's sidebar, under the translation
 * badges): whether its new text waits for review or was sent back, Approve and Send back for those who
 * may decide for that locale, and the locale's conversation — comments and decisions with author and
 * time — with a box to add to it. Decisions go to POST /api/translations/review
 * (translation/review/decide.ts); comments are review-comments documents.
 */
import { Button, TextareaInput, toast, useDocumentInfo } from '@payloadcms/ui'
import { useCallback, useEffect, useState } from 'react'
import { useMessages } from '../i18n/useMessages'
import type { ReviewComment } from '../payload-types'
import type { ReviewState } from '../translation/statuses'

/** Room between a state's sentence and the comment box below it. */
const stateNote = { margin: '0 0 calc(var(--base) / 2)' }

interface ReviewPanelProps {
  collection: string
  id: number | string
  locale: string
  review: ReviewState | null | undefined
  /** The user may approve or send back this locale. */
  mayDecide: boolean
  /** The user works in this locale (may comment). */
  mayComment: boolean
}

export function ReviewPanel({ collection, id, locale, review, mayDecide, mayComment }: ReviewPanelProps) {
  const { t, intl } = useMessages()
  const { hasPublishedDoc } = useDocumentInfo()
  const [entries, setEntries] = useState<ReviewComment[] | undefined>(undefined)
  const [text, setText] = useState('')
  const [busy, setBusy] = useState(false)
  const documentKey = `${collection}:${id}`

  const load = useCallback(async () => {
    const query = new URLSearchParams({
      'where[document][equals]': documentKey,
      'where[locale][equals]': locale,
      sort: '-createdAt',
      limit: '50',
      depth: '0',
    })
    const response = await fetch(`/api/review-comments?${query}`, { credentials: 'include' })
    if (response.ok) setEntries(((await response.json()) as { docs: ReviewComment[] }).docs)
  }, [documentKey, locale])

  useEffect(() => {
    void load()
  }, [load])

  async function send(url: string, body: unknown): Promise<unknown> {
    const response = await fetch(url, {
      method: 'POST',
      credentials: 'include',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(body),
    })
    const answer = await response.json()
    if (!response.ok) throw new Error(answer?.errors?.[0]?.message ?? `HTTP ${response.status}`)
    return answer
  }

  async function decide(decision: 'approve' | 'reject') {
    setBusy(true)
    try {
      const outcome = (await send('/api/translations/review', {
        collection,
        id,
        locale,
        decision,
        comment: text.trim() || undefined,
      })) as { published: boolean }
      toast.success(
        decision === 'reject'
          ? t('review.rejected')
          : outcome.published
            ? t('review.approved')
            : t('review.approvedUnpublished'),
      )
      // the form holds the draft as it was loaded: reload so its state and stamp are the new ones
      window.location.reload()
    } catch (error) {
      toast.error(t('review.failed', { message: (error as Error).message }))
      setBusy(false)
    }
  }

  async function comment() {
    setBusy(true)
    try {
      await send('/api/review-comments', { document: documentKey, locale, text: text.trim() })
      setText('')
      toast.success(t('review.commentAdded'))
      await load()
    } catch (error) {
      toast.error(t('review.failed', { message: (error as Error).message }))
    } finally {
      setBusy(false)
    }
  }

  const when = (iso: string) =>
    new Intl.DateTimeFormat(intl, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso))
  const waiting = review === 'pending' || review === 'rejected'
  return (
    <section className="review-panel" data-review={review ?? 'none'} style={{ marginTop: 'var(--base)' }}>
      <div className="field-label" style={{ marginBottom: 'calc(var(--base) / 3)' }}>
        {t('review.title')}
      </div>
      {review === 'pending' && (
        <p className="field-description" style={stateNote}>
          {t('review.waiting')}
        </p>
      )}
      {review === 'rejected' && (
        <p className="field-description" style={stateNote}>
          {t('review.sentBack')}
        </p>
      )}
      {waiting && !hasPublishedDoc && (
        <p className="field-description" style={stateNote}>
          {t('review.neverPublished')}
        </p>
      )}
      {(mayComment || mayDecide) && (
        <div style={{ display: 'grid', gap: 'calc(var(--base) / 2)' }}>
          <TextareaInput
            path={`reviewComment.${locale}`}
            label={t('review.commentLabel')}
            placeholder={t('review.commentPlaceholder')}
            rows={3}
            value={text}
            onChange={(event) => setText(event.target.value)}
          />
          <div style={{ display: 'flex', flexWrap: 'wrap', gap: 'calc(var(--base) / 2)' }}>
            {waiting && mayDecide && (
              <>
                <Button
                  buttonStyle="primary"
                  size="small"
                  margin={false}
                  disabled={busy}
                  onClick={() => decide('approve')}
                >
                  {hasPublishedDoc ? t('review.approve') : t('review.approveOnly')}
                </Button>
                <Button
                  buttonStyle="secondary"
                  size="small"
                  margin={false}
                  disabled={busy || !text.trim()}
                  tooltip={text.trim() ? undefined : t('review.reasonHint')}
                  onClick={() => decide('reject')}
                >
                  {t('review.reject')}
                </Button>
              </>
            )}
            <Button buttonStyle="subtle" size="small" margin={false} disabled={busy || !text.trim()} onClick={comment}>
              {busy ? t('review.sending') : t('review.addComment')}
            </Button>
          </div>
        </div>
      )}
      <div className="field-label" style={{ margin: 'calc(var(--base) * 0.75) 0 calc(var(--base) / 3)' }}>
        {t('review.conversation')}
      </div>
      {entries && entries.length === 0 && <p className="field-description">{t('review.noComments')}</p>}
      {entries && entries.length > 0 && (
        <ol className="review-comments" style={{ listStyle: 'none', margin: 0, padding: 0, display: 'grid', gap: 8 }}>
          {entries.map((entry) => (
            <li
              key={entry.id}
              data-kind={entry.kind}
              style={{
                borderLeft: `3px solid ${entry.kind === 'approved' ? 'var(--theme-success-500)' : entry.kind === 'rejected' ? 'var(--theme-warning-500)' : 'var(--theme-elevation-150)'}`,
                paddingLeft: 8,
              }}
            >
              <div style={{ fontSize: 12, color: 'var(--theme-elevation-600)' }}>
                {t('review.byAt', { name: entry.authorName ?? t('review.someone'), time: when(entry.createdAt) })}
                {entry.kind === 'approved' && <strong> · {t('review.kindApproved')}</strong>}
                {entry.kind === 'rejected' && <strong> · {t('review.kindRejected')}</strong>}
              </div>
              {entry.text && <div style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>{entry.text}</div>}
            </li>
          ))}
        </ol>
      )}
    </section>
  )
}
