'use client'
/**
 * Translation state where translators work: four locale badges on each document (sidebar) and in list
 * columns, a "mark as" choice for the locale being edited, and "copy from another locale" to start a
 * translation from existing text. Built from Payload's own select and button, in the admin's language.
 */
import {
  Button,
  SelectInput,
  toast,
  useAuth,
  useDocumentInfo,
  useField,
  useFormFields,
  useLocale,
} from '@payloadcms/ui'
import type { DefaultCellComponentProps, GroupFieldClientComponent } from 'payload'
import { useState } from 'react'
import { languageName } from '../i18n/languageName'
import { inAdminLanguage } from '../i18n/schemaText'
import { useMessages } from '../i18n/useMessages'
import { mayApproveLocale, mayWriteLocale, type RoleHolder } from '../lib/roles'
import { type LocaleCode, locales } from '../locales'
import {
  isUnapproved,
  type ReviewState,
  requestableStatuses,
  reviewLabels,
  statusLabels,
  type TranslationStatus,
} from '../translation/statuses'
import { ReviewPanel } from './ReviewPanel'
import { SourceChanges } from './SourceChanges'

/** Each state's colours from Payload's theme, so the badges follow the light and dark themes. */
const colors: Record<TranslationStatus | 'untracked', { background: string; color: string }> = {
  source: { background: 'var(--theme-elevation-100)', color: 'var(--theme-elevation-800)' },
  missing: { background: 'var(--theme-error-100)', color: 'var(--theme-error-750)' },
  'in-progress': { background: 'var(--theme-warning-100)', color: 'var(--theme-warning-750)' },
  translated: { background: 'var(--theme-success-100)', color: 'var(--theme-success-750)' },
  reviewed: { background: 'var(--theme-success-200)', color: 'var(--theme-success-800)' },
  outdated: { background: 'var(--theme-warning-200)', color: 'var(--theme-warning-800)' },
  untracked: { background: 'var(--theme-elevation-50)', color: 'var(--theme-elevation-600)' },
}

/** A small coloured label for one locale's state: "LT · Missing". */
export function StatusBadge({ locale, status }: { locale: string; status: TranslationStatus | null | undefined }) {
  const { t, language } = useMessages()
  // a state's name is the status field's option label, in the admin's language
  const label = status ? inAdminLanguage(statusLabels[status], language) : t('status.untracked')
  return (
    <span
      className="translation-badge"
      data-locale={locale}
      data-status={status ?? 'untracked'}
      title={t('sidebar.localeStatus', { locale: languageName(locale, language), status: label })}
      style={{
        ...colors[status ?? 'untracked'],
        borderRadius: 'var(--style-radius-s)',
        padding: '1px 6px',
        fontSize: 12,
        lineHeight: '18px',
        marginRight: 4,
        whiteSpace: 'nowrap',
        display: 'inline-block',
      }}
    >
      {locale.toUpperCase()} · {label}
    </span>
  )
}

/** A second label beside a locale's state when its new text waits for review or was sent back. */
export function ReviewBadge({ locale, review }: { locale: string; review: ReviewState | null | undefined }) {
  const { language } = useMessages()
  if (!isUnapproved(review)) return null
  return (
    <span
      className="review-badge"
      data-review-locale={locale}
      data-review={review}
      style={{
        background: review === 'pending' ? 'var(--theme-elevation-100)' : 'var(--theme-warning-100)',
        color: review === 'pending' ? 'var(--theme-elevation-800)' : 'var(--theme-warning-800)',
        border: '1px dashed var(--theme-elevation-400)',
        borderRadius: 'var(--style-radius-s)',
        padding: '0 5px',
        fontSize: 12,
        lineHeight: '18px',
        marginRight: 4,
        whiteSpace: 'nowrap',
        display: 'inline-block',
      }}
    >
      {inAdminLanguage(reviewLabels[review], language)}
    </span>
  )
}

/** The list-view cell: one badge per locale. */
export function TranslationStatusCell({ cellData }: DefaultCellComponentProps) {
  const record = (cellData ?? {}) as Partial<Record<LocaleCode, { status?: TranslationStatus | null }>>
  return (
    <span className="translation-status-cell" style={{ display: 'inline-flex', flexWrap: 'wrap', rowGap: 4 }}>
      {locales.map((l) => (
        <StatusBadge key={l.code} locale={l.code} status={record[l.code]?.status} />
      ))}
    </span>
  )
}

