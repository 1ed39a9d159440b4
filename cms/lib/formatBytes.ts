/**
 * A size for people: "4 MiB", "512 KiB", "1,234 bytes" (binary units, as the limits are set). Rounded
 * up, so a size just over a limit never reads as the limit itself.
 */
export function formatBytes(bytes: number): string {
  const units: [string, number][] = [
    ['MiB', 1024 * 1024],
    ['KiB', 1024],
  ]
  for (const [unit, size] of units) {
    if (bytes >= size) {
      const value = bytes / size
      return `${Number.isInteger(value) ? value : (Math.ceil(value * 10) / 10).toFixed(1)} ${unit}`
    }
  }
  return `${bytes.toLocaleString('en')} bytes`
}
