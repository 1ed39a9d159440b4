/**
 * The sidebar panel that answers an editor's "when can people see it?": links to this document's
 * live pages in every locale (from the site's own page index, so a link means the page is live), and
 * the state of the latest site update.
 */
import type { UIFieldServerComponent } from 'payload'
import { isContentSlug } from '../../shared/contentTypes'
import { documentKey } from '../../shared/formats/documentKey'
import { type PageIndex, pageIndexPath } from '../../shared/formats/pageIndex'
import { locales } from '../locales'
import { siteUrl } from '../preview/previewUrl'

let cache: { at: number; index: PageIndex | null } | undefined

async function pageIndex(): Promise<PageIndex | null> {
  if (cache && Date.now() - cache.at < 3000) return cache.index
  const index = await fetch(`${siteUrl()}${pageIndexPath}`, { signal: AbortSignal.timeout(2000), cache: 'no-store' })
    .then((r) => (r.ok ? (r.json() as Promise<PageIndex>) : null))
    .catch(() => null)
  cache = { at: Date.now(), index }
  return index
}

export const LivePageLinks: UIFieldServerComponent = async ({ id, collectionSlug, payload }) => {
  if (id === undefined) return null
  const [index, latest] = await Promise.all([
    pageIndex(),
    payload.find({ collection: 'site-updates', sort: '-createdAt', limit: 1, depth: 0, overrideAccess: true }),
  ])
  const entry = isContentSlug(collectionSlug) ? index?.[documentKey(collectionSlug, id)] : undefined
  const update = latest.docs[0]
  return (
    <div className="field-type" style={{ marginBottom: '1.5rem' }}>
      <div className="field-label" style={{ fontWeight: 600, marginBottom: '0.4rem' }}>
        Live pages
      </div>
      {!index && <p>The site does not answer at {siteUrl()}.</p>}
      {index && !entry && <p>Not on the public site: publish it, and the site updates within seconds.</p>}
      {entry && (
        <ul style={{ margin: 0, paddingLeft: '1.2rem' }}>
          {locales.map((l) => (
            <li key={l.code}>
              <a href={`${siteUrl()}${entry.paths[l.code]}`} target="_blank" rel="noopener noreferrer">
                {l.label}
              </a>
              {!entry.translated.includes(l.code) && ' (shows a fallback)'}
            </li>
          ))}
        </ul>
      )}
      {update && (
        <p style={{ marginTop: '0.5rem' }}>
          Latest site update: <strong>{update.status}</strong>
          {update.kind && ` (${update.kind === 'incremental' ? 'changed pages only' : update.kind})`}
          {update.finishedAt && ` at ${new Date(update.finishedAt).toLocaleTimeString('en-GB')}`}
          {update.durationMs ? ` in ${(update.durationMs / 1000).toFixed(1)} s` : ''}.{' '}
          <a href={`/admin/collections/site-updates/${update.id}`}>Details</a>
        </p>
      )}
    </div>
  )
}
