/**
 * A message whose words depend on a count, with one form per plural category of the language
 * (Intl.PluralRules): English needs `one` and `other`; Polish and Lithuanian also `few` and `many`.
 * `other` is required, so a language's rule can always fall back to it.
 */
export type Plural = { readonly [category in Exclude<Intl.LDMLPluralRule, 'other'>]?: string } & {
  readonly other: string
}

/** Marks an object of plural forms as one message (a group of messages never has an `other` key). */
export function plural(forms: Plural): Plural {
  return forms
}

/** True when a catalogue entry is a plural message rather than a group of messages. */
export function isPlural(value: unknown): value is Plural {
  return typeof value === 'object' && value !== null && typeof (value as { other?: unknown }).other === 'string'
}
