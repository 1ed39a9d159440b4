/**
 * Preloaded (`node --import`) into every Node process `npm start` starts, and so into theirs: the CMS
 * server, site builds, Pagefind. When its parent is gone — `npm start` killed with SIGKILL, say — the
 * process ends too, instead of living on as an orphan that holds the CMS port and queues site
 * updates nobody builds. A process whose parent is alive is not affected.
 */
import { watchParent } from './parentWatch.ts'

watchParent((parentPid) => {
  process.stderr.write(`[${process.pid}] stopping: the process that started it (pid ${parentPid}) has ended\n`)
  // SIGTERM first, so a server closes its listening socket and database the way it would on `kill`;
  // exit regardless a few seconds later
  setTimeout(() => process.exit(1), 5000).unref()
  process.kill(process.pid, 'SIGTERM')
})
