/**
 * The sidebar panel that answers an editor's "when can people see it?": links to this document's
 * live pages in every locale (from the site's own page index, so a link means the page is live), and
 * the latest site update that carried a change to this document. In the admin's language.
 */
import type { UIFieldServerComponent } from 'payload'
import { isContentSlug } from '../../shared/contentTypes'
import { documentKey } from '../../shared/formats/documentKey'
import { type PageIndex, pageIndexPath } from '../../shared/formats/pageIndex'
import { siteUpdateStatusNames } from '../collections/SiteUpdates'
import { languageName } from '../i18n/languageName'
import { intlLocale, translator } from '../i18n/messages'
import { inAdminLanguage } from '../i18n/schemaText'
import { locales } from '../locales'
import { siteUrl } from '../preview/previewUrl'

let cache: { at: number; index: PageIndex | null } | undefined

/** The live site's page index, read at most every 3 s (every document view asks for it). */
export async function livePageIndex(): Promise<PageIndex | null> {
  if (cache && Date.now() - cache.at < 3000) return cache.index
  const index = await fetch(`${siteUrl()}${pageIndexPath}`, { signal: AbortSignal.timeout(2000), cache: 'no-store' })
    .then((r) => (r.ok ? (r.json() as Promise<PageIndex>) : null))
    .catch(() => null)
  cache = { at: Date.now(), index }
  return index
}

export const LivePageLinks: UIFieldServerComponent = async ({ id, collectionSlug, payload, i18n }) => {
  if (id === undefined || !isContentSlug(collectionSlug)) return null
  const t = translator(i18n)
  const key = documentKey(collectionSlug, id)
  const [index, latest] = await Promise.all([
    livePageIndex(),
    payload.find({
      collection: 'site-updates',
      where: { documents: { equals: key } },
      sort: '-createdAt',
      limit: 1,
      depth: 0,
      overrideAccess: true,
      select: { status: true, finishedAt: true, createdAt: true, durationMs: true },
    }),
  ])
  const entry = index?.[key]
  const update = latest.docs[0]
  const when = (iso: string) =>
    new Date(iso).toLocaleString(intlLocale(i18n), { dateStyle: 'medium', timeStyle: 'short' })
  const statusLabel = update ? inAdminLanguage(siteUpdateStatusNames[update.status], i18n.language) : ''
  return (
    <div className="field-type live-pages" style={{ marginBottom: 'var(--base)' }}>
      <div className="field-label">{t('livePages.title')}</div>
      {!index && <p className="field-description">{t('livePages.siteDown', { url: siteUrl() })}</p>}
      {index && !entry && <p className="field-description">{t('livePages.notLive')}</p>}
      {entry && (
        <ul style={{ margin: 0, paddingLeft: '1.2rem' }}>
          {locales.map((l) => (
            <li key={l.code}>
              <a href={`${siteUrl()}${entry.paths[l.code]}`} target="_blank" rel="noopener noreferrer">
                {languageName(l.code, i18n.language)}
              </a>
              {!entry.translated.includes(l.code) && ` (${t('livePages.fallback')})`}
            </li>
          ))}
        </ul>
      )}
      <div className="field-label" style={{ marginTop: 'calc(var(--base) * 0.75)' }}>
        {t('livePages.latestUpdate')}
      </div>
      {update ? (
        <p style={{ margin: 0 }}>
          <a href={`${payload.config.routes.admin}/collections/site-updates/${update.id}`}>
            {t('livePages.updateState', { status: statusLabel, when: when(update.finishedAt ?? update.createdAt) })}
          </a>
          {update.durationMs
            ? `, ${t('livePages.tookSeconds', { seconds: (update.durationMs / 1000).toFixed(1) })}`
            : ''}
        </p>
      ) : (
        <p className="field-description">{t('livePages.noUpdate')}</p>
      )}
    </div>
  )
}
