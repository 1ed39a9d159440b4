// The benchmark's floor: a bare Astro project rendering the same pages from a local JSON file.
import { defineConfig } from 'astro/config'

export default defineConfig({
  output: 'static',
  outDir: process.env.FLOOR_OUT_DIR ?? './dist',
  build: { format: 'directory' },
})
