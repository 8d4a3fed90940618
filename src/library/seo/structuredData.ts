import { LOCALE_TAGS, type Locale } from '../../i18n/locales'

/**
 * The schema.org JSON-LD of the library's pages (https://schema.org, checked against the
 * vocabulary in standards/schema.org/ by tests/int/structuredData.int.spec.ts), built from what
 * an anonymous reader may see of an item: the callers read it through the visibility rule as
 * nobody (src/library/seo/publicView.ts), so nothing above the public tier gets in.
 *
 * Pure: every value comes in through the arguments, URLs already absolute.
 */

/** One JSON-LD node: `@type` and schema.org properties. */
export type JsonLd = { '@context'?: 'https://schema.org'; '@type': string } & {
  [property: string]: JsonLdValue
}

type JsonLdValue = string | number | boolean | JsonLd | Array<string | JsonLd> | undefined

/** The site a page belongs to, as its publisher. */
export type SiteNode = {
  /** The library's name in the page's language. */
  name: string
  /** The library's home in the page's language. */
  url: string
  /** The managing agency, which publishes the library; null when the settings name none. */
  publisher: { name: string; url?: string } | null
}

/** A picture of an item, at the largest size anonymous readers may fetch. */
export type SharedImage = { url: string; width: number; height: number; alt: string }

/** An organisation credited for an item: a contributing agency and its library page. */
export type AgencyNode = { name: string; url: string }

/** The `NewsArticle` of an article page. */
export function newsArticleJsonLd({
  url,
  locale,
  headline,
  description,
  datePublished,
  dateModified,
  images,
  agency,
  site,
  topics,
  place,
}: {
  url: string
  /** The language the article is served in (its own, or the fallback the locale rule chose). */
  locale: Locale
  headline: string
  description: string | null
  datePublished: string
  dateModified: string
  images: SharedImage[]
  agency: AgencyNode | null
  site: SiteNode
  topics: string[]
  place: { name: string; latitude?: number | null; longitude?: number | null } | null
}): JsonLd {
  return withContext({
    '@type': 'NewsArticle',
    url,
    mainEntityOfPage: url,
    headline,
    description: description || undefined,
    inLanguage: LOCALE_TAGS[locale],
    datePublished,
    dateModified,
    image: images.length > 0 ? images.map((image) => image.url) : undefined,
    // The contributing agency writes the item; the library that publishes it is the site's.
    author: [organization(agency ?? site.publisher ?? { name: site.name, url: site.url })],
    publisher: organization(site.publisher ?? { name: site.name, url: site.url }),
    keywords: topics.length > 0 ? topics : undefined,
    contentLocation: place?.name ? placeNode(place) : undefined,
    isAccessibleForFree: true,
    isPartOf: websiteRef(site),
  })
}

/** What a photo, video or publication page says of its item. */
export type MediaFacts = {
  kind: 'image' | 'video' | 'document'
  url: string
  locale: Locale
  name: string
  caption: string | null
  /** The picture anonymous readers may fetch (a photo, a video's poster, a document's cover). */
  image: SharedImage | null
  /** A video's playable web rendition. */
  videoUrl: string | null
  durationSeconds: number | null
  datePublished: string
  dateModified: string
  dateCreated: string | null
  credit: string | null
  creator: string | null
  copyrightNotice: string | null
  /** The licence's own URL (Creative Commons), or the page that states the usage terms. */
  licenseUrl: string
  keywords: string[]
  placeName: string | null
  agency: AgencyNode | null
  site: SiteNode
}

/**
 * The JSON-LD of a media page: an `ImageObject` for a photo (with the licence fields Google
 * Images shows as "Licensable"), a `VideoObject` for a video, a `DigitalDocument` for a
 * publication (a PDF or Word file the library offers for download).
 */
