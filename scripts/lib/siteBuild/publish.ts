/** The builds/ folder beside site/dist: new build folders, the atomic switch to one, and removing old ones. */
import { spawn } from 'node:child_process'
import { existsSync, lstatSync, readdirSync, readlinkSync, renameSync, rmSync, symlinkSync } from 'node:fs'
import path from 'node:path'

/** A new build folder's name: when it started, and by which process (sorts by time). */
export function newBuildId(): string {
  return `${new Date().toISOString().replace(/[-:.TZ]/g, '')}-${process.pid}`
}

/** Points `liveDir`/dist at builds/<id> atomically and removes builds older than the previous one. */
export function publish(liveDir: string, id: string): void {
  const live = path.join(liveDir, 'dist')
  const previous = existsSync(live) && lstatSync(live).isSymbolicLink() ? path.basename(readlinkSync(live)) : undefined
  if (existsSync(live) && !lstatSync(live).isSymbolicLink()) rmSync(live, { recursive: true, force: true })
  const link = path.join(liveDir, `dist.next-${process.pid}`)
  rmSync(link, { force: true })
  symlinkSync(path.join('builds', id), link)
  renameSync(link, live)
  for (const old of readdirSync(path.join(liveDir, 'builds'))) {
    if (old !== id && old !== previous) removeInBackground(path.join(liveDir, 'builds', old))
  }
}

/** The prefix of a folder set aside for removal in builds/: no longer a build, not yet deleted. */
const REMOVING = '.removing-'

/**
 * Deletes a folder without waiting for it: renamed aside at once (into `asideIn`, which must be on
 * the same file system and never published), then removed by a child `rm -rf`. A build holds a folder
 * per page, and deleting 40,000 of them takes about 4 s, which the page going live must not wait for
 * and the process serving the site must not be blocked by. A folder left behind by a process that
 * ended meanwhile is removed at the next publish.
 */
export function removeInBackground(dir: string, asideIn = path.dirname(dir)): void {
  if (!existsSync(dir)) return
  let aside = dir
  if (!path.basename(dir).startsWith(REMOVING)) {
    aside = path.join(asideIn, `${REMOVING}${newBuildId()}-${path.basename(dir)}`)
    renameSync(dir, aside)
  }
  const child = spawn('rm', ['-rf', aside], { stdio: 'ignore', detached: true })
  // nothing to report: whatever remains is tried again at the next publish
  child.on('error', () => {})
  child.unref()
}
