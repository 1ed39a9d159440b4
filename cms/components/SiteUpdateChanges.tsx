'use client'
/**
 * What a site update carries, in the reader's admin language: "“Baltic Bridge” (funding project)
 * published by Anna Nowak". Stored as it happened (cms/siteUpdates/changes.ts); documents are linked to
 * their edit page while they exist.
 */
import { getTranslation } from '@payloadcms/translations'
import { FieldLabel, useConfig, useField, useTranslation } from '@payloadcms/ui'
import type { DefaultCellComponentProps, JSONFieldClientComponent } from 'payload'
import { languageName } from '../i18n/languageName'
import { useMessages } from '../i18n/useMessages'
import type { SiteChange } from '../siteUpdates/changes'

/** How many changes the list column names before "and N more". */
const IN_CELL = 2

function useDescribe(): (change: SiteChange) => string {
  const { t } = useMessages()
  const { i18n } = useTranslation()
  const { config } = useConfig()
  return (change) => {
    const user = change.user ?? t('siteUpdates.automatic')
    if (change.action === 'settings') return t('siteUpdates.settingsChanged', { user })
    if (change.action === 'rebuild') return t('siteUpdates.rebuildRequested', { user })
    const collection = config.collections.find((c) => c.slug === change.collection)
    const type = collection
      ? getTranslation(collection.labels.singular, i18n).toLocaleLowerCase(i18n.language)
      : (change.collection ?? '')
    const document = change.title
      ? t('document.titled', { type, title: change.title, id: change.id ?? '' })
      : t('document.untitled', { type, id: change.id ?? '' })
    const language = change.locale ? languageName(change.locale, i18n.language) : ''
    const message = t(`siteUpdates.${change.action}`, { document, user, language })
    return message.charAt(0).toLocaleUpperCase(i18n.language) + message.slice(1)
  }
}

const asChanges = (value: unknown): SiteChange[] => (Array.isArray(value) ? (value as SiteChange[]) : [])

/** The list column: the first changes, and how many more. */
export function SiteUpdateChangesCell({ cellData }: DefaultCellComponentProps) {
  const { t } = useMessages()
  const describe = useDescribe()
  const changes = asChanges(cellData)
  if (changes.length === 0) return <span>{t('values.none')}</span>
  const shown = changes.slice(0, IN_CELL).map(describe)
  const more = changes.length - shown.length
  return (
    <span className="site-update-changes">
      {shown.join('; ')}
      {more > 0 ? ` (+${t('conflicts.more', { count: more })})` : ''}
    </span>
  )
}

/** The edit view: every change, each document linked to its edit page. */
export const SiteUpdateChangesField: JSONFieldClientComponent = ({ field, path }) => {
  const describe = useDescribe()
  const { config } = useConfig()
  const { value } = useField<unknown>({ path: path ?? field.name })
  const changes = asChanges(value)
  const admin = config.routes.admin
  return (
    <div className="field-type site-update-changes">
      <FieldLabel label={field.label} path={path ?? field.name} />
      <ul style={{ margin: 0, paddingLeft: '1.2rem' }}>
        {changes.map((change, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: the list never reorders; one change may repeat
          <li key={i}>
            {change.collection && change.id && change.action !== 'deleted' ? (
              <a href={`${admin}/collections/${change.collection}/${change.id}`}>{describe(change)}</a>
            ) : (
              describe(change)
            )}
          </li>
        ))}
      </ul>
    </div>
  )
}
