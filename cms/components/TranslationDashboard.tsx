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
import { statusListUrl } from '../translation/listLinks'
import { needsWork, translationStatusCounts, workingLocales } from '../translation/statusCounts'
import { needsWorkStatuses, statusLabels, translationStatuses } from '../translation/statuses'
import { panel, panelGrid } from './panelStyles'
import { TranslationImportForm } from './TranslationImportForm'
import { StatusBadge } from './TranslationStatus'
import { XliffExportForm } from './XliffExportForm'

export async function TranslationDashboard({ initPageResult, params, searchParams }: AdminViewServerProps) {
  const { req, permissions, visibleEntities, locale } = initPageResult
  const adminRoute = req.payload.config.routes.admin
  if (!req.user) redirect(`${adminRoute}/login?redirect=${encodeURIComponent(`${adminRoute}/translations`)}`)
  const t = translator(req.i18n)
  const language = req.i18n.language
  const collections = await translationStatusCounts(req)
  const mine = workingLocales(req.user as never)
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
          {(req.user as { role?: string }).role === 'translator' &&
            t('translations.yourLanguages', { locales: mine.map(name).join(', ') })}
        </p>
        <div style={panelGrid('16rem')}>
          {collections.map(({ config, counts }) => {
            const open = mine.filter((code) => needsWork(counts, code) > 0)
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
                      <a
                        className="needs-work"
                        href={statusListUrl(adminRoute, config.slug, code, needsWorkStatuses)}
                        style={{ fontWeight: 600 }}
                      >
                        {name(code)}: {t('translations.needsWork', { count: needsWork(counts, code) })}
                      </a>
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
