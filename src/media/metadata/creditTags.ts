import { LOCALE_TAGS, type Locale } from '../../i18n/locales'

/** What a downloaded file carries about itself, in the requester's language. */
export type CreditLine = {
  credit?: string | null
  creator?: string | null
  copyrightNotice?: string | null
  usageTerms?: string | null
  caption?: string | null
  /** The locale the texts are in. */
  locale: Locale
}

/** IPTC IIM's byte limits (IPTC Photo Metadata Standard, IIM 4.2); XMP has none. */
const IIM_LIMITS = { credit: 32, byline: 32, copyright: 128, caption: 2000 } as const

/**
 * The ExifTool tags that embed a credit line in both XMP and IPTC IIM: credit, creator,
 * copyright, usage terms and caption (the caption also as the XMP language alternative of
 * its locale). IIM values are cut to IIM's byte limits on a character boundary; XMP keeps
 * them whole. Empty values are left out, so nothing embedded is erased by a blank field.
 */
export function creditTags({
  credit,
  creator,
  copyrightNotice,
  usageTerms,
  caption,
  locale,
}: CreditLine): Record<string, string | string[]> {
  const tags: Record<string, string | string[]> = {}
  const language = LOCALE_TAGS[locale]
  const set = (value: string | null | undefined, apply: (text: string) => void) => {
    const text = value?.trim()
    if (text) apply(text)
  }
  set(credit, (text) => {
    tags['XMP-photoshop:Credit'] = text
    tags['IPTC:Credit'] = cutUtf8({ text, maxBytes: IIM_LIMITS.credit })
  })
  set(creator, (text) => {
    tags['XMP-dc:Creator'] = [text]
    tags['IPTC:By-line'] = cutUtf8({ text, maxBytes: IIM_LIMITS.byline })
  })
  set(copyrightNotice, (text) => {
    tags['XMP-dc:Rights'] = text
    tags['IPTC:CopyrightNotice'] = cutUtf8({ text, maxBytes: IIM_LIMITS.copyright })
  })
  set(usageTerms, (text) => {
    tags['XMP-xmpRights:UsageTerms'] = text
    tags[`XMP-xmpRights:UsageTerms-${language}`] = text
  })
  set(caption, (text) => {
    tags['XMP-dc:Description'] = text
    tags[`XMP-dc:Description-${language}`] = text
    tags['IPTC:Caption-Abstract'] = cutUtf8({ text, maxBytes: IIM_LIMITS.caption })
  })
  return tags
}

/** The longest prefix of `text` whose UTF-8 encoding fits in `maxBytes`. */
export function cutUtf8({ text, maxBytes }: { text: string; maxBytes: number }): string {
  if (Buffer.byteLength(text, 'utf8') <= maxBytes) return text
  let cut = ''
  for (const character of text) {
    if (Buffer.byteLength(cut + character, 'utf8') > maxBytes) break
    cut += character
  }
  return cut
}
