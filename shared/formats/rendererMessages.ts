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
   * one of its previous update, or of its start), which it applies in memory, or the content sent
   * ahead under `name` (ContentAhead); `name` is the file the snapshot stands for (SITE_CONTENT_FILE,
   * see site/src/lib/handedInputs.ts).
   */
  content: { file: string } | { name: string; changes: ContentChanges } | { ahead: string }
  /** SITE_ONLY_DOCUMENTS and SITE_ONLY_LISTS for this update (see site/src/lib/buildInput.ts). */
  inputs: Record<'SITE_ONLY_DOCUMENTS' | 'SITE_ONLY_LISTS', string>
  /** Where the pages go: the client/ folder of a partial build. */
  clientDir: string
  /** The live build's client/ folder: optimized images already there are not made again. */
  liveClientDir: string
}

/**
 * An update's content, sent as soon as the updater has read it, before it plans the update: the
 * renderer applies the changes to the snapshot it holds and works out what every page of the new
 * content needs (the site index, every list's pages and filters) while the updater works out which
 * pages to render, on the other core. The render request that follows names it (`{ ahead: name }`).
 */
export interface ContentAhead {
  type: 'content'
  id: number
  /** The file the new snapshot stands for, as RenderRequest's `name`. */
  name: string
  changes: ContentChanges
}

/** The updater is done with the renderer: it finishes its build (writing no pages) and exits. */
export interface RendererStop {
  type: 'stop'
}

/** What the renderer says: ready for updates, an update rendered, content sent ahead ready, or a request that failed. */
export type RendererReply =
  | { type: 'ready' }
  | { type: 'rendered'; id: number; files: number; images: number }
  | { type: 'content-ready'; id: number }
  | { type: 'failed'; id: number; error: string }
