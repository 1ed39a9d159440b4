import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { readGpx } from '../../../cms/gpx/readGpx'
import { GPX_MAX_BYTES, GPX_MAX_LINE_POINTS, MAX_ROWS } from '../../../cms/limits'

const garmin = readFileSync('tests/fixtures/gpx/garmin-curonian-spit.gpx', 'utf8')

/** A GPX 1.1 file as Komoot exports a planned tour: one track segment, elevations, no waypoints. */
function komoot(points: string): string {
  return `<?xml version='1.0' encoding='UTF-8'?>
<gpx version="1.1" creator="https://www.komoot.de" xmlns="http://www.topografix.com/GPX/1/1" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
  <metadata><name>Hel Peninsula</name><author><link href="https://www.komoot.de"><text>komoot</text><type>text/html</type></link></author></metadata>
  <trk><name>Hel Peninsula</name><trkseg>${points}</trkseg></trk>
</gpx>`
}
const trkpt = (lat: number, lon: number, ele?: number) =>
  `<trkpt lat="${lat}" lon="${lon}">${ele === undefined ? '' : `<ele>${ele}</ele>`}<time>2026-06-01T10:00:00.000Z</time></trkpt>`

function problemsOf(xml: string): string[] {
  const result = readGpx(xml)
  if (result.ok) throw new Error('expected the file to be refused')
  return result.problems
}

describe('reading a GPX file', () => {
  it('reads a Garmin export: both track segments as one line with elevations, waypoints as named stops', () => {
    const result = readGpx(garmin)
    if (!result.ok) throw new Error(result.problems.join('\n'))
    const { line, stops, lengthKm, recordedPoints } = result.route
    expect(recordedPoints).toBe(90)
    expect(line).toHaveLength(90)
    expect(line?.[0]).toEqual([21.131, 55.7106, 8])
    expect(line?.every((p) => p.length === 3)).toBe(true)
    expect(stops).toEqual([
      { name: 'Klaipėda Old Town', description: 'Start at the Theatre Square.', latitude: 55.7106, longitude: 21.131 },
      { name: 'Smiltynė ferry', description: 'Old ferry from the Old Town.', latitude: 55.715, longitude: 21.099 },
      { name: 'Juodkrantė', latitude: 55.55, longitude: 21.122 },
    ])
    // about 1.8 km to the ferry and 18.4 km down the spit; the crossing between segments is not counted
    expect(lengthKm).toBeGreaterThan(19.5)
    expect(lengthKm).toBeLessThan(20.7)
  })

  it('measures a straight line of known length', () => {
    // one degree of latitude along a meridian is 111.2 km on the mean sphere
    const result = readGpx(komoot(trkpt(54, 18.5, 1) + trkpt(55, 18.5, 2)))
    expect(result.ok && result.route.lengthKm).toBe(111.2)
  })

  it('reads a Komoot export with no waypoints: a line and no stops', () => {
    const result = readGpx(komoot(trkpt(54.6, 18.8, 3) + trkpt(54.61, 18.79, 5) + trkpt(54.62, 18.78, 4)))
    expect(result.ok && result.route.stops).toEqual([])
    expect(result.ok && result.route.line).toEqual([
      [18.8, 54.6, 3],
      [18.79, 54.61, 5],
      [18.78, 54.62, 4],
    ])
  })

  it('keeps the line flat when some points have no elevation', () => {
    const result = readGpx(komoot(trkpt(54.6, 18.8, 3) + trkpt(54.61, 18.79)))
    expect(result.ok && result.route.line).toEqual([
      [18.8, 54.6],
      [18.79, 54.61],
    ])
  })

  it('takes the routes (rtept) when the file has no track', () => {
    const xml = `<gpx xmlns="http://www.topografix.com/GPX/1/0" version="1.0"><rte><name>R</name><rtept lat="54.1" lon="18.1"/><rtept lat="54.2" lon="18.2"/></rte></gpx>`
    const result = readGpx(xml)
    expect(result.ok && result.route.line).toEqual([
      [18.1, 54.1],
      [18.2, 54.2],
    ])
  })

  it('thins a long recording to the most points kept, measuring the length on every point first', () => {
    const count = GPX_MAX_LINE_POINTS * 3
    // a zigzag of 0.5 m steps sideways along a 30 km line: the sideways noise is what goes
    const points = Array.from({ length: count }, (_, i) => trkpt(54 + (i * 0.27) / count, 18 + (i % 2) * 0.000005, 10))
    const result = readGpx(komoot(points.join('')))
    if (!result.ok) throw new Error(result.problems.join('\n'))
    expect(result.route.recordedPoints).toBe(count)
    expect(result.route.line?.length).toBeLessThanOrEqual(GPX_MAX_LINE_POINTS)
    expect(result.route.line?.length).toBeGreaterThan(1)
    expect(result.route.line?.[0]).toEqual([18, 54, 10])
    expect(result.route.lengthKm).toBeGreaterThan(30)
  })
})

