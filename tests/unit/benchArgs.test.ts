import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { benchOptions } from '../../scripts/bench/args'

describe('the benchmark command line', () => {
  it('runs at scale 100, without images, into the untracked bench-results/, when given nothing', () => {
    expect(benchOptions([])).toEqual({
      scale: 100,
      images: 0,
      skipPostgres: false,
      resultsDir: path.resolve('bench-results'),
      keptData: undefined,
      runs: 3,
    })
  })

  it('keeps the default scale when only other options are given', () => {
    expect(benchOptions(['--skip-postgres'])).toMatchObject({ scale: 100, skipPostgres: true })
  })

  it('takes every option, folders resolved from the working directory', () => {
    expect(
      benchOptions([
        '--scale',
        '10',
        '--images',
        '2',
        '--skip-postgres',
        '--out',
        'out',
        '--data',
        'kept',
        '--runs',
        '5',
      ]),
    ).toEqual({
      scale: 10,
      images: 2,
      skipPostgres: true,
      resultsDir: path.resolve('out'),
      keptData: path.resolve('kept'),
      runs: 5,
    })
  })

  it('refuses a scale or image count that is not a whole number, naming the option', () => {
    expect(() => benchOptions(['--scale', 'abc'])).toThrow('--scale: "abc" is not a whole number of at least 1')
    expect(() => benchOptions(['--scale', '0'])).toThrow('--scale: "0" is not a whole number of at least 1')
    expect(() => benchOptions(['--images=-1'])).toThrow('--images: "-1" is not a whole number of at least 0')
    expect(() => benchOptions(['--runs', '0'])).toThrow('--runs: "0" is not a whole number of at least 1')
  })

  it('refuses an option it does not know instead of ignoring it', () => {
    expect(() => benchOptions(['--scael', '10'])).toThrow(/--scael/)
  })

  it('answers --help with the usage', () => {
    expect(benchOptions(['--help'])).toBe('help')
  })
})
