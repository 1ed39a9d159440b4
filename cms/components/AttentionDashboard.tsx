/**
 * The top of the admin's home page: what needs attention today, in the user's language. First the
 * user's own review queue — text waiting for their approval in the languages they may approve, and text
 * sent back in their languages — then translations that need work per language (a translator sees only theirs), documents scheduled to publish or
 * unpublish, whether the public site answers and how many documents it shows, and the latest site
 * updates. Payload's collection cards follow below it.
 */
import { getTranslation } from '@payloadcms/translations'
import type { Payload, ServerProps } from 'payload'
import { isContentSlug } from '../../shared/contentTypes'
import { languageName } from '../i18n/languageName'
import { intlLocale, translator } from '../i18n/messages'
import { documentTitle } from '../lib/describeDocument'
import { hasRole, mayApproveLocale, type RoleHolder } from '../lib/roles'
import { siteUrl } from '../preview/previewUrl'
import { reviewListUrl, statusListUrl } from '../translation/listLinks'
import { type CollectionCounts, needsWork, translationStatusCounts, workingLocales } from '../translation/statusCounts'
import { needsWorkStatuses, type ReviewState } from '../translation/statuses'
import { livePageIndex } from './LivePageLinks'
import { panel, panelGrid } from './panelStyles'
import { SiteUpdateChangesCell } from './SiteUpdateChanges'

/** How many scheduled jobs and site updates the dashboard lists. */
const LISTED = 5

export async function AttentionDashboard({ payload, i18n, user }: ServerProps) {
  if (!user) return null
  const t = translator(i18n)
  const language = i18n.language
  const admin = payload.config.routes.admin
  const mine = workingLocales(user as never)
  const editor = hasRole(user as never, 'editor', 'admin')
  const [counts, scheduled, index, updates] = await Promise.all([
    translationStatusCounts({ payload, user } as never),
    scheduledChanges(payload, user),
    livePageIndex(),
    editor
      ? payload.find({ collection: 'site-updates', sort: '-createdAt', limit: LISTED, depth: 0, overrideAccess: true })
      : undefined,
  ])
  const when = (iso: string) =>
    new Date(iso).toLocaleString(intlLocale(i18n), { dateStyle: 'medium', timeStyle: 'short' })
  const name = (user as { name?: string | null }).name?.trim()
  // the user's own queue comes first: what they may approve, then what was sent back to them
  const deciding = mine.filter((code) => mayApproveLocale(user as RoleHolder, code))
  const reviewLinks = (code: string, state: ReviewState) =>
    counts
      .filter((c) => waiting(c, code, state) > 0)
      .map((c, i) => (
        <span key={c.config.slug}>
          {i > 0 && ', '}
          <a href={reviewListUrl(admin, c.config.slug, code, state)}>
            {getTranslation(c.config.labels.plural, i18n)} ({waiting(c, code, state)})
          </a>
        </span>
      ))
  const sentBack = mine.filter((code) => counts.some((c) => waiting(c, code, 'rejected') > 0))

  return (
    <div className="attention-dashboard" style={{ marginBottom: 'calc(var(--base) * 2)' }}>
      <h1 style={{ marginBottom: 'calc(var(--base) / 3)' }}>
        {name ? t('dashboard.greeting', { name }) : t('dashboard.title')}
      </h1>
      <p style={{ marginTop: 0 }}>{t('dashboard.intro')}</p>
      <div style={panelGrid('18rem')}>
        {(deciding.length > 0 || sentBack.length > 0) && (
          <section style={panel} data-panel="review">
            {deciding.length > 0 && (
              <>
                <h2 style={heading}>{t('dashboard.reviewTitle')}</h2>
                <p className="field-description" style={{ margin: 0 }}>
                  {t('dashboard.reviewIntro')}
                </p>
                <ul style={list}>
                  {deciding.map((code) => {
                    const total = counts.reduce((n, c) => n + waiting(c, code, 'pending'), 0)
                    return (
                      <li key={code} data-locale={code} data-waiting={total}>
                        <strong>{languageName(code, language)}</strong>:{' '}
                        {total === 0 ? (
                          <span style={{ color: 'var(--theme-success-750)' }}>{t('dashboard.reviewNone')}</span>
                        ) : (
                          reviewLinks(code, 'pending')
                        )}
                      </li>
                    )
                  })}
                </ul>
              </>
            )}
            {sentBack.length > 0 && (
              <>
                <h3 style={{ ...heading, fontSize: '1rem' }}>{t('dashboard.sentBackTitle')}</h3>
                <p className="field-description" style={{ margin: 0 }}>
                  {t('dashboard.sentBackIntro')}
                </p>
                <ul style={list}>
                  {sentBack.map((code) => (
                    <li key={code} data-locale={code} data-sent-back>
                      <strong>{languageName(code, language)}</strong>: {reviewLinks(code, 'rejected')}
                    </li>
                  ))}
                </ul>
              </>
            )}
          </section>
        )}
        <section style={panel} data-panel="translations">
          <h2 style={heading}>{t('dashboard.translationsTitle')}</h2>
          <p className="field-description" style={{ margin: 0 }}>
            {t('dashboard.translationsIntro')}
          </p>
          <ul style={list}>
            {mine.map((code) => {
              const total = counts.reduce((n, c) => n + needsWork(c.counts, code), 0)
              return (
                <li key={code} data-locale={code}>
                  <strong>{languageName(code, language)}</strong>:{' '}
                  {total === 0 ? (
                    <span style={{ color: 'var(--theme-success-750)' }}>{t('dashboard.noWork')}</span>
                  ) : (
                    counts
                      .filter((c) => needsWork(c.counts, code) > 0)
                      .map((c, i) => (
                        <span key={c.config.slug}>
                          {i > 0 && ', '}
                          <a href={statusListUrl(admin, c.config.slug, code, needsWorkStatuses)}>
                            {getTranslation(c.config.labels.plural, i18n)} ({needsWork(c.counts, code)})
                          </a>
                        </span>
                      ))
                  )}
                </li>
              )
            })}
          </ul>
          <a href={`${admin}/translations`}>{t('dashboard.openTranslations')}</a>
        </section>

        <section style={panel} data-panel="scheduled">
          <h2 style={heading}>{t('dashboard.scheduledTitle')}</h2>
          {scheduled.length === 0 ? (
            <p className="field-description" style={{ margin: 0 }}>
              {t('dashboard.scheduledNone')}
            </p>
          ) : (
            <ul style={list}>
              {scheduled.map((job) => (
                <li key={job.id}>
                  <a href={`${admin}/collections/${job.collection}/${job.docId}`}>{job.title}</a>{' '}
                  {t(job.type === 'unpublish' ? 'dashboard.unpublishesAt' : 'dashboard.publishesAt', {
                    when: when(job.at),
                  })}
                </li>
              ))}
            </ul>
          )}
        </section>

        <section style={panel} data-panel="site">
          <h2 style={heading}>{t('dashboard.siteTitle')}</h2>
          {index ? (
            <p style={{ margin: 0 }}>
              <a href={siteUrl()} target="_blank" rel="noopener noreferrer">
                {t('dashboard.siteLive', { url: siteUrl() })}
              </a>{' '}
              · {t('dashboard.sitePages', { count: Object.keys(index).length })}
            </p>
          ) : (
            <p style={{ margin: 0, color: 'var(--theme-error-750)' }}>{t('dashboard.siteDown', { url: siteUrl() })}</p>
          )}
          {updates && (
            <>
              <h3 style={{ ...heading, fontSize: '1rem' }}>{t('dashboard.updatesTitle')}</h3>
              {updates.docs.length === 0 ? (
                <p className="field-description" style={{ margin: 0 }}>
                  {t('dashboard.updatesNone')}
                </p>
              ) : (
                <ul style={list}>
                  {updates.docs.map((update) => (
                    <li key={update.id}>
                      <a href={`${admin}/collections/site-updates/${update.id}`}>{when(update.createdAt)}</a>:{' '}
                      <SiteUpdateChangesCell
                        {...({ cellData: update.changes } as Parameters<typeof SiteUpdateChangesCell>[0])}
                      />
                    </li>
                  ))}
                </ul>
              )}
              <a href={`${admin}/collections/site-updates`}>{t('dashboard.allUpdates')}</a>
            </>
          )}
        </section>
      </div>
    </div>
  )
}

