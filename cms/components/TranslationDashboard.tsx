/**
 * The translators' dashboard (/admin/translations): collections × locales with how many documents are
 * in each translation state, every count linking to the filtered list of those documents, plus XLIFF
 * export and import.
 */
import { DefaultTemplate } from '@payloadcms/next/templates'
import { Gutter } from '@payloadcms/ui'
import { redirect } from 'next/navigation'
import type { AdminViewServerProps } from 'payload'
import type { RoleHolder } from '../lib/roles'
import { locales } from '../locales'
import { statusListUrl } from '../translation/listLinks'
import { needsWorkStatuses, statusLabels, type TranslationStatus, translationStatuses } from '../translation/statuses'
import { translatableCollections } from '../translation/translatableCollections'
import { TranslationImportForm } from './TranslationImportForm'
import { StatusBadge } from './TranslationStatus'

type Counts = Record<string, Record<string, Partial<Record<TranslationStatus | 'untracked', number>>>>

export async function TranslationDashboard({ initPageResult, params, searchParams }: AdminViewServerProps) {
  const { req, permissions, visibleEntities, locale } = initPageResult
  if (!req.user)
    redirect(
      `${req.payload.config.routes.admin}/login?redirect=${encodeURIComponent(`${req.payload.config.routes.admin}/translations`)}`,
    )
  const adminRoute = req.payload.config.routes.admin
  const collections = translatableCollections(req.payload)
  const counts: Counts = {}
  for (const config of collections) {
    const { docs }: { docs: unknown[] } = await req.payload.find({
      collection: config.slug as never,
      draft: true,
      depth: 0,
      pagination: false,
      select: { translation: true } as never,
      overrideAccess: false,
      user: req.user,
      req,
    })
    counts[config.slug] = Object.fromEntries(locales.map((l) => [l.code, {}]))
    for (const doc of docs as { translation?: Record<string, { status?: TranslationStatus | null }> }[]) {
      for (const l of locales) {
        const status: TranslationStatus | 'untracked' = doc.translation?.[l.code]?.status ?? 'untracked'
        const cell = counts[config.slug][l.code]
        cell[status] = (cell[status] ?? 0) + 1
      }
    }
  }
  const user = req.user as RoleHolder
  const mine = user.role === 'translator' ? (user.assignedLocales ?? []) : locales.map((l) => l.code)
  const label = (config: (typeof collections)[number]) =>
    typeof config.labels?.plural === 'string' ? config.labels.plural : config.slug

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
      <Gutter>
        <h1>Translations</h1>
        <p>
          Documents per translation state. Each number opens the list of those documents.
          {user.role === 'translator' && ` You translate into ${mine.map((c) => c.toUpperCase()).join(', ')}.`}
        </p>
        <table
          className="translation-dashboard"
          style={{ borderCollapse: 'collapse', width: '100%', marginBottom: '2rem' }}
        >
          <thead>
            <tr>
              <th style={cellStyle}>Collection</th>
              {locales.map((l) => (
                <th key={l.code} style={{ ...cellStyle, opacity: mine.includes(l.code) ? 1 : 0.6 }}>
                  {l.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {collections.map((config) => (
              <tr key={config.slug}>
                <th style={cellStyle} scope="row">
                  <a href={`${adminRoute}/collections/${config.slug}`}>{label(config)}</a>
                </th>
                {locales.map((l) => {
                  const cell = counts[config.slug][l.code]
                  const needsWork = needsWorkStatuses.reduce((n, s) => n + (cell[s] ?? 0), 0)
                  return (
                    <td
                      key={l.code}
                      style={{ ...cellStyle, opacity: mine.includes(l.code) ? 1 : 0.6 }}
                      data-collection={config.slug}
                      data-locale={l.code}
                    >
                      {needsWork > 0 ? (
                        <a
                          className="needs-work"
                          href={statusListUrl(adminRoute, config.slug, l.code, needsWorkStatuses)}
                          style={{ fontWeight: 600 }}
                        >
                          {needsWork} need{needsWork === 1 ? 's' : ''} work
                        </a>
                      ) : (
                        <span>All done</span>
                      )}
                      <ul style={{ listStyle: 'none', margin: '0.3rem 0 0', padding: 0 }}>
                        {translationStatuses
                          .filter((s) => cell[s])
                          .map((s) => (
                            <li key={s}>
                              <a
                                href={statusListUrl(adminRoute, config.slug, l.code, [s])}
                                aria-label={`${label(config)}, ${l.englishName}: ${cell[s]} ${statusLabels[s]}`}
                              >
                                <StatusBadge locale={l.code} status={s} /> {cell[s]}
                              </a>
                            </li>
                          ))}
                        {cell.untracked ? (
                          <li>{cell.untracked} not tracked yet (saved before tracking began)</li>
                        ) : null}
                      </ul>
                    </td>
                  )
                })}
              </tr>
            ))}
          </tbody>
        </table>

        <h2>Export for a CAT tool (XLIFF 2.0)</h2>
        <form
          method="get"
          action="/api/translations/export"
          style={{ display: 'grid', gap: '0.5rem', maxWidth: 560, marginBottom: '2rem' }}
        >
          <label>
            Translate into{' '}
            <select name="locale" defaultValue={mine[0]}>
              {locales.map((l) => (
                <option key={l.code} value={l.code}>
                  {l.label}
                </option>
              ))}
            </select>
          </label>
          <label>
            Documents written in{' '}
            <select name="group" defaultValue="pl">
              {locales.map((l) => (
                <option key={l.code} value={l.code}>
                  {l.label}
                </option>
              ))}
            </select>{' '}
            (XLIFF has one source language per file)
          </label>
          <label>
            Collection{' '}
            <select name="collection" defaultValue="">
              <option value="">All</option>
              {collections.map((c) => (
                <option key={c.slug} value={c.slug}>
                  {label(c)}
                </option>
              ))}
            </select>
          </label>
          <label>
            <input type="checkbox" name="status" value={needsWorkStatuses.join(',')} /> Only documents that need work
          </label>
          <button type="submit" className="btn btn--style-primary btn--size-small" style={{ justifySelf: 'start' }}>
            Download .xlf
          </button>
        </form>

        <h2>Import a translated file</h2>
        <TranslationImportForm />
      </Gutter>
    </DefaultTemplate>
  )
}

const cellStyle = {
  border: '1px solid var(--theme-elevation-150)',
  padding: '0.5rem',
  textAlign: 'left' as const,
  verticalAlign: 'top' as const,
}
