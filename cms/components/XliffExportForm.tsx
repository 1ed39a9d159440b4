'use client'
/**
 * The XLIFF 2.0 export on the translations dashboard: which language to translate into, which source
 * language's documents (XLIFF has one per file), which collection, and whether only work left to do.
 * Payload's own select, checkbox and button; the download is GET /api/translations/export.
 */
import { Button, CheckboxInput, SelectInput } from '@payloadcms/ui'
import { useState } from 'react'
import { languageName } from '../i18n/languageName'
import { useMessages } from '../i18n/useMessages'
import { locales } from '../locales'
import { needsWorkStatuses } from '../translation/statuses'

export function XliffExportForm({
  locales: mine,
  collections,
}: {
  locales: string[]
  collections: { value: string; label: string }[]
}) {
  const { t, language } = useMessages()
  const languages = (codes: readonly string[]) =>
    codes.map((code) => ({ value: code, label: languageName(code, language) }))
  const [target, setTarget] = useState(mine[0] ?? 'en')
  const [source, setSource] = useState<string>(locales.find((l) => l.code !== (mine[0] ?? 'en'))?.code ?? 'pl')
  const [collection, setCollection] = useState('')
  const [onlyNeedsWork, setOnlyNeedsWork] = useState(true)
  const all = '__all'
  const href = () => {
    const query = new URLSearchParams({ locale: target, group: source })
    if (collection) query.set('collection', collection)
    if (onlyNeedsWork) query.set('status', needsWorkStatuses.join(','))
    return `/api/translations/export?${query}`
  }
  const pick = (set: (value: string) => void) => (option: unknown) => set((option as { value: string }).value)
  return (
    <form
      className="xliff-export"
      style={{ display: 'grid', gap: 'var(--base)', maxWidth: '36rem' }}
      onSubmit={(event) => {
        event.preventDefault()
        window.location.assign(href())
      }}
    >
      <SelectInput
        name="locale"
        path="xliff-locale"
        label={t('translations.translateInto')}
        isClearable={false}
        value={target}
        options={languages(mine)}
        onChange={pick(setTarget)}
      />
      <SelectInput
        name="group"
        path="xliff-group"
        label={t('translations.writtenIn')}
        isClearable={false}
        value={source}
        options={languages(locales.map((l) => l.code).filter((code) => code !== target))}
        onChange={pick(setSource)}
      />
      <SelectInput
        name="collection"
        path="xliff-collection"
        label={t('translations.collection')}
        isClearable={false}
        value={collection || all}
        options={[{ value: all, label: t('translations.allCollections') }, ...collections]}
        onChange={pick((value) => setCollection(value === all ? '' : value))}
      />
      <CheckboxInput
        name="status"
        label={t('translations.onlyNeedsWork')}
        checked={onlyNeedsWork}
        onToggle={(event) => setOnlyNeedsWork(event.target.checked)}
      />
      <div>
        <Button type="submit" buttonStyle="primary" size="medium" margin={false}>
          {t('translations.download')}
        </Button>
      </div>
    </form>
  )
}
