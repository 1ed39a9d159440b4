import { describe, expect, it } from 'vitest'
import { medianRun } from '../../scripts/bench/measure'

describe('the median of a benchmark step run several times', () => {
  it('is the middle run by the value, whatever order the runs came in, with the lowest and highest value', () => {
    const runs = [{ s: 9.1 }, { s: 7.4 }, { s: 12.8 }]
    expect(medianRun(runs, (r) => r.s)).toEqual({ median: { s: 9.1 }, spread: [7.4, 12.8] })
  })

  it('takes the lower middle run of an even number, so the figure is one that was measured', () => {
    expect(medianRun([4, 2], (n) => n)).toEqual({ median: 2, spread: [2, 4] })
    expect(medianRun([5], (n) => n)).toEqual({ median: 5, spread: [5, 5] })
  })
})
