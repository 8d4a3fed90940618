import type { FieldHook } from 'payload'

/**
 * Turns a title in any of our languages into a URL path segment: Vietnamese loses its
 * diacritics (đ → d) the way Vietnamese URLs are written; scripts without a Latin
 * transliteration (Chinese, Japanese, Korean, Khmer, Cyrillic) keep their letters, which
 * browsers show readably and encode on the wire.
 */
export function slugify({ text, maxLength = 120 }: { text: string; maxLength?: number }): string {
  const folded = text
    .normalize('NFC')
    .replace(/[đĐ]/g, 'd')
    .normalize('NFD')
    // Drop combining marks from Latin letters only; Khmer vowel signs are combining marks too.
    .replace(/(\p{Script=Latin})\p{M}+/gu, '$1')
    .normalize('NFC')
    .toLowerCase()
  const slug = folded
    .replace(/[^\p{L}\p{M}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, maxLength)
    .replace(/-+$/g, '')
  return slug
}

/** A field hook that fills an empty slug from the field `from` in the same locale. */
export function generateLocalizedSlug({ from }: { from: string }): FieldHook {
  return ({ value, siblingData }): unknown => {
    if (typeof value === 'string' && value.trim() !== '') return slugify({ text: value })
    const source: unknown = (siblingData as Record<string, unknown>)[from]
    return typeof source === 'string' && source.trim() !== ''
      ? slugify({ text: source })
      : (value as unknown)
  }
}
