import type { Payload } from 'payload'
import type { SiteUpdate } from '../../cms/payload-types'

/** The site-update records in one state (queued, running, …), in Payload's default order. */
export async function updatesWithStatus(payload: Payload, status: SiteUpdate['status']): Promise<SiteUpdate[]> {
  const { docs } = await payload.find({
    collection: 'site-updates',
    where: { status: { equals: status } },
    pagination: false,
    depth: 0,
    overrideAccess: true,
  })
  return docs
}
