/** The build site/dist points at, and what each build records about itself next to its pages. */
import { existsSync, lstatSync, readFileSync, realpathSync } from 'node:fs'
import path from 'node:path'
import type { ContentSnapshot } from '../../../shared/formats/contentSnapshot'
import { replaceFile } from './linkedCopy'

/** Written into every build: what it was built from, so the next update knows if it can build on it. */
export interface BuildManifest {
  kind: 'full' | 'incremental'
  /** The site's code, its settings and the build date: an incremental update needs all three unchanged. */
  fingerprint: string
  buildDate: string
  search: 'current' | 'stale'
  builtAt: string
}

/** A build's manifest and content snapshot, beside its client/ and server/ folders. */
export const MANIFEST = 'build.json'
export const SNAPSHOT = 'content.json'

/** The build `liveDir`/dist points at, with its manifest (none for builds made before manifests). */
export function liveBuild(liveDir: string): { dir: string; manifest: BuildManifest | null } | null {
  const link = path.join(liveDir, 'dist')
  if (!existsSync(link) || !lstatSync(link).isSymbolicLink()) return null
  const dir = realpathSync(link)
  const file = path.join(dir, MANIFEST)
  return { dir, manifest: existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as BuildManifest) : null }
}

/** The content a build was made from, if it kept it. */
export function readSnapshot(dir: string): ContentSnapshot | null {
  const file = path.join(dir, SNAPSHOT)
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as ContentSnapshot) : null
}

/** Writes a build's manifest (by rename: the build may be a hard-linked copy of the live one). */
export function writeManifest(buildDir: string, manifest: BuildManifest): void {
  replaceFile(path.join(buildDir, MANIFEST), JSON.stringify(manifest, null, 2))
}
