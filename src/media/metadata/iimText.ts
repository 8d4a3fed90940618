/**
 * IPTC IIM's byte limits for the datasets this project writes (IIM 4.2, as the IPTC Photo
 * Metadata Standard lists them). IIM counts bytes, and its text is UTF-8 here (ExifTool writes
 * `CodedCharacterSet`), so a Vietnamese, Japanese or Khmer text reaches a limit in far fewer
 * characters than an English one. XMP has no limits: it always carries the whole text.
 */
export const IIM_LIMITS = {
  objectName: 64,
  headline: 256,
  keyword: 64,
  byline: 32,
  credit: 32,
  source: 32,
  copyrightNotice: 128,
  caption: 2000,
  sublocation: 32,
  city: 32,
  provinceState: 32,
  countryName: 64,
  countryCode: 3,
} as const

/**
 * The longest start of `text` whose UTF-8 encoding fits in `maxBytes`, cut after a whole word:
 * "Báo và Phát thanh, Truyền hình Đồng Nai" in 32 bytes is "Báo và Phát thanh, Truyền", never
 * "…Truyền h". Words are found by the runtime's Unicode word segmentation (ICU: dictionaries
 * for Japanese, Chinese, Khmer and Thai, which write no spaces), so a Japanese or Khmer text is
 * cut between words as well. Spaces and punctuation left dangling at the end are dropped. Only
 * when the first word alone is longer than the limit is it cut, and then between characters as
 * a reader sees them (grapheme clusters: a Khmer consonant keeps its subscript and vowel signs,
 * a decomposed Vietnamese letter its marks), never inside one.
 */
export function cutAtWord({
  text,
  maxBytes,
  locale,
}: {
  text: string
  maxBytes: number
  /** The text's language, when known: a hint for word segmentation. */
  locale?: string
}): string {
  if (byteLength(text) <= maxBytes) return text
  const words = new Intl.Segmenter(locale, { granularity: 'word' }).segment(text)
  let end = 0
  let bytes = 0
  for (const { segment, index, isWordLike } of words) {
    bytes += byteLength(segment)
    if (bytes > maxBytes) break
    // Only a word ends a cut: trailing spaces and punctuation are left out.
    if (isWordLike) end = index + segment.length
  }
  if (end > 0) return text.slice(0, end)
  return cutAtGrapheme({ text, maxBytes, locale })
}

/** The longest start of `text` that fits in `maxBytes` of UTF-8, whole grapheme clusters only. */
export function cutAtGrapheme({
  text,
  maxBytes,
  locale,
}: {
  text: string
  maxBytes: number
  locale?: string
}): string {
  let end = 0
  let bytes = 0
  for (const { segment, index } of new Intl.Segmenter(locale, {
    granularity: 'grapheme',
  }).segment(text)) {
    bytes += byteLength(segment)
    if (bytes > maxBytes) break
    end = index + segment.length
  }
  return text.slice(0, end)
}

function byteLength(text: string): number {
  return Buffer.byteLength(text, 'utf8')
}
