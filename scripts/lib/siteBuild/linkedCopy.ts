/**
 * Changing a build whose files may be hard links to another build's (the search refresh indexes such
 * a copy of the live build; the previous build, kept for a server still running it, shares files with
 * the live one): only by unlinking and renaming, never by writing into a file, which another build may
 * share.
 */
import { existsSync, lstatSync, mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { run } from './tools'

/** A copy of a build whose files are hard links to the original's. */
export async function copyWithLinks(from: string, to: string): Promise<void> {
  const copied = await run('cp', ['-al', from, to], process.env)
  if (copied.status !== 0) throw new Error(`Copying the live build failed: ${copied.output}`)
}

/**
 * Removes a page's files (its folder's index.html and og.jpg, and its .ics/.gpx siblings; or the file
 * itself, for a path that names one, such as a part of the sitemap) from a build, except those in
 * `keep`: the files an update has just put there.
 */
export function clearPage(client: string, page: string, keep: Set<string>): void {
  const dir = path.join(client, page)
  const files = !page.endsWith('/')
    ? [dir]
    : [
        path.join(dir, 'index.html'),
        path.join(dir, 'og.jpg'),
        ...['.ics', '.gpx'].map((ext) => `${dir.replace(/\/$/, '')}${ext}`),
      ]
  for (const file of files) if (!keep.has(file)) rmSync(file, { force: true })
}

/**
 * Moves every file of a partial build into a build, each replacing what is there by rename (so the
 * file a reader gets is whole, old or new); returns the paths it put there.
 */
export function moveInto(from: string, to: string, moved = new Set<string>()): Set<string> {
  for (const entry of readdirSync(from, { withFileTypes: true })) {
    const source = path.join(from, entry.name)
    const destination = path.join(to, entry.name)
    if (entry.isDirectory()) {
      if (existsSync(destination) && !lstatSync(destination).isDirectory()) rmSync(destination)
      mkdirSync(destination, { recursive: true })
      moveInto(source, destination, moved)
    } else {
      renameSync(source, destination)
      moved.add(destination)
    }
  }
  return moved
}

/** Writes a file in a copy without touching the original it may share an inode with. */
export function replaceFile(file: string, content: string): void {
  writeFileSync(`${file}.new`, content)
  renameSync(`${file}.new`, file)
}
