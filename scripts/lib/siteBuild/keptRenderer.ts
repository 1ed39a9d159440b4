/**
 * The updater's side of the kept renderer (site/src/integrations/keptRenderer.ts): one `astro build`
 * child process per build fingerprint that keeps the site's bundled code loaded and renders the pages
 * of each incremental update it is sent. Starting it costs what a partial build costs (bundling the
 * site's code); each update after that costs only its pages.
 */
import { type ChildProcess, spawn } from 'node:child_process'
import { rmSync } from 'node:fs'
import path from 'node:path'
import { projectRoot } from '../../../cms/paths'
import { type ContentChanges, contentChanges } from '../../../shared/formats/contentChanges'
import type { ContentSnapshot } from '../../../shared/formats/contentSnapshot'
import type { ContentAhead, RendererReply, RendererStop, RenderRequest } from '../../../shared/formats/rendererMessages'
import { withLeanAllocators } from './leanAllocators'

/** How much of the renderer's own output is kept, for the message when it fails. */
const OUTPUT_TAIL = 4000

/** An update's pages rendered: how many files and new optimized images were written. */
export interface RenderedUpdate {
  files: number
  images: number
}

export class KeptRenderer {
  /**
   * Resolves once the site's code is bundled and loaded and a few pages of each kind were rendered (so
   * the first update does not pay for the first render); rejects if the process ends before that.
   */
  readonly ready: Promise<void>
  private readonly child: ChildProcess
  private readonly outDir: string
  private readonly waiting = new Map<number, { resolve(r: RendererReply): void; reject(e: Error): void }>()
  private started = false
  /** Content sent ahead of its update's render request (sendContentAhead), until a render request is sent. */
  private ahead: { snapshot: ContentSnapshot; name: string; taken: Promise<boolean> } | undefined
  private nextId = 1
  private output = ''
  private exited: Promise<void>
  private ended: string | undefined
  /** How the process ended, when it has: "SIGKILL", "status 1". */
  endedBy: string | undefined
  /**
   * The content snapshot the renderer holds, as this process's object: the one it started from, then
   * each update's once rendered; the next update may send only its changes from it.
   */
  content: ContentSnapshot | undefined

  /**
   * Starts `astro build` as the renderer, with `env` as an update's build gets it and `start` as the
   * content its start-up loads (the live build's: any snapshot would do, as every update hands it its
   * own, but the live one lets the next update send only its changes).
   */
  constructor(
    readonly fingerprint: string,
    env: NodeJS.ProcessEnv,
    start: { file: string; snapshot: ContentSnapshot },
  ) {
    this.content = start.snapshot
    const contentFile = start.file
    // inside the project, as Astro needs its output to be; never published
    this.outDir = path.join(projectRoot(), `site/.renderer-${process.pid}-${Date.now()}`)
    this.child = spawn(path.join(projectRoot(), 'node_modules/.bin/astro'), ['build', '--root', 'site'], {
      cwd: projectRoot(),
      env: withLeanAllocators({
        ...env,
        SITE_KEPT_RENDERER: '1',
        SITE_OUT_DIR: this.outDir,
        SITE_CONTENT_FILE: contentFile,
      }),
      stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
    })
    const keep = (data: Buffer) => {
      this.output = (this.output + data).slice(-OUTPUT_TAIL)
    }
    this.child.stdout?.on('data', keep)
    this.child.stderr?.on('data', keep)
    // A message sent to a renderer that is ending (npm start's Ctrl-C or SIGTERM reaches its whole
    // process group) fails with EPIPE or a closed channel, emitted here; unheard, it would end this
    // process. The exit that follows rejects whatever waited, and the reason joins its output.
    this.child.on('error', (error) => keep(Buffer.from(`\n${error.message}\n`)))
    this.exited = new Promise((resolve) => this.child.once('exit', () => resolve()))
    this.ready = new Promise((resolve, reject) => {
      this.child.on('message', (reply: RendererReply) => {
        if (reply.type === 'ready') {
          this.started = true
          this.idle()
          resolve()
          return
        }
        const waiting = this.waiting.get(reply.id)
        this.waiting.delete(reply.id)
        if (this.waiting.size === 0) this.idle()
        if (reply.type === 'failed') waiting?.reject(new Error(reply.error))
        else waiting?.resolve(reply)
      })
      this.child.once('exit', (code, signal) => {
        this.endedBy = signal ?? `status ${code}`
        this.content = undefined
        this.ended = `the kept renderer ended (${this.endedBy}):\n${this.output}`
        const error = new Error(this.ended)
        reject(error)
        for (const waiting of this.waiting.values()) waiting.reject(error)
        this.waiting.clear()
        rmSync(this.outDir, { recursive: true, force: true })
      })
    })
    // a renderer that failed to start is reported by the update that waits for it, not here
    this.ready.catch(() => {})
  }

  get pid(): number | undefined {
    return this.child.pid
  }

  /** Whether the process still runs (it may have failed to start, or crashed). */
  get running(): boolean {
    return this.ended === undefined
  }

