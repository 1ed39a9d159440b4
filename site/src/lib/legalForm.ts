/**
 * Legal-form abbreviations in names ("Sp. z o.o.", "S.p.A.", "UAB", "GmbH"). They are part of a name a
 * reader sees, but not words to search by: in the index, "Sp." from "Sp. z o.o." matched a search
 * for "spiaggia" on every page naming a Polish company. The site shows them and keeps them out of the
 * search index (`data-pagefind-ignore`).
 *
 * Only forms that cannot be ordinary words are listed; "AB", "AS" and "AG" are also words and
 * initials in running text.
 */
import { KeptResults } from './keptResults'

const FORMS = [
  String.raw`[Ss]p\.\s?z\s?o\.\s?o\.`,
  String.raw`[Ss]p\.\s?[jkp]\.`,
  String.raw`S\.A\.`,
  String.raw`S\.p\.A\.`,
  String.raw`[Ss]\.r\.l\.`,
  'GmbH',
  String.raw`e\.\s?V\.`,
  String.raw`Ltd\.`,
  'ApS',
  'A/S',
  'UAB',
  'VšĮ',
  'SIA',
  'Oyj?',
  'OÜ',
]

/** A legal form standing on its own (not part of a longer word), anywhere in a text. */
export const LEGAL_FORM = new RegExp(String.raw`(?<![\p{L}\d])(?:${FORMS.join('|')})(?![\p{L}\d])`, 'gu')

type Part = Readonly<{ text: string; legalForm: boolean }>

/**
 * A text in parts, each a legal form or not, in order; joined they give the text back. Kept per text:
 * a name is shown on its page and on every page that lists or names it (at 44,000 pages, splitting
 * them anew took 0.7 s of the render).
 */
export function legalFormParts(text: string): readonly Part[] {
  return splitTexts.get(text, () => split(text))
}

/** More than the names and summaries of 10,000 documents in four locales. */
const splitTexts = new KeptResults<readonly Part[]>(100_000)

function split(text: string): readonly Part[] {
  const parts: Part[] = []
  let at = 0
  for (const match of text.matchAll(LEGAL_FORM)) {
    if (match.index > at) parts.push({ text: text.slice(at, match.index), legalForm: false })
    parts.push({ text: match[0], legalForm: true })
    at = match.index + match[0].length
  }
  if (at < text.length) parts.push({ text: text.slice(at), legalForm: false })
  return parts
}

/** HTML text (already escaped) with each legal form kept out of the search index. */
export function legalFormsIgnoredInHtml(html: string): string {
  return html.replace(LEGAL_FORM, (form) => `<span data-pagefind-ignore>${form}</span>`)
}
