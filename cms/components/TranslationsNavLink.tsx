/** The translations dashboard in the admin navigation, as a group of its own like Payload's collection groups. */
import { NavGroup } from '@payloadcms/ui'
import type { ServerProps } from 'payload'
import { translator } from '../i18n/messages'

export function TranslationsNavLink({ payload, i18n }: ServerProps) {
  const t = translator(i18n)
  return (
    <NavGroup isOpen label={t('translations.title')}>
      <a href={`${payload.config.routes.admin}/translations`} className="nav__link" id="nav-translations">
        <span className="nav__link-label">{t('translations.navLink')}</span>
      </a>
    </NavGroup>
  )
}
