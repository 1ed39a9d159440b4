'use client'
/**
 * On a route's edit page: upload a GPX file (from Garmin, Komoot, Strava, OsmAnd…) to set the route's
 * line and length and, from its waypoints, its stops. The server checks the file and saves the route
 * as a draft (cms/gpx/importGpxEndpoint.ts); the page then reloads to show what was imported. A file
 * that is refused is listed with every problem, and nothing changes.
 */
import { useDocumentInfo, useFormFields, useLocale } from '@payloadcms/ui'
import { useState } from 'react'
import type { GpxImportReport } from '../gpx/importGpxEndpoint'
import { languageName } from '../i18n/languageName'
import { useMessages } from '../i18n/useMessages'
import { FileButton } from './FileButton'

type Outcome = { problems: string[] } | { report: GpxImportReport } | undefined

export function GpxImport() {
  const { t, language: i18nLanguage, intl } = useMessages()
  const { id, collectionSlug } = useDocumentInfo()
  const { code: locale } = useLocale()
  const stops = useFormFields(([fields]) => fields.stops?.rows?.length ?? 0)
  const [busy, setBusy] = useState(false)
  const [outcome, setOutcome] = useState<Outcome>()

  /** Imports the file as soon as it is chosen: choosing it is the editor's decision. */
  async function importFile(file: File | undefined) {
    if (!file || id === undefined) return
    setBusy(true)
    setOutcome(undefined)
    const form = new FormData()
    form.append('file', file)
    try {
      const response = await fetch(`/api/${collectionSlug}/${id}/import-gpx?locale=${encodeURIComponent(locale)}`, {
        method: 'POST',
        credentials: 'include',
        body: form,
      })
      const body = await response.json()
      if (!response.ok) {
        setOutcome({ problems: (body.errors ?? []).map((e: { message: string }) => e.message) })
        return
      }
      setOutcome({ report: body })
      // the form shows the stored draft: load it again with the imported line and stops
      window.location.reload()
    } catch (error) {
      setOutcome({ problems: [(error as Error).message] })
    } finally {
      setBusy(false)
    }
  }

  const language = languageName(locale, i18nLanguage)
  return (
    <div className="field-type gpx-import" style={{ marginBottom: 'var(--base)' }}>
      <div className="field-label">{t('gpx.title')}</div>
      {id === undefined ? (
        <p className="field-description">{t('gpx.saveFirst')}</p>
      ) : (
        <>
          <p className="field-description">
            {t('gpx.explain', { locale: language })}
            {stops > 0 ? ` ${t('gpx.replaces', { count: stops })}` : ''}
          </p>
          <FileButton
            label={busy ? t('gpx.importing') : t('gpx.choose')}
            inputLabel={t('gpx.fileLabel')}
            accept=".gpx,application/gpx+xml,application/xml,text/xml"
            busy={busy}
            size="small"
            onFile={(file) => void importFile(file)}
          />
          {outcome && 'problems' in outcome && (
            <div role="alert" style={{ color: 'var(--theme-error-500)', marginTop: 'calc(var(--base) / 2)' }}>
              <p>{t('gpx.rejected')}</p>
              <ul>
                {outcome.problems.map((problem) => (
                  <li key={problem}>{problem}</li>
                ))}
              </ul>
            </div>
          )}
          {outcome && 'report' in outcome && (
            <p role="status">
              {t('gpx.imported', {
                count: outcome.report.linePoints,
                stops: outcome.report.stops,
                length:
                  outcome.report.lengthKm === undefined ? '' : ` (${outcome.report.lengthKm.toLocaleString(intl)} km)`,
              })}
            </p>
          )}
        </>
      )}
    </div>
  )
}
