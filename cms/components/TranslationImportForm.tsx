'use client'
/** Uploads a translated XLIFF file and shows what changed, or every problem found (nothing is written then). */
import { useState } from 'react'

type Report =
  | { ok: false; problems: string[] }
  | { ok: true; srcLang: string; trgLang: string; updated: string[]; unchanged: string[]; units: number }

export function TranslationImportForm() {
  const [report, setReport] = useState<Report | { error: string } | null>(null)
  const [busy, setBusy] = useState(false)

  async function submit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault()
    setBusy(true)
    setReport(null)
    try {
      const response = await fetch('/api/translations/import', {
        method: 'POST',
        credentials: 'include',
        body: new FormData(event.currentTarget),
      })
      const body = await response.json()
      setReport(body.errors ? { error: body.errors[0]?.message ?? `HTTP ${response.status}` } : body)
    } catch (error) {
      setReport({ error: (error as Error).message })
    } finally {
      setBusy(false)
    }
  }

  return (
    <form onSubmit={submit} style={{ display: 'grid', gap: '0.5rem', maxWidth: 560 }}>
      <input type="file" name="file" accept=".xlf,.xliff,application/xliff+xml,application/xml,text/xml" required />
      <button
        type="submit"
        className="btn btn--style-primary btn--size-small"
        disabled={busy}
        style={{ justifySelf: 'start' }}
      >
        {busy ? 'Importing…' : 'Import'}
      </button>
      {report && 'error' in report && <p role="alert">Import failed: {report.error}</p>}
      {report && 'ok' in report && !report.ok && (
        <div role="alert">
          <p>The file was rejected and nothing was written. Problems found:</p>
          <ul>
            {report.problems.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        </div>
      )}
      {report && 'ok' in report && report.ok && (
        <div role="status">
          <p>
            Imported {report.srcLang.toUpperCase()} → {report.trgLang.toUpperCase()}: {report.updated.length} documents
            updated, {report.unchanged.length} unchanged.
          </p>
          <ul>
            {report.updated.map((d) => (
              <li key={d}>{d}</li>
            ))}
          </ul>
        </div>
      )}
    </form>
  )
}
