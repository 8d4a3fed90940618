import { combineQueries, type Payload, type PayloadRequest, type Where } from 'payload'

import { slugs } from '../../collections/slugs'
import { contentVisibility } from '../access/visibility'
import type { Locale } from '../i18n/locales'
import type { Album, Article, Media } from '../payload-types'

/**
 * An album's items and what names an event, read for one reader (the library's album and
 * event pages) or for the public (their ninjs packages in the change log). Outside the pages'
 * modules: the change log runs in collection hooks, which must not import Next.js's reader.
 */

/** One item of an album as the reader may see it, in the album's order. */
export type AlbumEntry =
  | { relationTo: 'media'; doc: Media }
  | { relationTo: 'articles'; doc: Article }

/** What names an event, gathered by their `event` field, as the reader may see them. */
export type EventGathering = {
  articles: Article[]
  albums: Album[]
  videos: Media[]
  photos: Media[]
  publications: Media[]
}

/**
 * Who reads: a library reader (their user, access on), or the system reading what the public
 * may see within its own request (the change log's view: access off, the anonymous rule as the
 * query, so the editor whose save runs it lends it nothing).
 */
export type ReadAs =
  | { kind: 'reader'; payload: Payload; user: PayloadRequest['user']; req?: PayloadRequest }
  | { kind: 'public'; payload: Payload; req: PayloadRequest; now: Date }

/** Most items of each kind an event's page (and package) gathers. */
export const EVENT_ITEMS_LIMIT = 60

/** What the album and event pages (and packages) show of the items they hold. */
export const ON_ITEM_PAGES = {
  [slugs.media]: {
    kind: true,
    headline: true,
    alt: true,
    caption: true,
    credit: true,
    filename: true,
    renditions: true,
    placeholder: true,
    embargoUntil: true,
    accessTier: true,
  },
  [slugs.articles]: { title: true, summary: true, media: true },
  [slugs.events]: { title: true, startDate: true, endDate: true },
  [slugs.topics]: { slug: true, name: true },
  [slugs.agencies]: { code: true, name: true },
} as const

/** What an album's card shows of it. */
export const ALBUM_CARD_FIELDS = {
  title: true,
  description: true,
  cover: true,
  servedLocale: true,
  embargoUntil: true,
} as const

/** The album's items the reader may see (the read already dropped the others), in order. */
export function albumEntries({ album }: { album: Pick<Album, 'items'> }): AlbumEntry[] {
  return (album.items ?? []).flatMap((item): AlbumEntry[] => {
    if (typeof item.value !== 'object' || item.value === null) return []
    return item.relationTo === 'media'
      ? [{ relationTo: 'media', doc: item.value }]
      : [{ relationTo: 'articles', doc: item.value }]
  })
}

/** The album's photos, videos and publications the reader may see. */
export function albumMedia({ album }: { album: Pick<Album, 'items'> }): Media[] {
  return albumEntries({ album }).flatMap((entry) =>
    entry.relationTo === 'media' ? [entry.doc] : [],
  )
}

/**
 * Everything that names the event in its `event` field and `as` may read, in `locale`: its
 * articles, albums, and media by kind, newest first.
 */
export async function gatherEvent({
  as,
  eventId,
  locale,
  limit = EVENT_ITEMS_LIMIT,
}: {
  as: ReadAs
  eventId: number | string
  locale: Locale
  limit?: number
}): Promise<EventGathering> {
  const ofEvent: Where = { event: { equals: eventId } }
  const rule =
    as.kind === 'public'
      ? contentVisibility({ requester: { kind: 'anonymous' }, now: as.now })
      : true
  if (rule === false) return { articles: [], albums: [], videos: [], photos: [], publications: [] }
  const options = {
    where: rule === true ? ofEvent : combineQueries(ofEvent, rule),
    locale,
    limit,
    pagination: false,
    sort: '-createdAt',
    ...(as.kind === 'reader'
      ? { user: as.user, overrideAccess: false, context: { isLibraryRead: true } }
      : { overrideAccess: true }),
    ...(as.req ? { req: as.req } : {}),
  } as const
  const [articles, albums, media] = await Promise.all([
    as.payload.find({
      collection: slugs.articles,
      depth: 1,
      populate: ON_ITEM_PAGES,
      select: { title: true, summary: true, media: true, servedLocale: true, embargoUntil: true },
      ...options,
    }),
    as.payload.find({
      collection: slugs.albums,
      depth: 1,
      populate: ON_ITEM_PAGES,
      select: ALBUM_CARD_FIELDS,
      ...options,
    }),
    as.payload.find({ collection: slugs.media, depth: 0, ...options, limit: limit * 3 }),
  ])
  const ofKind = (kind: Media['kind']) => media.docs.filter((item) => item.kind === kind)
  return {
    articles: articles.docs as Article[],
    albums: albums.docs as Album[],
    videos: ofKind('video').slice(0, limit),
    photos: ofKind('image').slice(0, limit),
    publications: ofKind('document').slice(0, limit),
  }
}
