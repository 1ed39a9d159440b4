/** A link to the translators' dashboard in the admin navigation. */
import type { ServerProps } from 'payload'

export function TranslationsNavLink({ payload }: ServerProps) {
  return (
    <a
      href={`${payload.config.routes.admin}/translations`}
      className="nav__link"
      id="nav-translations"
      style={{ display: 'block', padding: '0.5rem 0' }}
    >
      Translations
    </a>
  )
}
