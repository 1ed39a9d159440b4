import { describe, expect, it } from 'vitest'
import { elevationProfile } from '../../../site/src/lib/elevationProfile'

describe('a route’s elevation profile', () => {
  it('is undefined for a line without elevations', () => {
    expect(
      elevationProfile([
        [18, 54],
        [18, 54.1],
      ]),
    ).toBeUndefined()
    expect(elevationProfile(undefined)).toBeUndefined()
  })

  it('measures the distance along the line and the lowest and highest points', () => {
    // 0.1° of latitude is 11.12 km on the mean sphere
    const profile = elevationProfile([
      [18, 54, 10],
      [18, 54.1, 60],
      [18, 54.2, 20],
    ])
    expect(profile?.lengthKm).toBeCloseTo(22.24, 1)
    expect(profile?.samples.map(([km]) => Math.round(km * 100) / 100)).toEqual([0, 11.12, 22.24])
    expect(profile).toMatchObject({ lowestM: 10, highestM: 60, ascentM: 50, descentM: 40 })
  })

  it('does not count a recording’s metre-sized wobbles as climbing', () => {
    const wobbling = Array.from({ length: 200 }, (_, i) => [18, 54 + i * 0.0005, 10 + (i % 2) * 2])
    const profile = elevationProfile(wobbling)
    expect(profile?.ascentM).toBe(0)
    expect(profile?.descentM).toBe(0)
  })

  it('samples a long line evenly, keeping its start and end', () => {
    const line = Array.from({ length: 5000 }, (_, i) => [18, 54 + i * 0.0001, i % 100])
    const profile = elevationProfile(line)
    expect(profile?.samples.length).toBe(240)
    expect(profile?.samples[0]).toEqual([0, 0])
    expect(profile?.samples.at(-1)?.[0]).toBeCloseTo(profile?.lengthKm ?? 0, 6)
  })
})
