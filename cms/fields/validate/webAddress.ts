/** Field validation for an http(s) address; empty is allowed unless the field is required. */
export function validateWebAddress(
  value: string | null | undefined,
  { required }: { required?: boolean } = {},
): true | string {
  if (!value) return required ? 'A web address is required.' : true
  try {
    const url = new URL(value)
    if (url.protocol === 'https:' || url.protocol === 'http:') return true
  } catch {
    // fall through to the message below
  }
  return `"${value}" is not a web address starting with https:// or http://`
}
