import slugify from 'slugify'

/** Longest slug we generate; long titles are cut at a word boundary so URLs stay readable. */
export const MAX_SLUG_LENGTH = 80

/** Accepted shape of a stored slug: lowercase ASCII words joined by single hyphens. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

/**
 * Turns a title in any of our locales into a URL slug: Polish, Lithuanian and Italian letters are
 * transliterated (ą→a, ł→l, ė→e, ų→u, š→s, ž→z, à→a ...), Italian elisions become word breaks
 * ("dell'assistenza" → "dell-assistenza"), everything else that is not a letter or digit is dropped.
 */
export function toSlug(title: string): string {
  const spaced = title.replace(/['’‘`´]/g, ' ')
  const slug = slugify(spaced, { lower: true, strict: true, trim: true })
  if (slug.length <= MAX_SLUG_LENGTH) return slug
  const cut = slug.slice(0, MAX_SLUG_LENGTH + 1)
  const lastBreak = cut.lastIndexOf('-')
  return (lastBreak > 20 ? cut.slice(0, lastBreak) : cut.slice(0, MAX_SLUG_LENGTH)).replace(/-+$/, '')
}

/** Adds a numeric suffix so a generated slug does not collide ("route" → "route-2"). */
export function withSuffix(slug: string, n: number): string {
  return n <= 1 ? slug : `${slug}-${n}`
}
