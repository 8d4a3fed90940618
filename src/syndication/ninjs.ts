import type { EditorialSlug } from '../../collections/slugs'
import { LOCALE_TAGS, type Locale } from '../i18n/locales'
import { publicRenditionsOf } from '../media/download/publicRenditions'
import { richTextToPlainText } from '../text/richTextToPlainText'

/** An IPTC ninjs 3.1 object (only the properties this project emits are typed). */
export type Ninjs = {
  uri: string
  type: 'text' | 'picture' | 'video' | 'component' | 'composite'
  version: string
  pubStatus: 'usable' | 'withheld' | 'canceled'
  language?: string
  firstCreated?: string
  versionCreated?: string
  contentCreated?: string
  embargoedUntil?: string
  headlines?: Array<{ role?: string; value: string }>
  descriptions?: Array<{ role?: string; value: string }>
  bodies?: Array<{ role?: string; contentType?: string; value: string }>
  by?: string
  copyrightNotice?: string
  usageTerms?: string
  located?: string
  subjects?: Array<{ name?: string; uri?: string; rel?: string; literal?: string }>
  infoSources?: Array<{ name?: string; role?: string; uri?: string }>
  renditions?: Array<{
    name: string
    href?: string
    contentType?: string
    width?: number
    height?: number
    sizeInBytes?: number
  }>
  associations?: Array<Ninjs & { name?: string; rel?: string }>
}

/** The collections whose items are syndicated: the editorial ones. */
export type SyndicatedCollection = EditorialSlug

/** The stable identifier of one item in one language: it never changes across versions. */
export function ninjsUri({
  host,
  collection,
  id,
  locale,
}: {
  host: string
  collection: SyndicatedCollection
  id: number | string
  locale: Locale
}): string {
  return `urn:ttdn:${host}:${collection}:${String(id)}:${locale}`
}

export type MediaRecord = {
  id: number | string
  kind?: string | null
  filename?: string | null
  mimeType?: string | null
  filesize?: number | null
  width?: number | null
  height?: number | null
  url?: string | null
  renditions?: unknown
  caption?: string | null
  headline?: string | null
  alt?: string | null
  keywords?: string[] | null
  credit?: string | null
  creator?: string | null
  copyrightNotice?: string | null
  usageTerms?: string | null
  placeShown?: string | null
  dateTaken?: string | null
  createdAt?: string
  updatedAt?: string
}

export type ArticleRecord = {
  id: number | string
  title?: string | null
  summary?: string | null
  body?: unknown
  infoType?: string | null
  eventDate?: string | null
  place?: { name?: string | null } | null
  createdAt?: string
  updatedAt?: string
}

type Context = {
  host: string
  publicUrl: string
  locale: Locale
  version: string
  /** Other published languages of the same item. */
  siblingLocales: Locale[]
  agency?: { name?: string | null; code?: string | null } | null
  topics?: Array<{ name?: string | null; slug?: string | null }>
}

/** Maps one published article in one language to ninjs, with its public media associated. */
export function articleToNinjs({
  article,
  media,
  context,
}: {
  article: ArticleRecord
  media: Array<{ record: MediaRecord; version: string }>
  context: Context
}): Ninjs {
  const body = richTextToPlainText({ value: article.body }).trim()
  return compact({
    ...identity({ collection: 'articles', item: article, type: 'text', context }),
    contentCreated: article.eventDate ?? undefined,
    headlines: article.title ? [{ role: 'main', value: article.title }] : undefined,
    descriptions: article.summary ? [{ role: 'summary', value: article.summary }] : undefined,
    bodies: body ? [{ role: 'main', contentType: 'text/plain', value: body }] : undefined,
    located: article.place?.name ?? undefined,
    copyrightNotice: context.agency?.name ? `© ${context.agency.name}` : undefined,
    subjects: topicSubjects({ context }),
    infoSources: agencySources({ context }),
    associations: [
      ...media.map(({ record, version }) => ({
        ...mediaToNinjs({ media: record, context: { ...context, version, siblingLocales: [] } }),
        name: `media-${String(record.id)}`,
        rel: 'media',
      })),
      ...translations({ collection: 'articles', item: article, type: 'text', context }),
    ],
  })
}

/** Maps one published photo, video or publication in one language to ninjs. */
export function mediaToNinjs({ media, context }: { media: MediaRecord; context: Context }): Ninjs {
  const type =
    media.kind === 'video' ? 'video' : media.kind === 'document' ? 'component' : 'picture'
  return compact({
    ...identity({ collection: 'media', item: media, type, context }),
    contentCreated: media.dateTaken ?? undefined,
    // The headline; an item saved before headlines existed is named by its alternative text.
    headlines:
      media.headline || media.alt
        ? [{ role: 'main', value: (media.headline || media.alt) as string }]
        : undefined,
    descriptions: media.caption ? [{ role: 'caption', value: media.caption }] : undefined,
    // Its topics, then its keywords in this language (IPTC Keywords: free text, no scheme).
    subjects: [
      ...topicSubjects({ context }),
      ...(media.keywords ?? [])
        .filter((keyword) => keyword.trim() !== '')
        .map((keyword) => ({ name: keyword, literal: keyword, rel: 'keyword' })),
    ],
    by: media.creator ?? media.credit ?? undefined,
    copyrightNotice: media.copyrightNotice ?? (media.credit ? `© ${media.credit}` : undefined),
    usageTerms: media.usageTerms ?? undefined,
    located: media.placeShown ?? undefined,
    // The public sizes only: the original is for accredited press and staff (entitlements).
    renditions: publicRenditionsOf(media).map((rendition) => ({
      name: rendition.name,
      href: new URL(rendition.path, context.publicUrl).toString(),
      contentType: rendition.mimeType,
      width: rendition.width,
      height: rendition.height,
      sizeInBytes: rendition.filesize,
    })),
    associations: translations({ collection: 'media', item: media, type, context }),
  })
}

