/** What a test file starts: a server, a browser or a stop function; undefined when it never started. */
type Started = { stop(): Promise<void> } | { close(): Promise<void> } | (() => Promise<void> | void) | undefined

/**
 * Stops what a test file started, in the order given (a browser before the servers it talks to) and
 * skipping what never started. Each is stopped even when an earlier one fails; the first failure is
 * thrown at the end, so a stuck server cannot leave the others running.
 */
export async function stopAll(...started: Started[]): Promise<void> {
  const failures: unknown[] = []
  for (const item of started) {
    try {
      if (typeof item === 'function') await item()
      else if (item && 'close' in item) await item.close()
      else if (item) await item.stop()
    } catch (error) {
      failures.push(error)
    }
  }
  if (failures.length > 0) throw failures[0]
}
