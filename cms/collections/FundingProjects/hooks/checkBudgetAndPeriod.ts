import { type CollectionBeforeValidateHook, ValidationError, type ValidationFieldError } from 'payload'
import { requestTranslator } from '../../../i18n/messages'
import { fromCents, isMoney, percentage, toCents } from '../../../lib/money'
import { endsBeforeStart, isPartialDate } from '../../../lib/partialDate'
import type { FundingProject } from '../../../payload-types'

type Amount = string | null | undefined
type Share = NonNullable<FundingProject['partnerShares']>[number]

/** The amounts the CMS may compute from the other two. */
export const derivedAmounts = ['totalBudget', 'euContribution', 'ownContribution'] as const

/** How the admin names each (translated with the rest of the schema text, cms/i18n/). */
export const derivedAmountLabels: Record<(typeof derivedAmounts)[number], string> = {
  totalBudget: 'Total budget',
  euContribution: 'EU contribution',
  ownContribution: 'Own contribution',
}

/**
 * Keeps a project's numbers true before anything is stored: the EU and own contributions must add up
 * to the total (a missing one of the three is computed from the other two), partner shares may not
 * exceed the project's, the period may not end before it starts, and there is at most one lead partner.
 * The co-financing rate is computed here and never typed in; `derivedAmount` records which amount was
 * computed, so the site can say that it was not stated.
 */
export const checkBudgetAndPeriod: CollectionBeforeValidateHook<FundingProject> = ({
  data,
  originalDoc,
  req,
  collection,
}) => {
  if (!data) return data
  const merged = { ...originalDoc, ...data }
  const t = requestTranslator(req)
  const errors: ValidationFieldError[] = []

  const amounts = {
    totalBudget: merged.totalBudget,
    euContribution: merged.euContribution,
    ownContribution: merged.ownContribution,
  }
  const wellFormed = Object.values(amounts).every((v) => !v || isMoney(v))
  if (wellFormed) {
    const { totalBudget, euContribution, ownContribution } = amounts
    const given = [totalBudget, euContribution, ownContribution].filter(Boolean).length
    // which amount the CMS worked out is the CMS's to say: a value sent for it is never taken
    let derivedAmount: FundingProject['derivedAmount'] = null
    if (given === 2) {
      // derive the missing amount from the two given, and say which one it is (the site tells readers)
      if (!totalBudget) {
        data.totalBudget = fromCents(toCents(euContribution!) + toCents(ownContribution!))
        derivedAmount = 'totalBudget'
      } else if (!euContribution || !ownContribution) {
        const rest = toCents(totalBudget) - toCents((euContribution ?? ownContribution)!)
        const missing = euContribution ? 'ownContribution' : 'euContribution'
        if (rest < 0n) {
          errors.push({
            path: missing === 'ownContribution' ? 'euContribution' : 'ownContribution',
            message: t('validation.contributionOverTotal', {
              amount: (euContribution ?? ownContribution)!,
              total: totalBudget,
            }),
          })
        } else {
          data[missing] = fromCents(rest)
          derivedAmount = missing
        }
      }
    } else if (given === 3) {
      // an amount the CMS worked out stays marked until someone writes that amount themselves
      const before = originalDoc?.derivedAmount
      if (before && !(before in data && data[before] !== originalDoc?.[before])) derivedAmount = before
      const sum = toCents(euContribution!) + toCents(ownContribution!)
      if (sum !== toCents(totalBudget!)) {
        const message = t('validation.contributionsDoNotAdd', {
          eu: euContribution!,
          own: ownContribution!,
          sum: fromCents(sum),
          total: totalBudget!,
        })
        errors.push(
          { path: 'totalBudget', message },
          { path: 'euContribution', message },
          { path: 'ownContribution', message },
        )
      }
    }
    data.derivedAmount = derivedAmount
    const total = data.totalBudget ?? merged.totalBudget
    const eu = data.euContribution ?? merged.euContribution
    data.coFinancingRate = total && eu && errors.length === 0 ? percentage(eu, total) : null
    errors.push(...checkPartnerShares(merged.partnerShares, eu, data.ownContribution ?? merged.ownContribution, t))
  }

  const { periodStart, periodEnd } = merged
  if (isPartialDate(periodStart) && isPartialDate(periodEnd) && endsBeforeStart(periodStart, periodEnd)) {
    const message = t('validation.periodEndsBeforeStart', { end: periodEnd, start: periodStart })
    errors.push({ path: 'periodEnd', message }, { path: 'periodStart', message })
  }

  const partners = merged.partners ?? []
  if (partners.filter((p) => p.role === 'lead-partner').length > 1) {
    errors.push({ path: 'partners', message: t('validation.onlyOneLead') })
  }

  if (errors.length > 0) throw new ValidationError({ collection: collection.slug, errors, req })
  return data
}

function checkPartnerShares(
  shares: Share[] | null | undefined,
  eu: Amount,
  own: Amount,
  t: ReturnType<typeof requestTranslator>,
): ValidationFieldError[] {
  if (!shares?.length) return []
  const errors: ValidationFieldError[] = []
  for (const [key, projectAmount, message] of [
    ['euContribution', eu, 'validation.euSharesOver'],
    ['ownContribution', own, 'validation.ownSharesOver'],
  ] as const) {
    const parts = shares.map((s) => s[key]).filter((v): v is string => isMoney(v))
    if (!projectAmount || !isMoney(projectAmount) || parts.length === 0) continue
    const sum = parts.reduce((acc, v) => acc + toCents(v), 0n)
    if (sum > toCents(projectAmount)) {
      errors.push({
        path: 'partnerShares',
        message: t(message, { sum: fromCents(sum), amount: projectAmount }),
      })
    }
  }
  return errors
}
