import type { LocaleCode } from '../../../../cms/locales'
import type { FundingProject } from '../../../../cms/payload-types'
import { euFunds } from '../../../../shared/terms'
import {
  collator,
  formatCountry,
  formatMoney,
  formatPartialDate,
  formatPercent,
  formatPeriod,
  type PeriodStatus,
  periodStatus,
} from '../../i18n/format'
import { useTranslations } from '../../i18n/translations'
import { buildDate } from '../buildDate'
import { field, rowText } from '../doc'
import { filterValuePath } from '../listPages'
import type { DocEntry, SiteIndex } from '../siteIndex'
import { type WebLink, webLink } from '../webLink'
import { present, type TypeCard } from './card'
import { organizationRef, type TypeJsonLd } from './schemaOrg'

/** A fund a project draws on, as stored; the page names it through the `fund.<value>` string. */
export type Fund = NonNullable<FundingProject['funds']>[number]

/** The numbers the budget chart draws (components/BudgetChart.astro), as stored. */
export interface BudgetChartData {
  id: string
  total: string
  eu: string
  own: string
  currency: string
}

/** One partner's share of the contributions, as money in the reader's format ('–' when not given). */
export interface PartnerShare {
  org: DocEntry<'organizations'>
  eu: string
  own: string
}

/** The budget block: amounts in the reader's format; optional rows are undefined when not given. */
export interface Budget {
  total: string
  eu?: string
  own?: string
  coFinancingRate?: string
  /**
   * Which amount the CMS worked out from the other two (the source did not state it): the page says so,
   * as it says that the co-financing rate is computed.
   */
  derived?: 'total' | 'eu' | 'own'
  ownContributionSource?: string
  /** Drawn only when both contributions are known. */
  chart?: BudgetChartData
  shares: PartnerShare[]
}

/** The partners of one country, under its name in the reader's language ('—' for no country). */
export interface CountryPartners {
  country: string
  partners: { org: DocEntry<'organizations'>; lead: boolean }[]
}

/** What a funding project's page shows below its summary, ready to render. */
export interface FundingProjectView {
  acronym?: string
  programme?: string
  /** Every project of the same programme, on the site. */
  programmePath?: string
  /** The programme's and the project's own web pages, as link and text. */
  programmeWebsite?: WebLink
  website?: WebLink
  funds: Fund[]
  /** Drawing on an EU fund or given an EU contribution: the page shows the EU emblem and statement. */
  euFunded: boolean
  period?: string
  /** Where the project stands on the build date, and that date in the reader's words. */
  status: PeriodStatus
  statusDate: string
  stage?: NonNullable<FundingProject['stage']>
  cluster?: DocEntry<'clusters'>
  budget?: Budget
  /** How many partners are published (the count in the heading). */
  partnerCount: number
  /** Countries by name in the reader's alphabet, partners in the project's order. */
  partnersByCountry: CountryPartners[]
  /** The partners' countries as stored (ISO alpha-2), in the order of partnersByCountry, for the map. */
  partnerCountries: string[]
  /** The number of associated partners the project states, else how many are named. */
  associatedCount: number
  associated: DocEntry<'organizations'>[]
  linesOfActivity: { title?: string; description?: string }[]
  targetGroups?: string
  routes: DocEntry<'routes'>[]
}

/**
 * The funding project page's content in one locale. `today` is the build's date (BUILD_DATE pins it),
 * so a page says what was true when it was built.
 */
