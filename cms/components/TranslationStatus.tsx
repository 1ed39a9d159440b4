'use client'
/**
 * Translation state where translators work: four locale badges on each document (sidebar) and in list
 * columns, a "mark as" choice for the locale being edited, and "copy from another locale" to start a
 * translation from existing text.
 */
import { toast, useAuth, useDocumentInfo, useField, useFormFields, useLocale } from '@payloadcms/ui'
import type { DefaultCellComponentProps, GroupFieldClientComponent } from 'payload'
import { useState } from 'react'
import { type LocaleCode, locales } from '../locales'
import { requestableStatuses, statusLabels, type TranslationStatus } from '../translation/statuses'

const colors: Record<TranslationStatus, { background: string; color: string }> = {
  source: { background: '#dbe7ff', color: '#1d3f8a' },
  missing: { background: '#fde2e1', color: '#8a1f17' },
  'in-progress': { background: '#fff1c2', color: '#6b4a00' },
  translated: { background: '#d9f2dd', color: '#1c5e2a' },
  reviewed: { background: '#bfe8c8', color: '#0f4a1e' },
  outdated: { background: '#ffe0c2', color: '#7a3d00' },
}

/** A small coloured label for one locale's state. */
export function StatusBadge({ locale, status }: { locale: string; status: TranslationStatus | null | undefined }) {
  const label = status ? statusLabels[status] : 'Not tracked'
  const style = status ? colors[status] : { background: '#eee', color: '#555' }
  return (
    <span
      data-locale={locale}
      data-status={status ?? 'untracked'}
      title={`${locale.toUpperCase()}: ${label}`}
      style={{ ...style, borderRadius: 4, padding: '1px 6px', fontSize: 12, marginRight: 4, whiteSpace: 'nowrap' }}
    >
      {locale.toUpperCase()} · {label}
    </span>
  )
}

/** The list-view cell: one badge per locale. */
export function TranslationStatusCell({ cellData }: DefaultCellComponentProps) {
  const record = (cellData ?? {}) as Partial<Record<LocaleCode, { status?: TranslationStatus | null }>>
  return (
    <span className="translation-status-cell">
      {locales.map((l) => (
        <StatusBadge key={l.code} locale={l.code} status={record[l.code]?.status} />
      ))}
    </span>
  )
}

/** The sidebar panel of the document editor. */
export const TranslationStatusField: GroupFieldClientComponent = () => {
  const locale = useLocale()
  const { id, collectionSlug } = useDocumentInfo()
  const { user } = useAuth()
  const statuses = useFormFields(([fields]) =>
    Object.fromEntries(
      locales.map((l) => [l.code, fields[`translation.${l.code}.status`]?.value as TranslationStatus]),
    ),
  )
  const sourceLocale = useFormFields(([fields]) => fields.sourceLocale?.value as string | undefined)
  const request = useField<string | null>({ path: 'translationRequest' })
  const [copyFrom, setCopyFrom] = useState<string>(sourceLocale && sourceLocale !== locale.code ? sourceLocale : 'en')
  const [busy, setBusy] = useState(false)
  const current = locale.code as LocaleCode
  const isSource = current === sourceLocale
  const assigned = (user as { role?: string; assignedLocales?: string[] } | null)?.assignedLocales ?? []
  const mayWrite = (user as { role?: string } | null)?.role !== 'translator' || assigned.includes(current)

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
      toast.success(`Copied ${body.copied} field(s) from ${copyFrom.toUpperCase()}; marked in progress.`)
      // the form holds the old values: reload so the copied text shows and a save doesn't overwrite it
      window.location.reload()
    } catch (error) {
      toast.error(`Copy failed: ${(error as Error).message}`)
    } finally {
      setBusy(false)
    }
  }

  return (
    <div className="field-type translation-status" style={{ marginBottom: '1.5rem' }}>
      <div className="field-label" style={{ fontWeight: 600, marginBottom: '0.4rem' }}>
        Translation
      </div>
      <ul style={{ listStyle: 'none', margin: 0, padding: 0 }}>
        {locales.map((l) => (
          <li key={l.code} style={{ marginBottom: 4, fontWeight: l.code === current ? 600 : 400 }}>
            <StatusBadge locale={l.code} status={statuses[l.code]} /> {l.label}
          </li>
        ))}
      </ul>
      {id !== undefined && !isSource && mayWrite && (
        <div style={{ marginTop: '0.75rem', display: 'grid', gap: '0.5rem' }}>
          <label>
            Mark {current.toUpperCase()} as{' '}
            <select
              name="translationRequest"
              value={(request.value as string) ?? ''}
              onChange={(e) => request.setValue(e.target.value || null)}
            >
              <option value="">(follow the text)</option>
              {requestableStatuses.map((s) => (
                <option key={s} value={s}>
                  {statusLabels[s]}
                </option>
              ))}
            </select>
          </label>
          <span>
            Start from{' '}
            <select aria-label="Copy from locale" value={copyFrom} onChange={(e) => setCopyFrom(e.target.value)}>
              {locales
                .filter((l) => l.code !== current)
                .map((l) => (
                  <option key={l.code} value={l.code}>
                    {l.label}
                  </option>
                ))}
            </select>{' '}
            <button type="button" className="btn btn--style-secondary btn--size-small" disabled={busy} onClick={copy}>
              Copy into empty fields
            </button>
          </span>
        </div>
      )}
    </div>
  )
}
