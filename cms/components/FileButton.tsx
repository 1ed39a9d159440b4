'use client'
/**
 * Payload's own button that opens the browser's file picker (which stays out of sight); choosing a file
 * hands it to `onFile` at once — choosing it is the person's decision. The same file may be chosen
 * again after fixing it. The hidden input keeps its name `file`, so tests can choose files on it.
 */
import { Button } from '@payloadcms/ui'
import { useRef } from 'react'

export function FileButton({
  label,
  inputLabel,
  accept,
  busy,
  size = 'medium',
  onFile,
}: {
  label: string
  inputLabel: string
  accept: string
  busy: boolean
  size?: 'small' | 'medium'
  onFile: (file: File) => void
}) {
  const picker = useRef<HTMLInputElement>(null)
  return (
    <>
      <input
        ref={picker}
        type="file"
        name="file"
        aria-label={inputLabel}
        accept={accept}
        hidden
        onChange={(event) => {
          const file = event.currentTarget.files?.[0]
          event.currentTarget.value = ''
          if (file) onFile(file)
        }}
      />
      <Button
        buttonStyle="secondary"
        size={size}
        margin={false}
        disabled={busy}
        onClick={() => picker.current?.click()}
      >
        {label}
      </Button>
    </>
  )
}
