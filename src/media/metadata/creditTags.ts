import { LOCALE_TAGS, type Locale } from '../../i18n/locales'
import { cutAtWord, IIM_LIMITS } from './iimText'
import type { ItemLocation } from './itemLocation'

/** What a downloaded file carries about itself, in the requester's language. */
export type CreditLine = {
  credit?: string | null
  creator?: string | null
  copyrightNotice?: string | null
  usageTerms?: string | null
  caption?: string | null
  headline?: string | null
  keywords?: readonly string[] | null
  /** When the picture was made (date taken), ISO 8601; written in the province's time. */
  dateCreated?: string | null
  /** Where: the place shown, in the province, in the country. */
  location?: ItemLocation | null
  /** The locale the texts are in. */
  locale: Locale
}

/**
 * The ExifTool tags that embed an item's credit line and description in both XMP and IPTC IIM:
 * credit, creator, copyright, usage terms, caption, headline (also as the title), keywords, the
 * date created and the location — IIM's City, Province-State and Country, and the IPTC
 * Extension's LocationCreated and LocationShown. Texts are also written as the XMP language
 * alternative of their locale. IIM values are cut to IIM's byte limits after a whole word
 * ({@link cutAtWord}); XMP keeps them whole, so a wire system reading XMP sees the full text.
 * Empty values are left out, so nothing embedded is erased by a blank field.
 */
export function creditTags({
  credit,
  creator,
  copyrightNotice,
  usageTerms,
  caption,
  headline,
  keywords,
  dateCreated,
  location,
  locale,
}: CreditLine): Record<string, string | string[]> {
  const tags: Record<string, string | string[]> = {}
  const language = LOCALE_TAGS[locale]
  const iim = (text: string, maxBytes: number) => cutAtWord({ text, maxBytes, locale: language })
  const set = (value: string | null | undefined, apply: (text: string) => void) => {
    const text = value?.trim()
    if (text) apply(text)
  }
  set(credit, (text) => {
    tags['XMP-photoshop:Credit'] = text
    tags['IPTC:Credit'] = iim(text, IIM_LIMITS.credit)
  })
  set(creator, (text) => {
    tags['XMP-dc:Creator'] = [text]
    tags['IPTC:By-line'] = iim(text, IIM_LIMITS.byline)
  })
  set(copyrightNotice, (text) => {
    tags['XMP-dc:Rights'] = text
    tags['IPTC:CopyrightNotice'] = iim(text, IIM_LIMITS.copyrightNotice)
  })
  set(usageTerms, (text) => {
    tags['XMP-xmpRights:UsageTerms'] = text
    tags[`XMP-xmpRights:UsageTerms-${language}`] = text
  })
  set(caption, (text) => {
    tags['XMP-dc:Description'] = text
    tags[`XMP-dc:Description-${language}`] = text
    tags['IPTC:Caption-Abstract'] = iim(text, IIM_LIMITS.caption)
  })
  set(headline, (text) => {
    tags['XMP-photoshop:Headline'] = text
    tags['XMP-dc:Title'] = text
    tags[`XMP-dc:Title-${language}`] = text
    tags['IPTC:Headline'] = iim(text, IIM_LIMITS.headline)
    tags['IPTC:ObjectName'] = iim(text, IIM_LIMITS.objectName)
  })
  const words = [...new Set((keywords ?? []).map((keyword) => keyword.trim()))].filter(Boolean)
  if (words.length > 0) {
    tags['XMP-dc:Subject'] = words
    tags['IPTC:Keywords'] = words.map((keyword) => iim(keyword, IIM_LIMITS.keyword))
  }
  const created = dateCreated ? provinceDateTime({ iso: dateCreated }) : null
  if (created) {
    tags['XMP-photoshop:DateCreated'] = `${created.date} ${created.time}`
    tags['IPTC:DateCreated'] = created.date
    tags['IPTC:TimeCreated'] = created.time
  }
  if (location) Object.assign(tags, locationTags({ location, iim }))
  return tags
}

/** The province's clocks: Vietnam keeps UTC+7 all year. */
const PROVINCE_OFFSET_MINUTES = 7 * 60

/**
 * An instant as ExifTool writes dates (`2024:05:01`, `13:15:00+07:00`), on the province's
 * clocks: a photo taken at dawn in Đồng Nai is dated that morning, not the evening before (UTC).
 */
export function provinceDateTime({ iso }: { iso: string }): { date: string; time: string } | null {
  const instant = new Date(iso)
  if (Number.isNaN(instant.getTime())) return null
  const local = new Date(instant.getTime() + PROVINCE_OFFSET_MINUTES * 60_000).toISOString()
  return {
    date: local.slice(0, 10).replace(/-/g, ':'),
    time: `${local.slice(11, 19)}+07:00`,
  }
}

function locationTags({
  location,
  iim,
}: {
  location: ItemLocation
  iim: (text: string, maxBytes: number) => string
}): Record<string, string> {
  const tags: Record<string, string> = {}
  const parts: Array<[keyof ItemLocation, string, string, string, number]> = [
    // field, IIM dataset, XMP (IPTC Core / Photoshop), IPTC Extension name, IIM limit
    ['sublocation', 'Sub-location', 'XMP-iptcCore:Location', 'Sublocation', IIM_LIMITS.sublocation],
    ['city', 'City', 'XMP-photoshop:City', 'City', IIM_LIMITS.city],
    [
      'provinceState',
      'Province-State',
      'XMP-photoshop:State',
      'ProvinceState',
      IIM_LIMITS.provinceState,
    ],
    [
      'countryName',
      'Country-PrimaryLocationName',
      'XMP-photoshop:Country',
      'CountryName',
      IIM_LIMITS.countryName,
    ],
    // IIM's country code is three letters (ISO 3166-1 alpha-3), which IPTC Core accepts too.
    [
      'countryCode',
      'Country-PrimaryLocationCode',
      'XMP-iptcCore:CountryCode',
      'CountryCode',
      IIM_LIMITS.countryCode,
    ],
  ]
  for (const [field, dataset, xmp, extension, maxBytes] of parts) {
    const text = location[field]?.trim()
    if (!text) continue
    tags[`IPTC:${dataset}`] = iim(text, maxBytes)
    tags[xmp] = text
    // The place shown is, for the news and promotional pictures of this library, also where
    // the picture was made: both IPTC Extension structures carry it.
    tags[`XMP-iptcExt:LocationCreated${extension}`] = text
    tags[`XMP-iptcExt:LocationShown${extension}`] = text
  }
  return tags
}
