/**
 * When to restart a server process that died, and when to stop trying: after a crash wait 1 s, then
 * 2, 4, 8... up to 30 s, and give up after `maxRestarts` crashes in a row. A process that stayed up for
 * a minute has recovered, and its next crash starts the count again. Giving up is the supervisor's cue
 * to exit non-zero, so that whatever runs `npm start` (systemd, a container runtime) sees the failure.
 */
export class RestartPolicy {
  private crashes = 0

  constructor(
    readonly maxRestarts: number,
    private readonly firstDelayMs = 1000,
    private readonly maxDelayMs = 30_000,
    private readonly healthyAfterMs = 60_000,
  ) {}

  /** A crash after running `ranMs`: the delay before the next start, or null to give up. */
  afterCrash(ranMs: number): { delayMs: number; restart: number } | null {
    if (ranMs >= this.healthyAfterMs) this.crashes = 0
    this.crashes += 1
    if (this.crashes > this.maxRestarts) return null
    return {
      delayMs: Math.min(this.firstDelayMs * 2 ** (this.crashes - 1), this.maxDelayMs),
      restart: this.crashes,
    }
  }

  /** How many crashes in a row so far. */
  get crashesInARow(): number {
    return this.crashes
  }
}

/** How many times in a row `npm start` restarts a crashed server: CMS_RESTARTS, 5 unless set. */
export function maxRestartsFromEnv(env: NodeJS.ProcessEnv = process.env): number {
  const value = env.CMS_RESTARTS
  if (value === undefined || value === '') return 5
  const n = Number(value)
  if (!Number.isInteger(n) || n < 0) throw new Error(`CMS_RESTARTS must be a whole number of 0 or more, not "${value}"`)
  return n
}

/** "exited with status 1" / "was killed by SIGKILL": how a child process ended, for log lines. */
export function howItEnded(code: number | null, signal: NodeJS.Signals | null): string {
  return signal ? `was killed by ${signal}` : `exited with status ${code}`
}
