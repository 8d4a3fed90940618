import { DEFAULT_LOCALE, LOCALES, type Locale } from '../../i18n/locales'
import type { EmbeddedTags } from './exiftool'

/** What a photo or video says about itself (IPTC, XMP, EXIF), in our fields' terms. */
export type EmbeddedMetadata = {
  captions: Partial<Record<Locale, string>>
  headlines: Partial<Record<Locale, string>>
  usageTerms: Partial<Record<Locale, string>>
  credit?: string
  creator?: string
  copyrightNotice?: string
  /** By the locale each keyword is written for ({@link keywordLocales}). */
  keywords: Partial<Record<Locale, string[]>>
  /** ISO 8601. */
  dateTaken?: string
  placeShown?: string
}

/** Where the province is: EXIF times without an offset were taken on its clocks. */
const LOCAL_OFFSET = '+07:00'

/**
 * Maps ExifTool's `-G1` tags to our fields. Where IPTC IIM, XMP and EXIF disagree, XMP wins
 * (Unicode, language-tagged), then IPTC, then EXIF, as the Metadata Working Group advises.
 * Language alternatives (`XMP-dc:Description-en`) go to the matching locale; the untagged
 * default (`x-default`) and the single-language IPTC caption go to Vietnamese, the source
 * language, when no Vietnamese alternative exists.
 */
export function metadataFromTags({ tags }: { tags: EmbeddedTags }): EmbeddedMetadata {
  const captions = languageAlternatives({
    tags,
    tag: 'XMP-dc:Description',
    fallbacks: ['IPTC:Caption-Abstract', 'IFD0:ImageDescription'],
  })
  const usageTerms = languageAlternatives({ tags, tag: 'XMP-xmpRights:UsageTerms', fallbacks: [] })
  // IPTC's Headline has no language alternatives; XMP's dc:title (IIM's Object Name) has.
  const headlines = languageAlternatives({
    tags,
    tag: 'XMP-dc:Title',
    fallbacks: ['XMP-photoshop:Headline', 'IPTC:Headline', 'IPTC:ObjectName'],
    preferred: ['XMP-photoshop:Headline', 'IPTC:Headline'],
  })
  return {
    captions,
    headlines,
    usageTerms,
    credit: firstText({ tags, names: ['XMP-photoshop:Credit', 'IPTC:Credit'] }),
    creator: firstText({ tags, names: ['XMP-dc:Creator', 'IPTC:By-line', 'IFD0:Artist'] }),
    copyrightNotice: firstText({
      tags,
      names: ['XMP-dc:Rights', 'IPTC:CopyrightNotice', 'IFD0:Copyright'],
    }),
    keywords: keywordsByLocale({ keywords: keywordsOf({ tags }) }),
    dateTaken: dateTakenOf({ tags }),
    placeShown: placeShownOf({ tags }),
  }
}

/**
 * The locales a keyword is written for. IPTC Keywords and XMP dc:subject carry no language
 * (ExifTool drops an `xml:lang` on a bag item), so the script decides where it is certain:
 * kana is Japanese, Hangul Korean, Khmer Khmer, Cyrillic Russian, and Chinese characters alone
 * serve Chinese and Japanese readers both. Anything else (Latin letters) belongs to the
 * Vietnamese source, as the untagged caption does.
 */
export function keywordLocales({ keyword }: { keyword: string }): Locale[] {
  if (/[\p{Script=Hiragana}\p{Script=Katakana}]/u.test(keyword)) return ['ja']
  if (/\p{Script=Hangul}/u.test(keyword)) return ['ko']
  if (/\p{Script=Khmer}/u.test(keyword)) return ['km']
  if (/\p{Script=Cyrillic}/u.test(keyword)) return ['ru']
  if (/\p{Script=Han}/u.test(keyword)) return ['zh', 'ja']
  return [DEFAULT_LOCALE]
}

/** Keywords grouped by {@link keywordLocales}, each locale's in the file's order. */
export function keywordsByLocale({
  keywords,
}: {
  keywords: readonly string[]
}): Partial<Record<Locale, string[]>> {
  const byLocale: Partial<Record<Locale, string[]>> = {}
  for (const keyword of keywords) {
    for (const locale of keywordLocales({ keyword })) (byLocale[locale] ??= []).push(keyword)
  }
  return byLocale
}

/** Whether the file carries anything {@link PRIVATE_TAG_DELETIONS} would remove. */
export function hasPrivateTags({ tags }: { tags: EmbeddedTags }): boolean {
  return Object.keys(tags).some((key) => {
    const [group = '', name = key] = key.includes(':') ? key.split(':', 2) : ['', key]
    if (group === 'Composite' || group === 'System' || group === 'File') return false
    return group === 'GPS' || /GPS|SerialNumber|OwnerName|LocationInformation/i.test(name)
  })
}

/** The locale an XMP language tag (`vi-VN`, `zh-Hans`, `en`) belongs to, if it is one of ours. */
export function localeOfLanguageTag({ tag }: { tag: string }): Locale | undefined {
  const primary = tag.toLowerCase().split(/[-_]/)[0]
  return LOCALES.find((locale) => locale === primary)
}

