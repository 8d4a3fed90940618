import { diffWords } from 'diff'

/** One source field's plain text when the translation was made, and now. */
export type SourceFieldText = { name: string; label: string; before: string; after: string }

/** A run of words that stayed, was added to or was removed from the source. */
export type ChangePart = { text: string; kind: 'same' | 'added' | 'removed' }

/** What changed in one field of the Vietnamese source. */
export type SourceFieldChange = { name: string; label: string; parts: ChangePart[] }

/**
 * The word-level changes of the Vietnamese source since the revision a translation was made
 * from (jsdiff's `diffWords`), for the fields that changed only: what a translator must bring
 * into a stale translation.
 */
export function sourceChanges({ fields }: { fields: SourceFieldText[] }): SourceFieldChange[] {
  return fields
    .filter((field) => normalized(field.before) !== normalized(field.after))
    .map((field) => ({
      name: field.name,
      label: field.label,
      parts: diffWords(field.before, field.after).map((change) => ({
        text: change.value,
        kind: change.added ? 'added' : change.removed ? 'removed' : 'same',
      })),
    }))
}

function normalized(text: string): string {
  return text.replace(/\s+/g, ' ').trim()
}
