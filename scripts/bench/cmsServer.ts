/** The CMS over HTTP on a data directory the benchmark has filled, and its editor's login. */
import { fetchWithRetry } from '../../shared/cmsClient'
import { type CmsProcess, serveCms } from '../lib/cmsProcess'

/** The editor benchUsers.ts creates; the benchmark publishes through the REST API as this user. */
export const benchEditor = { email: 'bench@example.com', password: 'bench-password-1' }

/** The translator benchUsers.ts creates (Lithuanian), whose text waits for review. */
export const benchTranslator = { email: 'bench-translator@example.com', password: 'bench-password-2' }

/** Serves the CMS on the SQLite database and media in `dataDir`, quietly but for its errors. */
export function startCmsServerOn(dataDir: string): Promise<CmsProcess> {
  return serveCms(
    { ...process.env, DATA_DIR: dataDir, DATABASE_URL: '', DISABLE_JOBS: 'true', LOG_LEVEL: 'error' },
    { stdio: ['ignore', 'ignore', 'inherit'] },
  )
}

/** A token for the benchmark's editor, or another of its accounts. */
export async function editorToken(cmsUrl: string, account = benchEditor): Promise<string> {
  const response = await fetchWithRetry(`${cmsUrl}/api/users/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(account),
  })
  return ((await response.json()) as { token: string }).token
}
