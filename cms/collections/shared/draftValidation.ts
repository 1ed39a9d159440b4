import type { Field, Validate } from 'payload'
import { type DataField, mapDataFields } from '../../fields/mapDataFields'
import { ownValidator } from '../../fields/validate/ownValidator'

/**
 * Drafts are validated like published saves (`versions.drafts.validate`: sizes, formats, options,
 * references, slugs), except that a draft may leave required fields empty: an editor saves a
 * half-written document, a translator saves a translation field by field. Publishing still needs
 * every required field. Without this, Payload would either skip validating drafts entirely (its
 * default, which let a 5 MB summary into a field limited to 40,000 characters) or refuse every draft
 * with an empty required field.
 */
export function validateDraftsWithoutRequired(fields: Field[]): Field[] {
  return mapDataFields(fields, (field) => {
    if (!('required' in field) || !field.required) return field
    const own = ownValidator(field)
    const validate: Validate = (value, options) =>
      own(value, isDraftSave(options.data) ? { ...options, required: false } : options)
    return { ...field, validate } as DataField
  })
}

/** Payload sets `_status: 'draft'` on the data of every draft save before validating it. */
function isDraftSave(data: unknown): boolean {
  return (data as { _status?: unknown } | undefined)?._status === 'draft'
}