/**
 * An EXIF/XMP/IPTC date as ISO 8601: `2024:05:01 10:00:00` (no offset: the province's time),
 * `2024:05:01 10:00:00+02:00`, `2024-05-01T10:00:00Z`, or a date alone.
 */
export function parseEmbeddedDate({ value }: { value: string }): string | undefined {
  const match =
    /^(\d{4})[:-](\d{2})[:-](\d{2})(?:[ T](\d{2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?$/.exec(
      value.trim(),
    )
  if (!match) return undefined
  const [, year, month, day, hour = '12', minute = '00', second = '00', zone] = match
  if (year === '0000' || month === '00' || day === '00') return undefined
  const offset = zone === undefined ? LOCAL_OFFSET : zone === 'Z' ? 'Z' : withColon(zone)
  const date = new Date(`${year}-${month}-${day}T${hour}:${minute}:${second}${offset}`)
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString()
}

function languageAlternatives({
  tags,
  tag,
  fallbacks,
  preferred = [],
}: {
  tags: EmbeddedTags
  tag: string
  fallbacks: string[]
  /** Untagged values that win over the tag's own default (a headline over a title). */
  preferred?: string[]
}): Partial<Record<Locale, string>> {
  const values: Partial<Record<Locale, string>> = {}
  for (const [key, value] of Object.entries(tags)) {
    if (!key.startsWith(`${tag}-`)) continue
    const locale = localeOfLanguageTag({ tag: key.slice(tag.length + 1) })
    const text = textOf({ value })
    if (locale && text && values[locale] === undefined) values[locale] = text
  }
  if (values[DEFAULT_LOCALE] === undefined) {
    const untagged = firstText({ tags, names: [...preferred, tag, ...fallbacks] })
    if (untagged && !Object.values(values).includes(untagged)) values[DEFAULT_LOCALE] = untagged
  }
  return values
}

function keywordsOf({ tags }: { tags: EmbeddedTags }): string[] {
  const source = tags['XMP-dc:Subject'] ?? tags['IPTC:Keywords']
  const list = Array.isArray(source) ? source : source === undefined ? [] : [source]
  const keywords = list
    .flatMap((item) => String(item).split(/[,;]/))
    .map((keyword) => keyword.trim())
    .filter((keyword) => keyword !== '')
  return [...new Set(keywords)]
}

function dateTakenOf({ tags }: { tags: EmbeddedTags }): string | undefined {
  const exif = textOf({ value: tags['ExifIFD:DateTimeOriginal'] })
  if (exif) {
    const offset = textOf({ value: tags['ExifIFD:OffsetTimeOriginal'] })
    const parsed = parseEmbeddedDate({ value: offset ? `${exif}${offset}` : exif })
    if (parsed) return parsed
  }
  for (const name of ['XMP-photoshop:DateCreated', 'XMP-exif:DateTimeOriginal']) {
    const value = textOf({ value: tags[name] })
    const parsed = value ? parseEmbeddedDate({ value }) : undefined
    if (parsed) return parsed
  }
  const iptcDate = textOf({ value: tags['IPTC:DateCreated'] })
  if (!iptcDate) return undefined
  const iptcTime = textOf({ value: tags['IPTC:TimeCreated'] })
  return parseEmbeddedDate({ value: iptcTime ? `${iptcDate} ${iptcTime}` : iptcDate })
}

function placeShownOf({ tags }: { tags: EmbeddedTags }): string | undefined {
  const candidates: string[][] = [
    [
      'XMP-iptcExt:LocationShownSublocation',
      'XMP-iptcExt:LocationShownCity',
      'XMP-iptcExt:LocationShownProvinceState',
      'XMP-iptcExt:LocationShownCountryName',
    ],
    ['XMP-iptcCore:Location', 'XMP-photoshop:City', 'XMP-photoshop:State', 'XMP-photoshop:Country'],
    ['IPTC:Sub-location', 'IPTC:City', 'IPTC:Province-State', 'IPTC:Country-PrimaryLocationName'],
  ]
  for (const names of candidates) {
    const parts = names
      .map((name) => textOf({ value: tags[name] }))
      .filter((part): part is string => part !== undefined)
    if (parts.length > 0) return [...new Set(parts)].join(', ')
  }
  return undefined
}

function firstText({ tags, names }: { tags: EmbeddedTags; names: string[] }): string | undefined {
  for (const name of names) {
    const text = textOf({ value: tags[name] })
    if (text) return text
  }
  return undefined
}

/** A tag's text; lists (several creators, several shown locations) give their first entry. */
function textOf({ value }: { value: unknown }): string | undefined {
  const single: unknown = Array.isArray(value) ? (value as unknown[])[0] : value
  if (typeof single !== 'string' && typeof single !== 'number') return undefined
  const text = String(single).trim()
  return text === '' ? undefined : text
}

function withColon(zone: string): string {
  return zone.includes(':') ? zone : `${zone.slice(0, 3)}:${zone.slice(3)}`
}