/** One member of an album or an event, as its package associates it. */
export type PackageMember =
  | { collection: 'media'; record: MediaRecord }
  | { collection: 'articles'; record: ArticleRecord }
  | { collection: 'albums'; record: PackageRecord }

type PackageRecord = {
  id: number | string
  title?: string | null
  description?: string | null
  startDate?: string | null
  endDate?: string | null
  place?: { name?: string | null } | null
  createdAt?: string
  updatedAt?: string
}

/**
 * Maps one published album or event in one language to a ninjs package (`type: composite`):
 * its members, those the package's reader may see, associated in order as `item1`, `item2`…
 * (a photo, video or publication in full, with its public renditions; an article or an album
 * by its uri, type and headline), then its translations.
 */
export function packageToNinjs({
  collection,
  item,
  members,
  context,
}: {
  collection: 'albums' | 'events'
  item: PackageRecord
  members: PackageMember[]
  context: Context
}): Ninjs {
  const memberContext = { ...context, version: '1', siblingLocales: [] }
  return compact({
    ...identity({ collection, item, type: 'composite', context }),
    contentCreated: item.startDate ?? undefined,
    headlines: item.title ? [{ role: 'main', value: item.title }] : undefined,
    descriptions: item.description ? [{ role: 'summary', value: item.description }] : undefined,
    located: item.place?.name ?? undefined,
    copyrightNotice: context.agency?.name ? `© ${context.agency.name}` : undefined,
    subjects: topicSubjects({ context }),
    infoSources: agencySources({ context }),
    associations: [
      ...members.map((member, index) => ({
        ...memberNinjs({ member, context: memberContext }),
        name: `item${index + 1}`,
        rel: 'member',
      })),
      ...translations({ collection, item, type: 'composite', context }),
    ],
  })
}

/** A package member's ninjs: a media item in full, an article or album by reference. */
function memberNinjs({ member, context }: { member: PackageMember; context: Context }): Ninjs {
  if (member.collection === 'media') return mediaToNinjs({ media: member.record, context })
  const title = member.record.title
  return compact({
    ...identity({
      collection: member.collection,
      item: member.record,
      type: member.collection === 'articles' ? 'text' : 'composite',
      context,
    }),
    headlines: title ? [{ role: 'main', value: title }] : undefined,
  })
}

/** The item's agency as its originator. */
function agencySources({ context }: { context: Context }): Ninjs['infoSources'] {
  return context.agency?.name
    ? [
        {
          name: context.agency.name,
          role: 'originator',
          uri: `urn:ttdn:${context.host}:agency:${String(context.agency.code)}`,
        },
      ]
    : undefined
}

/** The item's topics as ninjs subjects, with the topics' stable URIs. */
function topicSubjects({ context }: { context: Context }): NonNullable<Ninjs['subjects']> {
  return (context.topics ?? [])
    .filter((topic) => topic.slug)
    .map((topic) => ({
      name: topic.name ?? undefined,
      uri: `urn:ttdn:${context.host}:topic:${String(topic.slug)}`,
      rel: 'about',
    }))
}

/** What names an item in one language, and which version of it this is: every ninjs starts so. */
type IdentityArgs = {
  collection: SyndicatedCollection
  item: { id: number | string; createdAt?: string; updatedAt?: string }
  type: Ninjs['type']
  context: Context
}

/** The item's identity in the context's language: uri, type, version, status and dates. */
function identity({ collection, item, type, context }: IdentityArgs) {
  return {
    uri: ninjsUri({ host: context.host, collection, id: item.id, locale: context.locale }),
    type,
    version: context.version,
    pubStatus: 'usable' as const,
    language: LOCALE_TAGS[context.locale],
    firstCreated: item.createdAt,
    versionCreated: item.updatedAt,
  }
}

/** The same item in its other published languages, associated as translations. */
function translations({ collection, item, type, context }: IdentityArgs) {
  return context.siblingLocales.map((locale) => ({
    uri: ninjsUri({ host: context.host, collection, id: item.id, locale }),
    type,
    version: context.version,
    pubStatus: 'usable' as const,
    language: LOCALE_TAGS[locale],
    name: `translation-${locale}`,
    rel: 'translation',
  }))
}

/** Drops undefined properties and empty arrays, which ninjs consumers read as noise. */
function compact<T extends object>(value: T): T {
  return Object.fromEntries(
    Object.entries(value).filter(
      ([, entry]) =>
        entry !== undefined && entry !== null && !(Array.isArray(entry) && entry.length === 0),
    ),
  ) as T
}
