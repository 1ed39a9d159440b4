import { distanceKm } from '../../../shared/distance'

/** A route's height along its length, ready to draw and to put in words. */
export interface ElevationProfile {
  /** [km from the start, metres] samples, at most MAX_SAMPLES, first and last included. */
  samples: [number, number][]
  lengthKm: number
  /** Metres climbed and descended in total, counting only changes over CLIMB_THRESHOLD_M. */
  ascentM: number
  descentM: number
  lowestM: number
  highestM: number
}

const MAX_SAMPLES = 240
/**
 * A climb or descent counts once it exceeds this many metres: recorded elevations wobble by a metre
 * or two from point to point, and summing every wobble would double a flat ride's ascent.
 */
const CLIMB_THRESHOLD_M = 3

/**
 * The elevation profile of a line of [longitude, latitude, elevation] positions, or undefined when the
 * line has no elevations (or too few points to draw).
 */
export function elevationProfile(line: number[][] | undefined): ElevationProfile | undefined {
  if (!line || line.length < 2 || !line.every((p) => typeof p[2] === 'number')) return undefined
  const all: [number, number][] = []
  let km = 0
  for (let i = 0; i < line.length; i++) {
    if (i > 0) {
      km += distanceKm(line[i - 1], line[i])
    }
    all.push([km, line[i][2]])
  }
  const heights = all.map(([, m]) => m)
  const { ascent, descent } = climbs(heights)
  return {
    samples: sample(all),
    lengthKm: km,
    ascentM: Math.round(ascent),
    descentM: Math.round(descent),
    lowestM: Math.round(Math.min(...heights)),
    highestM: Math.round(Math.max(...heights)),
  }
}

/** Total climb and descent, each counted once the height has moved CLIMB_THRESHOLD_M from the last turn. */
function climbs(heights: number[]): { ascent: number; descent: number } {
  let ascent = 0
  let descent = 0
  let reference = heights[0]
  for (const height of heights) {
    const change = height - reference
    if (Math.abs(change) >= CLIMB_THRESHOLD_M) {
      if (change > 0) ascent += change
      else descent -= change
      reference = height
    }
  }
  return { ascent, descent }
}

/** Evenly spaced along the distance: for each slot, the point nearest to it. */
function sample(points: [number, number][]): [number, number][] {
  if (points.length <= MAX_SAMPLES) return points
  const total = points[points.length - 1][0]
  const samples: [number, number][] = []
  let at = 0
  for (let slot = 0; slot < MAX_SAMPLES; slot++) {
    const target = (total * slot) / (MAX_SAMPLES - 1)
    while (at < points.length - 1 && Math.abs(points[at + 1][0] - target) <= Math.abs(points[at][0] - target)) at++
    samples.push(points[at])
  }
  return samples
}
