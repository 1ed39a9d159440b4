/**
 * What changed in a source text since a translation was made from it, field by field: each field's
 * label, then its text with removed words struck through and added words underlined, as a word-level
 * diff (translation/review/sourceText.ts). Colours from Payload's theme; the kind of each change is also
 * said in words for screen readers. Renders on the server (translations dashboard) and the client (sidebar).
 */
import type { SourceChange } from '../translation/review/sourceText'

interface SourceDiffProps {
  changes: SourceChange[]
  /** The words screen readers hear before a removed or an added run. */
  removedLabel: string
  addedLabel: string
}

const hidden = {
  position: 'absolute',
  width: 1,
  height: 1,
  overflow: 'hidden',
  clip: 'rect(0 0 0 0)',
  whiteSpace: 'nowrap',
} as const

export function SourceDiff({ changes, removedLabel, addedLabel }: SourceDiffProps) {
  return (
    <dl className="source-diff" style={{ margin: 0, display: 'grid', gap: 8 }}>
      {changes.map((change) => (
        <div key={change.id} data-field={change.id}>
          <dt style={{ fontWeight: 600, fontSize: 12, color: 'var(--theme-elevation-700)' }}>{change.label}</dt>
          <dd style={{ margin: 0, whiteSpace: 'pre-wrap', overflowWrap: 'anywhere', lineHeight: 1.5 }}>
            {change.parts.map((part, index) =>
              part.removed ? (
                <del
                  // biome-ignore lint/suspicious/noArrayIndexKey: the parts are a fixed sequence
                  key={index}
                  style={{ background: 'var(--theme-error-100)', color: 'var(--theme-error-800)' }}
                >
                  <span style={hidden}>{removedLabel}: </span>
                  {part.value}
                </del>
              ) : part.added ? (
                <ins
                  // biome-ignore lint/suspicious/noArrayIndexKey: the parts are a fixed sequence
                  key={index}
                  style={{ background: 'var(--theme-success-100)', color: 'var(--theme-success-800)' }}
                >
                  <span style={hidden}>{addedLabel}: </span>
                  {part.value}
                </ins>
              ) : (
                // biome-ignore lint/suspicious/noArrayIndexKey: the parts are a fixed sequence
                <span key={index}>{part.value}</span>
              ),
            )}
          </dd>
        </div>
      ))}
    </dl>
  )
}
