import { type I18nLike, type MessageKey, type MessageValues, requestTranslator } from '../i18n/messages'
import { MAX_REPORTED_PROBLEMS } from '../limits'

/** Where readers and checkers put the problems they find (a plain array will do in tests). */
export interface Problems {
  push(...problems: string[]): number
  readonly length: number
  /** The language problems are written in: the importing user's admin language (English without one). */
  readonly i18n?: I18nLike
}

/** Adds a problem in the list's language, from our messages (cms/i18n/messages). */
export function say(problems: Problems, key: MessageKey, values?: MessageValues): void {
  problems.push(requestTranslator({ i18n: problems.i18n })(key, values))
}

/**
 * The problems of a rejected import: the first MAX_REPORTED_PROBLEMS are kept, the rest only counted,
 * so a file with a million faults gets a short answer (a 50 MB file of bogus elements was answered
 * with 41 MB of problems) that still says how many there were. Written in `i18n`'s language.
 */
export class ProblemList implements Problems {
  private readonly kept: string[] = []
  private dropped = 0

  constructor(
    private readonly limit = MAX_REPORTED_PROBLEMS,
    readonly i18n?: I18nLike,
  ) {}

  push(...problems: string[]): number {
    for (const problem of problems) {
      if (this.kept.length < this.limit) this.kept.push(problem)
      else this.dropped++
    }
    return this.length
  }

  /** Every problem found, listed or not. */
  get length(): number {
    return this.kept.length + this.dropped
  }

  /** True once no more problems will be listed: further checking would only add to the count. */
  get full(): boolean {
    return this.kept.length >= this.limit
  }

  /** The problems listed, and a last line saying how many more there were, if any. */
  list(): string[] {
    if (this.dropped === 0) return [...this.kept]
    const more = requestTranslator({ i18n: this.i18n })('xliff.moreProblems', {
      count: this.dropped,
      limit: this.limit,
    })
    return [...this.kept, more]
  }
}
