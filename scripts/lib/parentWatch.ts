/**
 * Noticing that the process that started this one has gone, even when it was killed with SIGKILL and
 * could not stop its children itself. Linux has no portable "die with my parent" for Node, so this
 * looks every second: an orphan is adopted by init (or a subreaper), which changes its parent pid.
 *
 * Dependency-free on purpose: it also runs as a preload (`exitWithParent.ts`) in every child of
 * `npm start` under Node's own type stripping, so it imports nothing but Node built-ins, with `.ts`
 * extensions, and uses only erasable TypeScript.
 */
import { readFileSync } from 'node:fs'

/** The current parent pid, read afresh: `process.ppid` is fixed when the process starts. */
export function currentParentPid(): number | undefined {
  try {
    // /proc/self/stat: "pid (command name) state ppid ..."; the name may hold spaces and parentheses
    const stat = readFileSync('/proc/self/stat', 'utf8')
    return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1])
  } catch {
    return undefined
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
}

/**
 * Calls `onGone` once the parent this process started with has ended. Does nothing for a process
 * started by init itself (a service manager's main process), which has no parent to outlive. The
 * timer does not keep the process alive. Returns a function that stops watching.
 */
export function watchParent(onGone: (parentPid: number) => void, everyMs = 1000): () => void {
  const parent = process.ppid
  if (parent <= 1) return () => {}
  const timer = setInterval(() => {
    const now = currentParentPid()
    const gone = now === undefined ? !isAlive(parent) : now !== parent
    if (gone) {
      clearInterval(timer)
      onGone(parent)
    }
  }, everyMs)
  timer.unref()
  return () => clearInterval(timer)
}
