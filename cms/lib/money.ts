/**
 * Exact money arithmetic. Amounts are stored as decimal strings with at most two fraction digits
 * ("1337521.14") and computed in integer cents with BigInt, so no floating-point rounding can make a
 * budget that adds up look as if it did not (0.1 + 0.2 !== 0.3).
 */

/** Accepted shape of a stored amount: digits, optional dot and one or two fraction digits. */
export const MONEY_PATTERN = /^(0|[1-9]\d{0,14})(\.\d{1,2})?$/

/** True when `value` is a well-formed amount string. */
export function isMoney(value: unknown): value is string {
  return typeof value === 'string' && MONEY_PATTERN.test(value)
}

/** Converts an amount string to integer cents; throws on a malformed amount. */
export function toCents(value: string): bigint {
  if (!isMoney(value)) throw new Error(`"${value}" is not an amount like 1234.56`)
  const [whole, fraction = ''] = value.split('.')
  return BigInt(whole) * 100n + BigInt(fraction.padEnd(2, '0'))
}

/** Converts integer cents back to the canonical amount string ("1640866.85", "12.50" -> "12.5" is never produced). */
export function fromCents(cents: bigint): string {
  const sign = cents < 0n ? '-' : ''
  const abs = cents < 0n ? -cents : cents
  const whole = abs / 100n
  const fraction = (abs % 100n).toString().padStart(2, '0')
  return `${sign}${whole}.${fraction}`
}

/** Normalises an amount to two fraction digits ("85" -> "85.00"). */
export function normalizeMoney(value: string): string {
  return fromCents(toCents(value))
}

/**
 * Share of `part` in `whole` as a percentage with two decimals, rounded half up, as a number
 * (e.g. 85 for 471285.45 of 554453.47). Returns null when the whole is zero.
 */
export function percentage(part: string, whole: string): number | null {
  const p = toCents(part)
  const w = toCents(whole)
  if (w === 0n) return null
  // basis points of a percent (1/100 %), rounded half up, computed in integers
  const hundredths = (p * 10000n * 2n + w) / (2n * w)
  return Number(hundredths) / 100
}
