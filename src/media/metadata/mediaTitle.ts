import { DEFAULT_LOCALE } from '../../i18n/locales'

/** How long a title taken from a caption may be before it is cut at a word. */
export const MEDIA_TITLE_MAX_CHARS = 120

/** The fields of a media item its title is made of, as read in one locale. */
export type MediaTitleSource = {
  id?: unknown
  displayTitle?: unknown
  headline?: unknown
  alt?: unknown
  caption?: unknown
  originalFilename?: unknown
  filename?: unknown
}

/**
 * The name staff see for a media item, in the locale it was read in: its stored `displayTitle`
 * (see {@link displayTitleFor}), or, for an item saved before that field existed or read without
 * it, the same derivation on the spot — its headline (else its alternative text), its caption’s first line, the
 * name the file was uploaded under, the stored name, and last `#id`. Every place that names a
 * media item (admin title, review queue, deliveries, workflow e-mails) uses this, so a photo is
 * never shown as a UUID where something better is known.
 */
export function mediaTitle({ item }: { item: MediaTitleSource }): string {
  const stored = textOf(item.displayTitle)
  if (stored) return stored
  return (
    writtenTitle({ item }) ??
    textOf(item.originalFilename) ??
    textOf(item.filename) ??
    (typeof item.id === 'number' || typeof item.id === 'string' ? `#${String(item.id)}` : '')
  )
}

/**
 * What to store as `displayTitle` for `locale`. Vietnamese, the source, always gets a title: the
 * headline or caption, else the uploaded file name. A translation gets one only from its own
 * headline or caption; otherwise `null`, so reads in that language fall back (en → vi) to the
 * Vietnamese title instead of a file name shadowing it.
 */
export function displayTitleFor({
  item,
  locale,
}: {
  item: MediaTitleSource
  locale: string
}): string | null {
  const written = writtenTitle({ item })
  if (written) return written
  if (locale !== DEFAULT_LOCALE) return null
  return textOf(item.originalFilename) ?? textOf(item.filename)
}

/**
 * The title written for the item in one locale: its headline; for an item without one (saved
 * before headlines existed), its alternative text, then its caption's first line.
 */
export function writtenTitle({ item }: { item: MediaTitleSource }): string | null {
  const headline = textOf(item.headline) ?? textOf(item.alt)
  if (headline) return shorten({ text: headline })
  const caption = textOf(item.caption)
  if (!caption) return null
  const firstLine = caption.split(/\r?\n/).find((line) => line.trim() !== '') ?? caption
  return shorten({ text: firstLine.trim() })
}

function shorten({ text }: { text: string }): string {
  const single = text.replace(/\s+/g, ' ')
  if (single.length <= MEDIA_TITLE_MAX_CHARS) return single
  const cut = single.slice(0, MEDIA_TITLE_MAX_CHARS - 1)
  const lastSpace = cut.lastIndexOf(' ')
  // Cut at a word when one ends reasonably late; a long unbroken string is cut where it is.
  const atWord = lastSpace > MEDIA_TITLE_MAX_CHARS / 2 ? cut.slice(0, lastSpace) : cut
  return `${atWord.trimEnd()}…`
}

function textOf(value: unknown): string | null {
  if (typeof value !== 'string') return null
  const trimmed = value.trim()
  return trimmed === '' ? null : trimmed
}