export function mediaJsonLd(facts: MediaFacts): JsonLd {
  const { kind, url, image, site, agency } = facts
  const creditHolder = agency ?? site.publisher
  const shared: JsonLd = {
    '@type': MEDIA_TYPES[kind],
    url,
    mainEntityOfPage: url,
    name: facts.name,
    inLanguage: LOCALE_TAGS[facts.locale],
    datePublished: facts.datePublished,
    dateModified: facts.dateModified,
    dateCreated: facts.dateCreated ?? undefined,
    // The licence fields: an agency's photo is credited to the agency when no line was entered.
    license: facts.licenseUrl,
    acquireLicensePage: url,
    creditText: facts.credit || creditHolder?.name || undefined,
    copyrightNotice: facts.copyrightNotice || undefined,
    creator: facts.creator
      ? [{ '@type': 'Person', name: facts.creator }]
      : creditHolder
        ? [organization(creditHolder)]
        : undefined,
    publisher: organization(site.publisher ?? { name: site.name, url: site.url }),
    keywords: facts.keywords.length > 0 ? facts.keywords : undefined,
    contentLocation: facts.placeName ? placeNode({ name: facts.placeName }) : undefined,
    isAccessibleForFree: true,
    isPartOf: websiteRef(site),
  }
  if (kind === 'image') {
    return withContext({
      ...shared,
      contentUrl: image?.url,
      thumbnailUrl: image?.url,
      caption: facts.caption || undefined,
      description: facts.caption || undefined,
      encodingFormat: image ? 'image/jpeg' : undefined,
      uploadDate: facts.datePublished,
    })
  }
  if (kind === 'video') {
    return withContext({
      ...shared,
      description: facts.caption || facts.name,
      thumbnailUrl: image?.url,
      contentUrl: facts.videoUrl ?? undefined,
      encodingFormat: facts.videoUrl ? 'video/mp4' : undefined,
      uploadDate: facts.datePublished,
      duration: facts.durationSeconds ? isoDuration(facts.durationSeconds) : undefined,
    })
  }
  return withContext({
    ...shared,
    description: facts.caption || undefined,
    image: image?.url,
    thumbnailUrl: image?.url,
  })
}

/** The `Organization` of an agency's page. */
export function organizationJsonLd({
  name,
  url,
  website,
  site,
}: {
  name: string
  url: string
  website: string | null
  site: SiteNode
}): JsonLd {
  return withContext({
    ...organization({ name, url }),
    sameAs: website && /^https?:\/\//.test(website) ? [website] : undefined,
    mainEntityOfPage: url,
    subjectOf: websiteRef(site),
  })
}

/** The `CollectionPage` of a topic's page: the topic's items, newest first. */
export function collectionPageJsonLd({
  name,
  description,
  url,
  locale,
  site,
}: {
  name: string
  description: string | null
  url: string
  locale: Locale
  site: SiteNode
}): JsonLd {
  return withContext({
    '@type': 'CollectionPage',
    name,
    description: description || undefined,
    url,
    inLanguage: LOCALE_TAGS[locale],
    about: { '@type': 'Thing', name },
    isPartOf: websiteRef(site),
  })
}

/** A place of an album or an event: its name, and its coordinates when known. */
export type PlaceFacts = { name: string; latitude?: number | null; longitude?: number | null }

/**
 * The `ImageGallery` (a `CollectionPage`) of an album's page: its public photos as
 * `associatedMedia` images, its cover as the page's primary image.
 */
export function imageGalleryJsonLd({
  name,
  description,
  url,
  locale,
  datePublished,
  dateModified,
  cover,
  images,
  place,
  agency,
  site,
}: {
  name: string
  description: string | null
  url: string
  locale: Locale
  datePublished: string
  dateModified: string
  cover: SharedImage | null
  images: SharedImage[]
  place: PlaceFacts | null
  agency: AgencyNode | null
  site: SiteNode
}): JsonLd {
  return withContext({
    '@type': 'ImageGallery',
    name,
    description: description || undefined,
    url,
    inLanguage: LOCALE_TAGS[locale],
    datePublished,
    dateModified,
    primaryImageOfPage: cover ? imageNode(cover) : undefined,
    associatedMedia: images.length > 0 ? images.map(imageNode) : undefined,
    contentLocation: place?.name ? placeNode(place) : undefined,
    author: agency ? [organization(agency)] : undefined,
    publisher: organization(site.publisher ?? { name: site.name, url: site.url }),
    isPartOf: websiteRef(site),
  })
}

