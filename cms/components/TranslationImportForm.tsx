'use client'
/**
 * Uploads a translated XLIFF file and shows what changed, or every problem found (nothing is written
 * then). Payload's button opens the file picker; choosing the file imports it.
 */
import { Banner } from '@payloadcms/ui'
import { useState } from 'react'
import { languageName } from '../i18n/languageName'
import { useMessages } from '../i18n/useMessages'
import { FileButton } from './FileButton'

type Report =
  | { ok: false; problems: string[] }
  | { ok: true; srcLang: string; trgLang: string; updated: string[]; unchanged: string[]; units: number }

export function TranslationImportForm() {
  const { t, language } = useMessages()
  const [report, setReport] = useState<Report | { error: string } | null>(null)
  const [busy, setBusy] = useState(false)

  async function importFile(file: File) {
    setBusy(true)
    setReport(null)
    const form = new FormData()
    form.append('file', file)
    try {
      const response = await fetch('/api/translations/import', { method: 'POST', credentials: 'include', body: form })
      const body = await response.json()
      setReport(body.errors ? { error: body.errors[0]?.message ?? `HTTP ${response.status}` } : body)
    } catch (error) {
      setReport({ error: (error as Error).message })
    } finally {
      setBusy(false)
    }
  }

  return (
    <div className="xliff-import" style={{ display: 'grid', gap: 'calc(var(--base) / 2)', maxWidth: '36rem' }}>
      <div>
        <FileButton
          label={busy ? t('translations.importing') : t('translations.chooseFile')}
          inputLabel={t('translations.fileLabel')}
          accept=".xlf,.xliff,application/xliff+xml,application/xml,text/xml"
          busy={busy}
          onFile={(file) => void importFile(file)}
        />
      </div>
      {report && 'error' in report && (
        <Banner type="error">
          <span role="alert">{t('translations.importFailed', { message: report.error })}</span>
        </Banner>
      )}
      {report && 'ok' in report && !report.ok && (
        <Banner type="error">
          <div role="alert">
            <p style={{ marginTop: 0 }}>{t('translations.rejected')}</p>
            <ul style={{ marginBottom: 0 }}>
              {report.problems.map((p) => (
                <li key={p}>{p}</li>
              ))}
            </ul>
          </div>
        </Banner>
      )}
      {report && 'ok' in report && report.ok && (
        <Banner type="success">
          <div role="status">
            <p style={{ marginTop: 0 }}>
              {t('translations.imported', {
                from: languageName(report.srcLang, language),
                to: languageName(report.trgLang, language),
                count: report.updated.length,
                unchanged: report.unchanged.length,
              })}
            </p>
            {report.updated.length > 0 && (
              <ul style={{ marginBottom: 0 }}>
                {report.updated.map((d) => (
                  <li key={d}>{d}</li>
                ))}
              </ul>
            )}
          </div>
        </Banner>
      )}
    </div>
  )
}
