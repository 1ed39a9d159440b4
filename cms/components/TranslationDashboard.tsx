/**
 * The translators' dashboard (/admin/translations): for each collection, how many documents need work
 * in each of the user's languages (a translator sees only theirs), every count linking to the filtered
 * list of those documents; then XLIFF export and import. Cards that wrap, so it reads on a phone.
 */

import { DefaultTemplate } from '@payloadcms/next/templates'
import { getTranslation } from '@payloadcms/translations'
import { Gutter, SetStepNav } from '@payloadcms/ui'
import { redirect } from 'next/navigation'
import type { AdminViewServerProps } from 'payload'
import { languageName } from '../i18n/languageName'
import { translator } from '../i18n/messages'
import { inAdminLanguage } from '../i18n/schemaText'
import { type RoleHolder, worksInAssignedLocales } from '../lib/roles'
import { reviewListUrl, statusListUrl } from '../translation/listLinks'
import { outdatedTranslations } from '../translation/review/outdatedWork'
import { needsWork, translationStatusCounts, workingLocales } from '../translation/statusCounts'
import {
  needsWorkStatuses,
  reviewLabels,
  reviewStates,
  statusLabels,
  translationStatuses,
} from '../translation/statuses'
import { panel, panelGrid } from './panelStyles'
import { SourceDiff } from './SourceDiff'
import { TranslationImportForm } from './TranslationImportForm'
import { StatusBadge } from './TranslationStatus'
import { XliffExportForm } from './XliffExportForm'

/** How many outdated translations the dashboard shows with their source changes. */
const OUTDATED_SHOWN = 10

