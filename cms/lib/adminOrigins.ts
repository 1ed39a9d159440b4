import { settingsFrom } from '../../shared/settings'

/**
 * The origins the admin is opened from, which alone may make cookie-authenticated requests to the
 * CMS (Payload's `csrf`) and read its API from a browser with credentials (`cors`): CMS_PUBLIC_URL
 * when set, else the local addresses of PORT. The public site's origin is deliberately not among
 * them: it never calls the API from the browser, and a script injected into it must not be able to
 * write with an editor's cookie (the site and the CMS are often the same site for SameSite).
 */
export function adminOrigins(env: NodeJS.ProcessEnv = process.env): string[] {
  const { cmsPublicUrl, cmsPort: port } = settingsFrom(env)
  if (cmsPublicUrl) return [new URL(cmsPublicUrl).origin]
  return [`http://localhost:${port}`, `http://127.0.0.1:${port}`]
}

/** Whether the CMS is served over HTTPS, so its auth cookie must be `Secure`. */
export function servedOverHttps(env: NodeJS.ProcessEnv = process.env): boolean {
  return settingsFrom(env).cmsPublicUrl?.startsWith('https://') ?? false
}