export function fundingProjectView(
  entry: DocEntry<'funding-projects'>,
  index: SiteIndex,
  locale: LocaleCode,
  today: string = buildDate,
): FundingProjectView {
  const d = entry.doc
  // a programme is filed under its English name (lib/listPages.ts)
  const programmeKey = field(entry, 'programme', 'en') ?? field(entry, 'programme', locale)
  const currency = d.currency ?? 'EUR'
  const money = (amount: string) => formatMoney(amount, currency, locale)
  // a reference to an organisation that is not published is left out (with its share: no name is known)
  const partners = (d.partners ?? []).flatMap((p) => {
    const org = index.get('organizations', p.organization)
    return org ? [{ org, lead: p.role === 'lead-partner' }] : []
  })
  const byCountry = new Map<string, CountryPartners['partners']>()
  for (const p of partners) {
    const country = p.org.doc.country ?? ''
    byCountry.set(country, [...(byCountry.get(country) ?? []), p])
  }
  const countryName = (code: string) => formatCountry(code || 'ZZ', locale)
  const countries = [...byCountry.keys()].sort((a, b) => collator(locale).compare(countryName(a), countryName(b)))
  const associated = index.getAll('organizations', d.associatedPartners)
  return {
    acronym: d.acronym || undefined,
    programme: field(entry, 'programme', locale),
    programmePath: programmeKey
      ? filterValuePath(index, 'funding-projects', 'programme', programmeKey, locale)
      : undefined,
    programmeWebsite: webLink(d.programmeWebsite),
    website: webLink(d.website),
    funds: d.funds ?? [],
    euFunded: (d.funds ?? []).some((fund) => euFunds.includes(fund)) || Number(d.euContribution ?? 0) > 0,
    period: d.periodStart || d.periodEnd ? formatPeriod(d.periodStart, d.periodEnd, locale) : undefined,
    status: periodStatus(d.periodStart, d.periodEnd, today),
    // in the locale's own date order, as every other date on the site ("1 December 2026", not US order)
    statusDate: formatPartialDate(today, locale),
    stage: d.stage ?? undefined,
    cluster: index.get('clusters', d.cluster),
    budget: d.totalBudget
      ? {
          total: money(d.totalBudget),
          eu: d.euContribution ? money(d.euContribution) : undefined,
          own: d.ownContribution ? money(d.ownContribution) : undefined,
          coFinancingRate: d.coFinancingRate != null ? formatPercent(d.coFinancingRate, locale) : undefined,
          derived: derivedAmountOf(d.derivedAmount),
          ownContributionSource: field(entry, 'ownContributionSource', locale),
          chart:
            d.euContribution && d.ownContribution
              ? {
                  id: `budget-${entry.id}`,
                  total: d.totalBudget,
                  eu: d.euContribution,
                  own: d.ownContribution,
                  currency,
                }
              : undefined,
          shares: (d.partnerShares ?? []).flatMap((share) => {
            const org = index.get('organizations', share.organization)
            if (!org) return []
            return [
              {
                org,
                eu: share.euContribution ? money(share.euContribution) : '–',
                own: share.ownContribution ? money(share.ownContribution) : '–',
              },
            ]
          }),
        }
      : undefined,
    partnerCount: partners.length,
    partnerCountries: countries.filter(Boolean),
    partnersByCountry: countries.map((code) => ({
      country: code ? formatCountry(code, locale) : '—',
      partners: byCountry.get(code) ?? [],
    })),
    associatedCount: d.associatedPartnerCount ?? associated.length,
    associated,
    linesOfActivity: (d.linesOfActivity ?? []).map((line) => ({
      title: rowText(line, 'title', entry, locale),
      description: rowText(line, 'description', entry, locale),
    })),
    targetGroups: field(entry, 'targetGroups', locale),
    routes: index.referencing('routes', 'project', entry),
  }
}

/** The schema.org properties particular to a funding project's page (JSON-LD), beside the common ones. */
export const fundingProjectJsonLd: TypeJsonLd<'funding-projects'> = (entry, index, locale, url) => {
  const d = entry.doc
  const programme = field(entry, 'programme', locale)
  const partnerIds = (d.partners ?? []).map((p) => p.organization)
  return {
    '@type': 'Project',
    ...(d.periodStart ? { foundingDate: d.periodStart } : {}),
    ...(d.periodEnd ? { dissolutionDate: d.periodEnd } : {}),
    member: index.getAll('organizations', partnerIds).map((org) => organizationRef(org, locale, url)),
    ...(d.totalBudget
      ? {
          funding: {
            '@type': 'MonetaryGrant',
            amount: {
              '@type': 'MonetaryAmount',
              value: d.euContribution ?? d.totalBudget,
              currency: d.currency ?? 'EUR',
            },
            ...(programme ? { name: programme } : {}),
          },
        }
      : {}),
  }
}

/** A project's card: its period, where it stands on the build date, and its total budget. */
export const fundingProjectCard: TypeCard<'funding-projects'> = (entry, locale, today) => {
  const d = entry.doc
  const t = useTranslations(locale)
  return {
    facts: present(
      d.periodStart || d.periodEnd ? formatPeriod(d.periodStart, d.periodEnd, locale) : undefined,
      t(`status.${periodStatus(d.periodStart, d.periodEnd, today)}`),
      d.totalBudget ? formatMoney(d.totalBudget, d.currency ?? 'EUR', locale) : undefined,
    ),
  }
}

/** The short name of the amount the CMS computed, as the budget block names it. */
function derivedAmountOf(value: string | null | undefined): Budget['derived'] {
  if (value === 'totalBudget') return 'total'
  if (value === 'euContribution') return 'eu'
  if (value === 'ownContribution') return 'own'
  return undefined
}
