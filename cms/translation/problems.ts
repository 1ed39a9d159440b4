import { MAX_REPORTED_PROBLEMS } from '../limits'

/** Where readers and checkers put the problems they find (a plain array will do in tests). */
export interface Problems {
  push(...problems: string[]): number
  readonly length: number
}

/**
 * The problems of a rejected import: the first MAX_REPORTED_PROBLEMS are kept, the rest only counted,
 * so a file with a million faults gets a short answer (a 50 MB file of bogus elements was answered
 * with 41 MB of problems) that still says how many there were.
 */
export class ProblemList implements Problems {
  private readonly kept: string[] = []
  private dropped = 0

  constructor(private readonly limit = MAX_REPORTED_PROBLEMS) {}

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
    return [
      ...this.kept,
      `…and ${this.dropped.toLocaleString('en')} more problems (only the first ${this.limit} are listed).`,
    ]
  }
}
