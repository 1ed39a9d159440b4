/** The portal's mark and name on the login and password pages, in the admin's language. */
import type { ServerProps } from 'payload'
import { markDataUrl } from '../../../shared/brand/mark'
import { portalName } from '../../i18n/portalName'

export function PortalLogo({ i18n }: Partial<ServerProps>) {
  return (
    <span style={{ display: 'inline-flex', alignItems: 'center', gap: 'calc(var(--base) * 0.6)' }}>
      {/* biome-ignore lint/performance/noImgElement: a 400-byte SVG as a data: URL; next/image would only add a round trip */}
      <img src={markDataUrl} alt="" width={48} height={48} />
      <span style={{ fontSize: 'calc(var(--base) * 1.25)', fontWeight: 600, lineHeight: 1.2 }}>
        {portalName(i18n?.language)}
      </span>
    </span>
  )
}