describe('refusing a file that is not a usable GPX track', () => {
  it('names an XML error with its line', () => {
    const [problem] = problemsOf('<gpx xmlns="http://www.topografix.com/GPX/1/1">\n<trk><trkseg></trk></gpx>')
    expect(problem).toMatch(/^The file is not well-formed XML: .*line 2/)
  })

  it('says what a KML or TCX file is instead of GPX', () => {
    expect(problemsOf('<kml xmlns="http://www.opengis.net/kml/2.2"><Document/></kml>')).toEqual([
      'This is a KML file (Google Earth), not GPX. Export the route as GPX and upload that.',
    ])
    expect(problemsOf('<TrainingCenterDatabase/>')[0]).toMatch(/^This is a TCX file/)
    expect(problemsOf('<svg xmlns="http://www.w3.org/2000/svg"/>')).toEqual([
      'This is not a GPX file: its root element is <svg>, not <gpx>.',
    ])
  })

  it('refuses text that is not XML at all, and an empty file', () => {
    expect(problemsOf('lat,lon\n54.1,18.1\n')[0]).toMatch(/^The file is not well-formed XML/)
    expect(problemsOf('  ')).toEqual(['The file is empty.'])
  })

  it('names every point outside the Earth’s coordinates', () => {
    const problems = problemsOf(komoot(`${trkpt(54, 18) + trkpt(95, 18)}<trkpt lat="54" lon="east"/>`))
    expect(problems).toEqual([
      'Track point 2 (line 4): lat="95" is not a latitude between -90 and 90.',
      'Track point 3 (line 4): lon="east" is not a longitude between -180 and 180.',
    ])
  })

  it('refuses a file with nothing to draw', () => {
    expect(problemsOf(komoot(trkpt(54, 18)))[0]).toMatch(/no track or route with at least two points, and no waypoints/)
  })

  it('refuses an unnamed waypoint and more waypoints than a route may have stops', () => {
    const gpx = (body: string) => `<gpx xmlns="http://www.topografix.com/GPX/1/1" version="1.1">${body}</gpx>`
    expect(problemsOf(gpx('<wpt lat="54" lon="18"><name>A</name></wpt><wpt lat="54.1" lon="18"/>'))).toEqual([
      'Waypoint 2 has no name; a stop needs one. Name it in the app you exported from.',
    ])
    const many = Array.from({ length: MAX_ROWS + 1 }, (_, i) => `<wpt lat="54" lon="18"><name>${i}</name></wpt>`)
    expect(problemsOf(gpx(many.join('')))).toEqual([
      `The file has ${MAX_ROWS + 1} waypoints; a route may have at most ${MAX_ROWS} stops.`,
    ])
  })

  it('refuses a file over the size limit before parsing it', () => {
    const [problem] = problemsOf(komoot(' '.repeat(GPX_MAX_BYTES)))
    expect(problem).toBe(`The file is 16.1 MiB; a GPX file may be at most 16 MiB.`)
  })
})
