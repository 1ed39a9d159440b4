import { type Validate, validations } from 'payload'
import type { DataField } from '../mapDataFields'

/**
 * The validator Payload runs for `field`: its own `validate`, or Payload's built-in one for its type
 * (text length, number range, select options, relationship ids, rich-text nodes…). Wrapping a field's
 * validation must keep this, because Payload fills in the built-in one only where `validate` is unset.
 */
export function ownValidator(field: DataField): Validate {
  if ('validate' in field && typeof field.validate === 'function') return field.validate as Validate
  const builtIn = (validations as unknown as Record<string, Validate | undefined>)[field.type]
  if (!builtIn) return () => true
  return (value, options) => builtIn(value, { ...field, ...options } as typeof options)
}
