'use client'
/**
 * "Rebuild the whole site" above the site-update list, for editors and admins: after a confirmation it
 * asks for a full rebuild (POST /api/site-updates/rebuild) and shows the queued update in the list.
 */
import { Button, ConfirmationModal, toast, useAuth, useModal } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import { useMessages } from '../i18n/useMessages'

const modalSlug = 'rebuild-site'

export function RebuildSite() {
  const { t } = useMessages()
  const { openModal } = useModal()
  const { user } = useAuth()
  const router = useRouter()
  const role = (user as { role?: string } | null)?.role
  if (role !== 'editor' && role !== 'admin') return null

  async function rebuild() {
    const response = await fetch('/api/site-updates/rebuild', { method: 'POST', credentials: 'include' })
    const body = await response.json().catch(() => ({}))
    if (!response.ok) {
      toast.error(t('siteUpdates.rebuildFailed', { message: body?.errors?.[0]?.message ?? `HTTP ${response.status}` }))
      return
    }
    toast.success(t('siteUpdates.rebuildQueued'))
    router.refresh()
  }

  return (
    <div className="rebuild-site" style={{ marginBottom: 'var(--base)' }}>
      <Button buttonStyle="secondary" size="medium" margin={false} onClick={() => openModal(modalSlug)}>
        {t('siteUpdates.rebuild')}
      </Button>
      <ConfirmationModal
        modalSlug={modalSlug}
        heading={t('siteUpdates.rebuildTitle')}
        body={t('siteUpdates.rebuildConfirm')}
        confirmLabel={t('siteUpdates.rebuildGo')}
        cancelLabel={t('siteUpdates.cancel')}
        onConfirm={rebuild}
      />
    </div>
  )
}
