/** A size for people: "4 MiB", "512 KiB", "1,234 bytes" (binary units, as the limits are set). */
export function formatBytes(bytes: number): string {
  const units: [string, number][] = [
    ['MiB', 1024 * 1024],
    ['KiB', 1024],
  ]
  for (const [unit, size] of units) {
    if (bytes >= size) {
      const value = bytes / size
      return `${Number.isInteger(value) ? value : value.toFixed(1)} ${unit}`
    }
  }
  return `${bytes.toLocaleString('en')} bytes`
}
