import type { Payload } from 'payload'
import { runSeed, type SeedReport } from './seed/runSeed'

/**
 * Makes a fresh database usable: loads the seed content if the database holds no content yet, and
 * creates the first admin from ADMIN_EMAIL / ADMIN_PASSWORD if there are no users. Returns what it did.
 */
export async function bootstrapDatabase(
  payload: Payload,
): Promise<{ seeded: SeedReport | null; adminCreated: string | null }> {
  const { totalDocs: contentDocs } = await payload.count({ collection: 'organizations', overrideAccess: true })
  const seeded = contentDocs === 0 ? await runSeed(payload) : null

  let adminCreated: string | null = null
  const { totalDocs: users } = await payload.count({ collection: 'users', overrideAccess: true })
  const email = process.env.ADMIN_EMAIL
  const password = process.env.ADMIN_PASSWORD
  if (users === 0 && email && password) {
    await payload.create({
      collection: 'users',
      data: { email, password, name: 'Administrator', role: 'admin' },
      overrideAccess: true,
    })
    adminCreated = email
  }
  return { seeded, adminCreated }
}