/** The sidebar panel of the document editor. */
export const TranslationStatusField: GroupFieldClientComponent = () => {
  const { t, language } = useMessages()
  const locale = useLocale()
  const { id, collectionSlug } = useDocumentInfo()
  const { user } = useAuth()
  const statuses = useFormFields(([fields]) =>
    Object.fromEntries(
      locales.map((l) => [l.code, fields[`translation.${l.code}.status`]?.value as TranslationStatus]),
    ),
  )
  const reviews = useFormFields(([fields]) =>
    Object.fromEntries(
      locales.map((l) => [l.code, fields[`translation.${l.code}.review`]?.value as ReviewState | null | undefined]),
    ),
  )
  const sourceLocale = useFormFields(([fields]) => fields.sourceLocale?.value as string | undefined)
  const request = useField<string | null>({ path: 'translationRequest' })
  const [copyFrom, setCopyFrom] = useState<string>(sourceLocale && sourceLocale !== locale.code ? sourceLocale : 'en')
  const [busy, setBusy] = useState(false)
  const current = locale.code as LocaleCode
  const isSource = current === sourceLocale
  const holder = user as RoleHolder | null
  const mayWrite = mayWriteLocale(holder, current)
  const mayDecide = mayApproveLocale(holder, current)
  const name = (code: string) => languageName(code, language)

  async function copy() {
    setBusy(true)
    try {
      const response = await fetch('/api/translations/copy', {
        method: 'POST',
        credentials: 'include',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ collection: collectionSlug, id, from: copyFrom, to: current }),
      })
      const body = await response.json()
      if (!response.ok) throw new Error(body?.errors?.[0]?.message ?? `HTTP ${response.status}`)
      if (body.copied === 0) {
        toast.info(t('sidebar.nothingToCopy', { from: name(copyFrom), to: name(current) }))
        return
      }
      toast.success(t('sidebar.copied', { count: body.copied, from: name(copyFrom), to: name(current) }))
      // the form holds the old values: reload so the copied text shows and a save doesn't overwrite it
      window.location.reload()
    } catch (error) {
      toast.error(t('sidebar.copyFailed', { message: (error as Error).message }))
    } finally {
      setBusy(false)
    }
  }

  const followText = '__follow'
  return (
    <div className="field-type translation-status" style={{ marginBottom: 'var(--base)' }}>
      <div className="field-label" style={{ marginBottom: 'calc(var(--base) / 3)' }}>
        {t('sidebar.title')}
      </div>
      <ul style={{ listStyle: 'none', margin: 0, padding: 0, display: 'grid', gap: 4 }}>
        {locales.map((l) => (
          <li key={l.code} style={{ fontWeight: l.code === current ? 600 : 400 }}>
            <StatusBadge locale={l.code} status={statuses[l.code]} /> {name(l.code)}{' '}
            <ReviewBadge locale={l.code} review={reviews[l.code]} />
          </li>
        ))}
      </ul>
      {isSource && <p className="field-description">{t('sidebar.sourceNote')}</p>}
      {!mayWrite && (
        <p className="field-description">
          {t('sidebar.notYours', { locales: (holder?.assignedLocales ?? []).map(name).join(', ') })}
        </p>
      )}
      {id !== undefined && !isSource && mayWrite && (
        <div style={{ marginTop: 'calc(var(--base) * 0.75)', display: 'grid', gap: 'calc(var(--base) * 0.75)' }}>
          <SelectInput
            name="translationRequest"
            path="translationRequest"
            label={t('sidebar.markAs', { locale: name(current) })}
            value={(request.value as string) ?? followText}
            isClearable={false}
            options={[
              { value: followText, label: t('sidebar.followText') },
              ...requestableStatuses.map((s) => ({ value: s, label: inAdminLanguage(statusLabels[s], language) })),
            ]}
            onChange={(option) => {
              const value = (option as { value?: string } | null)?.value
              request.setValue(!value || value === followText ? null : value)
            }}
          />
          <div>
            <SelectInput
              name="copyFrom"
              path="copyFrom"
              label={t('sidebar.copyFrom')}
              value={copyFrom}
              isClearable={false}
              options={locales.filter((l) => l.code !== current).map((l) => ({ value: l.code, label: name(l.code) }))}
              onChange={(option) => setCopyFrom((option as { value: string }).value)}
            />
            <div style={{ marginTop: 'calc(var(--base) / 2)' }}>
              <Button buttonStyle="secondary" size="small" margin={false} disabled={busy} onClick={copy}>
                {busy ? t('sidebar.copying') : t('sidebar.copy')}
              </Button>
            </div>
          </div>
        </div>
      )}
      {id !== undefined && collectionSlug && statuses[current] === 'outdated' && (
        <SourceChanges collection={collectionSlug} id={id} locale={current} />
      )}
      {id !== undefined && collectionSlug && (
        <ReviewPanel
          collection={collectionSlug}
          id={id}
          locale={current}
          review={reviews[current]}
          mayDecide={mayDecide}
          mayComment={mayWrite}
        />
      )}
    </div>
  )
}
