/**
 * The two places where a test's data is not what the generated types describe, each said out loud
 * instead of a bare cast. Everything else a test sends is checked against cms/payload-types.ts.
 */

/**
 * Deliberately invalid input (an unknown locale, an option a field does not have), sent to see the CMS
 * refuse it. The type checker would refuse it first; this marks that the test means it.
 */
export function asInvalid<T>(value: unknown): T {
  return value as T
}

/**
 * Document data put together from field names at run time, as tests that walk every collection with
 * one table do; no static type describes it. The CMS validates it like any save.
 */
export function fromFieldNames<T>(data: Record<string, unknown>): T {
  return data as T
}