/** The next scheduled publish and unpublish jobs of documents the user may read, soonest first. */
async function scheduledChanges(payload: Payload, user: ServerProps['user']) {
  const { docs } = await payload.find({
    collection: 'payload-jobs',
    where: { taskSlug: { equals: 'schedulePublish' }, completedAt: { exists: false }, hasError: { not_equals: true } },
    sort: 'waitUntil',
    limit: LISTED,
    depth: 0,
    overrideAccess: true,
  })
  const out: { id: string | number; collection: string; docId: string; title: string; type: string; at: string }[] = []
  for (const job of docs) {
    const input = job.input as { doc?: { relationTo: string; value: string }; type?: string } | undefined
    if (!input?.doc || !isContentSlug(input.doc.relationTo) || !job.waitUntil) continue
    const config = payload.collections[input.doc.relationTo].config
    const doc = await payload
      .findByID({
        collection: input.doc.relationTo,
        id: input.doc.value,
        draft: true,
        depth: 0,
        overrideAccess: false,
        user,
        disableErrors: true,
      })
      .catch(() => null)
    if (!doc) continue
    const title = documentTitle(config, doc as unknown as Record<string, unknown>) || `#${input.doc.value}`
    out.push({
      id: job.id,
      collection: input.doc.relationTo,
      docId: String(input.doc.value),
      title,
      type: input.type ?? 'publish',
      at: job.waitUntil,
    })
  }
  return out
}

/** How many documents of a collection have `locale` text in a review state. */
function waiting(collection: CollectionCounts, locale: string, state: ReviewState): number {
  return collection.reviews[locale as keyof CollectionCounts['reviews']]?.[state] ?? 0
}

const heading = { fontSize: '1.15rem', margin: 0 }
const list = { margin: 0, paddingLeft: '1.1rem', display: 'grid', gap: 4 }
