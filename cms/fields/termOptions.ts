import type { OptionObject } from 'payload'
import { type TermGroup, termNames } from '../../shared/terms'

/**
 * A select's options named from the shared vocabulary (`shared/terms/`): the admin shows each option
 * in the user's admin language, in the words the site uses for it.
 */
export function termOptions(group: TermGroup, values: readonly string[]): OptionObject[] {
  return values.map((value) => ({ value, label: termNames(group, value) }))
}
