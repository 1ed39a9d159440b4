/**
 * Build inputs the kept renderer (integrations/keptRenderer.ts) hands the bundled site in memory, by
 * the file name they stand for: an update's content snapshot, made from the renderer's previous one
 * and the update's changes (shared/formats/contentChanges.ts), which is then neither written nor
 * parsed. One map per process, kept on globalThis, because the renderer's integration and the bundled
 * site load this file as two separate modules.
 */
const key = Symbol.for('baltic-portal.handedBuildInputs')

export function handedInputs(): Map<string, unknown> {
  const global = globalThis as { [key]?: Map<string, unknown> }
  global[key] ??= new Map()
  return global[key]
}
