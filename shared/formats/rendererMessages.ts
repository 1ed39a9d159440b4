/**
 * What the site updater (scripts/lib/siteBuild/keptRenderer.ts) and the kept renderer it starts
 * (site/src/integrations/keptRenderer.ts) send each other over the IPC channel of the renderer's
 * `astro build` process.
 */
import type { ContentChanges } from './contentChanges'

/** A site update's pages to render, as the updater sends it. */
export interface RenderRequest {
  type: 'render'
  id: number
  /**
   * The update's content snapshot: a file, or the changes from the snapshot the renderer holds (the
   * one of its previous update, or of its start), which it applies in memory; `name` is the file the
   * snapshot stands for (SITE_CONTENT_FILE, see site/src/lib/handedInputs.ts).
   */
  content: { file: string } | { name: string; changes: ContentChanges }
  /** SITE_ONLY_DOCUMENTS and SITE_ONLY_LISTS for this update (see site/src/lib/buildInput.ts). */
  inputs: Record<'SITE_ONLY_DOCUMENTS' | 'SITE_ONLY_LISTS', string>
  /** Where the pages go: the client/ folder of a partial build. */
  clientDir: string
  /** The live build's client/ folder: optimized images already there are not made again. */
  liveClientDir: string
}

/** The updater is done with the renderer: it finishes its build (writing no pages) and exits. */
export interface RendererStop {
  type: 'stop'
}

/** What the renderer says: ready for updates, an update rendered, or an update that failed. */
export type RendererReply =
  | { type: 'ready' }
  | { type: 'rendered'; id: number; files: number; images: number }
  | { type: 'failed'; id: number; error: string }
