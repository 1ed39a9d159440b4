import { spawn } from 'node:child_process'
import { createRequire } from 'node:module'
import path from 'node:path'

// the checker's jar from the vnu-jar package; its own launcher would download a Java, Debian's is used
const vnuJar = createRequire(import.meta.url).resolve('vnu-jar/build/dist/vnu.jar')

/** One error the Nu HTML Checker found. */
export interface HtmlError {
  /** The page's file, relative to the folder checked. */
  file: string
  line?: number
  message: string
}

/**
 * Every error the Nu HTML Checker finds in the HTML files under `folder` (one Java process for them
 * all). Warnings and info messages are left out; an error of the checker itself (no Java) throws.
 */
export function htmlErrors(folder: string): Promise<HtmlError[]> {
  const root = path.resolve(folder)
  return new Promise((resolve, reject) => {
    const child = spawn('java', ['-jar', vnuJar, '--errors-only', '--format', 'json', '--skip-non-html', root])
    let out = ''
    // the checker writes its JSON report to stderr
    child.stderr.on('data', (chunk: Buffer) => {
      out += chunk.toString()
    })
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString()
    })
    child.on('error', (error) => reject(new Error(`The Nu HTML Checker needs Java 17 or later: ${error.message}`)))
    child.on('close', () => {
      try {
        const report = JSON.parse(out) as {
          messages: { type: string; url?: string; lastLine?: number; message: string }[]
        }
        resolve(
          report.messages
            .filter((m) => m.type === 'error')
            .map((m) => ({
              file: m.url ? path.relative(root, new URL(m.url).pathname) : '',
              line: m.lastLine,
              message: m.message,
            })),
        )
      } catch {
        reject(new Error(`The Nu HTML Checker did not give a report:\n${out.slice(0, 2000)}`))
      }
    })
  })
}
