import type { BuildLog } from './buildLog'
import type { BuildManifest } from './liveBuild'

/** One site build under way: where it goes and what it was given, as a full build or an update uses it. */
export interface BuildJob {
  /** The new build's folder name under `liveDir`/builds, and its path. */
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
  /** The content snapshot, written beside the target; kept in it once the build is live. */
  snapshotFile: string
  /** The references to unpublished documents, said at the start of the log and again at its end. */
  warning: string
  log: BuildLog
  /** The manifest this build gets, made when it is written. */
  manifest(kind: BuildManifest['kind'], search: BuildManifest['search']): BuildManifest
}
