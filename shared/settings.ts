/**
 * The settings every process reads — the CMS server, `npm start`, site builds, the site server, the
 * scripts, the tests and the benchmark — with their defaults in this one place. Values come from the
 * environment (which `.env` fills, see cms/env.ts) and are read when asked for, never cached at
 * import: tests and `npm start` set variables after importing the modules that read them.
 *
 * An empty variable counts as unset, so `SITE_URL=` gives the default rather than an empty address.
 *
 * Dependency-free on purpose: the Next.js admin, Astro's build and its standalone server all bundle it.
 */

/** What a process is configured with; see README's configuration table for each variable. */
export interface Settings {
  /** CMS_URL: where site builds and the site server read published content, without a trailing slash. */
  readonly cmsUrl: string
  /** CMS_PUBLIC_URL: the CMS's public address (links in mail, the admin's origin), if one is set. */
  readonly cmsPublicUrl: string | undefined
  /** SITE_URL: the site's public address (absolute URLs, sitemap, preview links), without a trailing slash. */
  readonly siteUrl: string
  /** PORT: the CMS server's port under `npm start` (in the site server's own process, its port instead). */
  readonly cmsPort: string
  /** SITE_PORT: the site server's port under `npm start`. */
  readonly sitePort: string
  /** HOST: the address the CMS and the site listen on. */
  readonly host: string
  /** BUILD_DATE: the day the site is built, YYYY-MM-DD (UTC); today unless pinned. */
  readonly buildDate: string
  /** TIME_ZONE: the IANA zone of an event whose own zone is not given. */
  readonly timeZone: string
  /** CMS_ANSWER_CACHE_MB: the memory the CMS may keep anonymous answers in, in bytes; 0 keeps none. */
  readonly answerCacheBytes: number
  /**
   * SITE_BUILD_PROCESSES: how many `astro build` processes a full site build renders its pages in, side
   * by side; unset lets the build choose by the machine's cores and memory (scripts/lib/siteBuild/shardedBuild.ts).
   */
  readonly siteBuildProcesses: number | undefined
}

/** Environment variables: process.env, or the environment a process is about to be started with. */
export type Environment = Readonly<Record<string, string | undefined>>

export const defaults = {
  cmsPort: '3000',
  sitePort: '4321',
  host: 'localhost',
  timeZone: 'Europe/Warsaw',
  answerCacheMegabytes: '64',
} as const

const set = (value: string | undefined): string | undefined => (value ? value : undefined)
const withoutTrailingSlash = (url: string) => url.replace(/\/+$/, '')

/** How each setting is read from an environment: one at a time, so reading one costs only that one. */
const readers: { [K in keyof Settings]: (env: Environment) => Settings[K] } = {
  cmsUrl: (env) => withoutTrailingSlash(set(env.CMS_URL) ?? `http://localhost:${defaults.cmsPort}`),
  cmsPublicUrl: (env) => set(env.CMS_PUBLIC_URL),
  siteUrl: (env) => withoutTrailingSlash(set(env.SITE_URL) ?? `http://localhost:${readers.sitePort(env)}`),
  cmsPort: (env) => set(env.PORT) ?? defaults.cmsPort,
  sitePort: (env) => set(env.SITE_PORT) ?? defaults.sitePort,
  host: (env) => set(env.HOST) ?? defaults.host,
  buildDate: (env) => set(env.BUILD_DATE) ?? new Date().toISOString().slice(0, 10),
  timeZone: (env) => ianaTimeZone(set(env.TIME_ZONE) ?? defaults.timeZone),
  answerCacheBytes: (env) => megabytes(set(env.CMS_ANSWER_CACHE_MB) ?? defaults.answerCacheMegabytes),
  siteBuildProcesses: (env) => processCount(set(env.SITE_BUILD_PROCESSES)),
}

/** The settings in `env`, read now; throws naming the variable when one is invalid. */
export function settingsFrom(env: Environment): Settings {
  return Object.fromEntries(settingNames.map((name) => [name, readers[name](env)])) as unknown as Settings
}

const settingNames = Object.keys(readers) as (keyof Settings)[]

/** The settings of this process, each read from process.env when it is asked for. */
export const settings: Settings = Object.defineProperties(
  {},
  Object.fromEntries(settingNames.map((name) => [name, { enumerable: true, get: () => readers[name](process.env) }])),
) as Settings

let timeZones: Set<string> | undefined

/** The zone, if it is one the CMS accepts for an event (the same check as the events' field). */
function ianaTimeZone(zone: string): string {
  timeZones ??= new Set(Intl.supportedValuesOf('timeZone'))
  if (timeZones.has(zone)) return zone
  throw new Error(`TIME_ZONE: "${zone}" is not an IANA time zone such as ${defaults.timeZone}.`)
}

/**
 * The address this machine reaches a server at that listens on `host`: one listening on every
 * interface is reached on loopback; an IPv6 address goes in brackets.
 */
export function localAddress(host: string, port: string | number): string {
  const reachable = host === '0.0.0.0' || host === '::' ? 'localhost' : host.includes(':') ? `[${host}]` : host
  return `http://${reachable}:${port}`
}

function megabytes(value: string): number {
  const amount = Number(value)
  if (Number.isFinite(amount) && amount >= 0) return Math.floor(amount * 1024 * 1024)
  throw new Error(`CMS_ANSWER_CACHE_MB: "${value}" is not a number of megabytes (0 turns the cache off).`)
}

function processCount(value: string | undefined): number | undefined {
  if (value === undefined) return undefined
  const count = Number(value)
  if (Number.isInteger(count) && count >= 1) return count
  throw new Error(
    `SITE_BUILD_PROCESSES: "${value}" is not a number of processes (1 or more; unset chooses by the machine).`,
  )
}
