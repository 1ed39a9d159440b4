/**
 * Builds the `data` of an update that writes new values into some translatable units of one locale.
 * Top-level fields are set directly; a field inside an array row needs the whole array in the update,
 * so the array is copied from `current` (the document read in that locale) and only the named rows'
 * fields are replaced. Non-localized values in the copied rows stay exactly as stored.
 */
export function localeUpdate(current: Record<string, unknown>, values: Map<string, unknown>): Record<string, unknown> {
  const data: Record<string, unknown> = {}
  for (const [unitId, value] of values) setAtPath(data, current, unitId.split('.'), value)
  return data
}

function setAtPath(
  data: Record<string, unknown>,
  current: Record<string, unknown>,
  path: string[],
  value: unknown,
): void {
  const [head, ...rest] = path
  if (rest.length === 0) {
    data[head] = value
    return
  }
  const stored = current[head]
  if (Array.isArray(stored)) {
    if (!Array.isArray(data[head])) data[head] = structuredClone(stored)
    const rows = data[head] as Record<string, unknown>[]
    const [rowKey, ...inRow] = rest
    const index = rows.findIndex((row) => row?.id === rowKey)
    const row = rows[index >= 0 ? index : Number(rowKey)]
    if (!row) throw new Error(`No row "${rowKey}" in ${head}`)
    setAtPath(row, row, inRow, value)
    return
  }
  if (!data[head] || typeof data[head] !== 'object') data[head] = structuredClone((stored as object | undefined) ?? {})
  setAtPath(data[head] as Record<string, unknown>, (stored as Record<string, unknown>) ?? {}, rest, value)
}
