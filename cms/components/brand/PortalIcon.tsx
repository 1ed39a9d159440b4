/** The portal's mark where Payload shows its own icon (the top of the navigation). */
import type { ServerProps } from 'payload'
import { markDataUrl } from '../../../shared/brand/mark'
import { portalName } from '../../i18n/portalName'

export function PortalIcon({ i18n }: Partial<ServerProps>) {
  // biome-ignore lint/performance/noImgElement: a 400-byte SVG as a data: URL; next/image would only add a round trip
  return <img src={markDataUrl} alt={portalName(i18n?.language)} width={28} height={28} />
}