export async function TranslationDashboard({ initPageResult, params, searchParams }: AdminViewServerProps) {
  const { req, permissions, visibleEntities, locale } = initPageResult
  const adminRoute = req.payload.config.routes.admin
  if (!req.user) redirect(`${adminRoute}/login?redirect=${encodeURIComponent(`${adminRoute}/translations`)}`)
  const t = translator(req.i18n)
  const language = req.i18n.language
  const collections = await translationStatusCounts(req)
  const mine = workingLocales(req.user as never)
  const outdated = await outdatedTranslations(req, mine, OUTDATED_SHOWN)
  const name = (code: string) => languageName(code, language)
  const plural = (config: (typeof collections)[number]['config']) => getTranslation(config.labels.plural, req.i18n)

  return (
    <DefaultTemplate
      i18n={req.i18n}
      locale={locale}
      params={params}
      payload={req.payload}
      permissions={permissions}
      searchParams={searchParams}
      user={req.user}
      visibleEntities={visibleEntities}
    >
      <SetStepNav nav={[{ label: t('translations.title') }]} />
      <Gutter className="translation-dashboard">
        <h1 style={{ marginBottom: 'calc(var(--base) / 2)' }}>{t('translations.title')}</h1>
        <p>
          {t('translations.intro')}{' '}
          {worksInAssignedLocales(req.user as RoleHolder) &&
            t('translations.yourLanguages', { locales: mine.map(name).join(', ') })}
        </p>
        <div style={panelGrid('16rem')}>
          {collections.map(({ config, counts, reviews }) => {
            const inReview = (code: (typeof mine)[number]) => reviewStates.some((r) => (reviews[code][r] ?? 0) > 0)
            const open = mine.filter((code) => needsWork(counts, code) > 0 || inReview(code))
            return (
              <section key={config.slug} className="translation-card" data-collection={config.slug} style={panel}>
                <h2 style={{ fontSize: '1.15rem', margin: 0 }}>
                  <a href={`${adminRoute}/collections/${config.slug}`}>{plural(config)}</a>
                </h2>
                {open.length === 0 && (
                  <p className="all-done" style={{ color: 'var(--theme-success-750)', margin: 0 }}>
                    ✓ {t('translations.allDone')}
                  </p>
                )}
                {open.map((code) => {
                  const cell = counts[code]
                  return (
                    <div
                      key={code}
                      data-collection={config.slug}
                      data-locale={code}
                      style={{ display: 'grid', gap: 4 }}
                    >
                      {reviewStates
                        .filter((r) => (reviews[code][r] ?? 0) > 0)
                        .map((r) => (
                          <a
                            key={r}
                            className="in-review"
                            data-review={r}
                            href={reviewListUrl(adminRoute, config.slug, code, r)}
                            style={{ fontWeight: 600 }}
                          >
                            {name(code)}: {inAdminLanguage(reviewLabels[r], language)} ({reviews[code][r]})
                          </a>
                        ))}
                      {needsWork(counts, code) > 0 && (
                        <a
                          className="needs-work"
                          href={statusListUrl(adminRoute, config.slug, code, needsWorkStatuses)}
                          style={{ fontWeight: 600 }}
                        >
                          {name(code)}: {t('translations.needsWork', { count: needsWork(counts, code) })}
                        </a>
                      )}
                      <span style={{ display: 'flex', flexWrap: 'wrap', rowGap: 4 }}>
                        {translationStatuses
                          .filter((s) => cell[s] && s !== 'source')
                          .map((s) => (
                            <a
                              key={s}
                              href={statusListUrl(adminRoute, config.slug, code, [s])}
                              aria-label={t('translations.cellLabel', {
                                collection: plural(config),
                                locale: name(code),
                                count: cell[s] ?? 0,
                                status: inAdminLanguage(statusLabels[s], language),
                              })}
                              style={{ textDecoration: 'none', marginRight: 6 }}
                            >
                              <StatusBadge locale={code} status={s} /> {cell[s]}
                            </a>
                          ))}
                      </span>
                      {cell.untracked ? (
                        <span className="field-description">
                          {t('translations.untracked', { count: cell.untracked })}
                        </span>
                      ) : null}
                    </div>
                  )
                })}
              </section>
            )
          })}
        </div>

        {outdated.total > 0 && (
          <section className="outdated-translations">
            <h2 style={{ marginTop: 'calc(var(--base) * 2)' }}>{t('translations.outdatedTitle')}</h2>
            <p>{t('translations.outdatedIntro')}</p>
            <div style={{ display: 'grid', gap: 'calc(var(--base) / 2)' }}>
              {outdated.items.map((item) => (
                <details
                  key={`${item.collection}:${item.id}:${item.locale}`}
                  data-document={`${item.collection}:${item.id}`}
                  data-locale={item.locale}
                  style={panel}
                >
                  <summary style={{ cursor: 'pointer' }}>
                    <strong>{item.title}</strong> · {name(item.locale)}
                  </summary>
                  <p style={{ margin: 'calc(var(--base) / 2) 0' }}>
                    <a href={`${adminRoute}/collections/${item.collection}/${item.id}?locale=${item.locale}`}>
                      {t('translations.openToUpdate', { locale: name(item.locale) })}
                    </a>
                  </p>
                  {!item.changes.available && <p className="field-description">{t('review.sourceUnknown')}</p>}
                  {item.changes.available && item.changes.changes.length === 0 && (
                    <p className="field-description">{t('review.noSourceChanges')}</p>
                  )}
                  <SourceDiff
                    changes={item.changes.changes}
                    removedLabel={t('review.removed')}
                    addedLabel={t('review.added')}
                  />
                </details>
              ))}
            </div>
            {outdated.total > outdated.items.length && (
              <p className="field-description">
                {t('translations.outdatedMore', { count: outdated.total - outdated.items.length })}
              </p>
            )}
          </section>
        )}

        <h2 style={{ marginTop: 'calc(var(--base) * 2)' }}>{t('translations.exportTitle')}</h2>
        <p>{t('translations.exportIntro')}</p>
        <XliffExportForm
          locales={mine}
          collections={collections.map(({ config }) => ({ value: config.slug, label: plural(config) }))}
        />

        <h2 style={{ marginTop: 'calc(var(--base) * 2)' }}>{t('translations.importTitle')}</h2>
        <p>{t('translations.importIntro')}</p>
        <TranslationImportForm />
      </Gutter>
    </DefaultTemplate>
  )
}
