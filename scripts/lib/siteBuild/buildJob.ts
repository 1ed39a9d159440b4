import type { ContentSnapshot } from '../../../shared/formats/contentSnapshot'
import type { BuildLog } from './buildLog'
import type { BuildManifest } from './liveBuild'

/** One site build under way: where it goes and what it was given, as a full build or an update uses it. */
export interface BuildJob {
  /**
   * A full build's new folder under `liveDir`/builds (its name, and its path); an incremental update,
   * which changes the live build in place, stages its pages and inputs beside it under that name.
   */
  id: string
  target: string
  /** The folder holding builds/ and the dist link. */
  liveDir: string
  /** The site's code, settings and build date (fingerprint.ts): what the kept renderer must match. */
  fingerprint: string
  /** The settings the build runs with. */
  env: NodeJS.ProcessEnv
  /** The same, plus what Astro reads: the build date and the content snapshot. */
  astroEnv: NodeJS.ProcessEnv
  /** The content this build renders. */
  snapshot: ContentSnapshot
  /**
   * Where the snapshot is written, beside the target, and kept in it once the build is live. Written
   * only when something reads it (writeSnapshot()): an update rendered by the kept renderer sends it
   * the changes instead, and writes the file after its pages are live.
   */
  snapshotFile: string
  /** Writes the snapshot to `snapshotFile`, once; returns that path. */
  writeSnapshot(): string
  /** The references to unpublished documents, said at the start of the log and again at its end. */
  warning: string
  log: BuildLog
  /** The manifest this build gets, made when it is written. */
  manifest(kind: BuildManifest['kind'], search: BuildManifest['search']): BuildManifest
}
