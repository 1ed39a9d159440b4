'use client'
/**
 * In the document's sidebar, for an outdated translation: what changed in the source since it was made
 * (GET /api/translations/source-changes), so the translator updates exactly what changed.
 */
import { useEffect, useState } from 'react'
import { languageName } from '../i18n/languageName'
import { useMessages } from '../i18n/useMessages'
import type { TranslationSourceChanges } from '../translation/review/sourceChangesOf'
import { SourceDiff } from './SourceDiff'

export function SourceChanges({ collection, id, locale }: { collection: string; id: number | string; locale: string }) {
  const { t, language } = useMessages()
  const [result, setResult] = useState<TranslationSourceChanges | undefined>(undefined)

  useEffect(() => {
    const query = new URLSearchParams({ collection, id: String(id), locale })
    fetch(`/api/translations/source-changes?${query}`, { credentials: 'include' })
      .then((response) => (response.ok ? response.json() : undefined))
      .then(setResult)
      .catch(() => setResult(undefined))
  }, [collection, id, locale])

  if (!result?.outdated) return null
  return (
    <section className="source-changes" style={{ marginTop: 'var(--base)' }}>
      <div className="field-label" style={{ marginBottom: 'calc(var(--base) / 3)' }}>
        {t('review.sourceChangesTitle')}
      </div>
      {!result.available && <p className="field-description">{t('review.sourceUnknown')}</p>}
      {result.available && result.changes.length === 0 && (
        <p className="field-description">{t('review.noSourceChanges')}</p>
      )}
      {result.available && result.changes.length > 0 && (
        <>
          <p className="field-description" style={{ marginTop: 0 }}>
            {t('review.sourceChangesIntro', {
              source: result.sourceLocale ? languageName(result.sourceLocale, language) : '',
            })}
          </p>
          <SourceDiff changes={result.changes} removedLabel={t('review.removed')} addedLabel={t('review.added')} />
        </>
      )}
    </section>
  )
}