/** The `Event` of an event's page: its dates, its place, its cover. */
export function eventJsonLd({
  name,
  description,
  url,
  startDate,
  endDate,
  place,
  image,
  agency,
  site,
}: {
  name: string
  description: string | null
  url: string
  startDate: string
  endDate: string | null
  place: PlaceFacts | null
  image: SharedImage | null
  agency: AgencyNode | null
  site: SiteNode
}): JsonLd {
  return withContext({
    '@type': 'Event',
    name,
    description: description || undefined,
    url,
    startDate,
    endDate: endDate ?? undefined,
    location: place?.name ? placeNode(place) : undefined,
    image: image ? [image.url] : undefined,
    organizer: organization(agency ?? site.publisher ?? { name: site.name, url: site.url }),
    subjectOf: websiteRef(site),
  })
}

/** The `WebSite` of the home page, with its search. */
export function websiteJsonLd({
  site,
  locale,
  description,
  searchUrlTemplate,
}: {
  site: SiteNode
  locale: Locale
  description: string
  /** The search page's URL with `{search_term_string}` where the words go. */
  searchUrlTemplate: string
}): JsonLd {
  return withContext({
    ...websiteRef(site),
    description,
    inLanguage: LOCALE_TAGS[locale],
    publisher: site.publisher ? organization(site.publisher) : undefined,
    potentialAction: {
      '@type': 'SearchAction',
      target: { '@type': 'EntryPoint', urlTemplate: searchUrlTemplate },
    },
  })
}

/**
 * JSON-LD as the text of a `<script type="application/ld+json">`: `<` escaped, so a headline
 * holding `</script>` cannot end the element.
 */
export function jsonLdScriptText(data: JsonLd): string {
  return JSON.stringify(data).replace(/</g, '\\u003c')
}

/** ISO 8601 duration of a number of seconds (`PT1M5S`), as `VideoObject.duration` takes it. */
export function isoDuration(seconds: number): string {
  const whole = Math.max(0, Math.round(seconds))
  const hours = Math.floor(whole / 3600)
  const minutes = Math.floor((whole % 3600) / 60)
  const rest = whole % 60
  return `PT${hours ? `${hours}H` : ''}${minutes ? `${minutes}M` : ''}${rest || whole === 0 ? `${rest}S` : ''}`
}

const MEDIA_TYPES = {
  image: 'ImageObject',
  video: 'VideoObject',
  document: 'DigitalDocument',
} as const

function withContext(node: JsonLd): JsonLd {
  const { '@type': type, ...rest } = node
  return dropUndefined({ '@context': 'https://schema.org', '@type': type, ...rest })
}

function organization({ name, url }: { name: string; url?: string }): JsonLd {
  return { '@type': 'Organization', name, ...(url ? { url } : {}) }
}

function websiteRef(site: SiteNode): JsonLd {
  return { '@type': 'WebSite', name: site.name, url: site.url }
}

function placeNode({
  name,
  latitude,
  longitude,
}: {
  name: string
  latitude?: number | null
  longitude?: number | null
}): JsonLd {
  const hasGeo = typeof latitude === 'number' && typeof longitude === 'number'
  return {
    '@type': 'Place',
    name,
    ...(hasGeo ? { geo: { '@type': 'GeoCoordinates', latitude, longitude } } : {}),
  }
}

function dropUndefined(node: JsonLd): JsonLd {
  return Object.fromEntries(
    Object.entries(node).filter(([, value]) => value !== undefined && value !== ''),
  ) as JsonLd
}

function imageNode(image: SharedImage): JsonLd {
  return dropUndefined({
    '@type': 'ImageObject',
    contentUrl: image.url,
    description: image.alt || undefined,
  })
}
