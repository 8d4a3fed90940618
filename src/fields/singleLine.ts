import type { FieldHook } from 'payload'

/**
 * A single-line text value as people meant it: control characters (line breaks, tabs, NUL,
 * C1 controls), Unicode line and paragraph separators and bidirectional overrides become a
 * space, runs of spaces become one and the ends are trimmed. Zero-width joiners and spaces stay:
 * Khmer, Persian and emoji need them.
 */
export function toSingleLine(value: string): string {
  return value.replace(CONTROL_CHARACTERS, ' ').replace(/ {2,}/g, ' ').trim()
}

/**
 * Field hook for single-line text fields (names, outlets, codes): a value typed with line breaks
 * or other control characters is stored as one clean line, so it can never lay out a message
 * (a URL on a line of its own in an official e-mail) or spoof text direction.
 */
export const singleLineText: FieldHook = ({ value }): unknown =>
  typeof value === 'string' ? toSingleLine(value) : (value as unknown)

// C0 controls and DEL, C1 controls, U+2028/U+2029, and the bidi embeddings, overrides and isolates.
// eslint-disable-next-line no-control-regex
const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g
