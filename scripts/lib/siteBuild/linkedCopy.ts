/**
 * Working on a copy of a build whose files are hard links to the live build's: the copy costs no
 * space or time, and is changed only by unlinking and renaming, never by writing into a file, which
 * the live build shares.
 */
import { existsSync, lstatSync, mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { run } from './tools'

/** A copy of a build whose files are hard links to the original's. */
export async function copyWithLinks(from: string, to: string): Promise<void> {
  const copied = await run('cp', ['-al', from, to], process.env)
  if (copied.status !== 0) throw new Error(`Copying the live build failed: ${copied.output}`)
}

/** Removes a document page's files (its folder's index.html, and its .ics/.gpx siblings) from a copy. */
export function clearPage(client: string, page: string): void {
  const dir = path.join(client, page)
  rmSync(path.join(dir, 'index.html'), { force: true })
  rmSync(path.join(dir, 'og.jpg'), { force: true })
  for (const ext of ['.ics', '.gpx']) rmSync(`${dir.replace(/\/$/, '')}${ext}`, { force: true })
}

/** Moves every file of a partial build into the copy, replacing what is there by rename. */
export function moveInto(from: string, to: string): void {
  for (const entry of readdirSync(from, { withFileTypes: true })) {
    const source = path.join(from, entry.name)
    const destination = path.join(to, entry.name)
    if (entry.isDirectory()) {
      if (existsSync(destination) && !lstatSync(destination).isDirectory()) rmSync(destination)
      mkdirSync(destination, { recursive: true })
      moveInto(source, destination)
    } else {
      renameSync(source, destination)
    }
  }
}

/** Writes a file in a copy without touching the original it may share an inode with. */
export function replaceFile(file: string, content: string): void {
  writeFileSync(`${file}.new`, content)
  renameSync(`${file}.new`, file)
}