  /**
   * Sends an update's content (`snapshot`, the changes from the content the renderer holds) ahead of
   * its render request (ContentAhead), for the renderer to work on while this process plans the update.
   * Only to a renderer that is ready: one still starting reads the update's content with its request.
   */
  sendContentAhead(name: string, snapshot: ContentSnapshot, changes: ContentChanges): void {
    if (!this.started || this.ended) return
    const id = this.nextId++
    const reply = new Promise<RendererReply>((resolve, reject) => this.waiting.set(id, { resolve, reject }))
    this.busy()
    this.content = undefined
    this.child.send({ type: 'content', id, name, changes } satisfies ContentAhead)
    const taken = reply.then(
      () => {
        this.content = snapshot
        return true
      },
      () => false,
    )
    this.ahead = { snapshot, name, taken }
  }

  /**
   * The name `snapshot` was sent ahead by, once the renderer has taken it (a render request then names
   * it: `{ ahead: name }`); undefined when it was not sent ahead, or the renderer could not take it.
   */
  async contentAhead(snapshot: ContentSnapshot): Promise<string | undefined> {
    const ahead = this.ahead
    if (ahead?.snapshot !== snapshot) return undefined
    return (await ahead.taken) ? ahead.name : undefined
  }

  /**
   * Renders one update's pages into `request.clientDir` from `snapshot` (which `request.content` gives
   * as a file, as changes from `content`, or as the content sent ahead); rejects with the reason if it
   * fails.
   */
  async render(request: Omit<RenderRequest, 'type' | 'id'>, snapshot: ContentSnapshot): Promise<RenderedUpdate> {
    await this.ready
    if (this.ended) throw new Error(this.ended)
    const id = this.nextId++
    const rendered = new Promise<RendererReply>((resolve, reject) => this.waiting.set(id, { resolve, reject }))
    this.busy()
    this.content = undefined
    this.ahead = undefined
    this.child.send({ type: 'render', id, ...request } satisfies RenderRequest)
    const done = await rendered
    this.content = snapshot
    return done.type === 'rendered' ? { files: done.files, images: done.images } : { files: 0, images: 0 }
  }

  /** Asks the renderer to finish and waits until it has; its scratch folder goes with it. */
  async stop(): Promise<void> {
    if (this.running && this.child.connected) this.child.send({ type: 'stop' } satisfies RendererStop)
    const forced = setTimeout(() => this.child.kill('SIGKILL'), 30_000)
    await this.exited
    clearTimeout(forced)
  }

  // between updates the renderer must not keep this process alive (a test, `npm start` stopping):
  // its end is noticed by the renderer, which exits when the IPC channel closes
  private idle(): void {
    this.child.unref()
    this.child.channel?.unref()
  }

  private busy(): void {
    this.child.ref()
    this.child.channel?.ref()
  }
}

let kept: KeptRenderer | undefined
/** Starting and stopping the renderer, one after the other (a full build may follow an update at once). */
let switching: Promise<unknown> = Promise.resolve()

function inTurn<T>(step: () => Promise<T>): Promise<T> {
  const next = switching.then(step)
  switching = next.catch(() => {})
  return next
}

/**
 * The renderer for builds with `fingerprint`, started now if there is none running for it (one for
 * another fingerprint is stopped first: its code is not the live build's). `replaced` says how the
 * previous one had ended, when it had ended on its own (a crash, the OOM killer).
 */
export function keptRendererFor(
  fingerprint: string,
  env: NodeJS.ProcessEnv,
  start: { file: string; snapshot: ContentSnapshot },
): Promise<{ renderer: KeptRenderer; replaced?: string }> {
  return inTurn(async () => {
    if (kept?.running && kept.fingerprint === fingerprint) return { renderer: kept }
    const replaced = kept?.endedBy
    await stopCurrent()
    kept = new KeptRenderer(fingerprint, env, start)
    return { renderer: kept, replaced }
  })
}

/**
 * Waits until the kept renderer, if one was started, has the site's code loaded; false when there is
 * none or it failed to start. (The benchmark times an update against a renderer that is ready, as a
 * long-running updater has one, and its start-up on its own.)
 */
export async function keptRendererReady(): Promise<boolean> {
  await switching
  if (!kept) return false
  return kept.ready.then(
    () => true,
    () => false,
  )
}

/**
 * Sends an update's content to the kept renderer ahead of its render request (KeptRenderer's
 * sendContentAhead), when one runs for `fingerprint` holding `previous`, the live build's content that
 * the update is planned against, and the content changed.
 */
export function sendContentAhead(
  fingerprint: string,
  previous: ContentSnapshot,
  snapshot: ContentSnapshot,
  name: string,
): void {
  if (!kept?.running || kept.fingerprint !== fingerprint || kept.content !== previous) return
  const changes = contentChanges(previous, snapshot)
  if (Object.keys(changes.collections).length === 0 && !('settings' in changes)) return
  kept.sendContentAhead(name, snapshot, changes)
}

/** The kept renderer's process id while it runs (the benchmark reads its memory). */
export function keptRendererPid(): number | undefined {
  return kept?.running ? kept.pid : undefined
}

/** Stops the kept renderer, if any: before a build that bundles the site itself, and at shutdown. */
export function stopKeptRenderer(): Promise<void> {
  return inTurn(stopCurrent)
}

async function stopCurrent(): Promise<void> {
  const stopping = kept
  kept = undefined
  await stopping?.stop()
}
