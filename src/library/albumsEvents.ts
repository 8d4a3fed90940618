import escapeHtml from 'escape-html'
import type { Where } from 'payload'

import { slugs } from '../../collections/slugs'
import { LOCALE_TAGS, isLocale, type Locale } from '../i18n/locales'
import { mediaTitle } from '../media/metadata/mediaTitle'
import type { Album, Article, Event, Media } from '../payload-types'
import { isStillEmbargoed } from '../workflow/embargoWindow'
import { pictureOfMedia, type ItemCard } from './content'
import { ALBUM_CARD_FIELDS, ON_ITEM_PAGES } from './eventGathering'
import { LIBRARY_FALLBACK_TIME_ZONE } from './localTime'
import { readerOptions, type Reader } from './reader'

/**
 * What the album and event list pages read, and the cards the album and event pages show (an
 * album or an event itself is read by content.ts's `readItem`). Every read goes through the Local API as the reader, access on, so a page holds
 * only what the visibility rule lets its reader see — an album's press photo is not in an
 * anonymous reader's album, not even as an id. What an album holds and an event gathers:
 * eventGathering.ts.
 */

/** Most albums or events a list page shows. */
export const LIST_LIMIT = 60

/** The albums the reader may see, newest first, as cards. */
export async function albumCards({
  reader,
  lang,
  limit = LIST_LIMIT,
  where,
}: {
  reader: Reader
  lang: Locale
  limit?: number
  where?: Where
}): Promise<ItemCard[]> {
  const { docs } = await reader.payload.find({
    collection: slugs.albums,
    where,
    locale: lang,
    sort: '-createdAt',
    limit,
    pagination: false,
    depth: 1,
    select: ALBUM_CARD_FIELDS,
    populate: ON_ITEM_PAGES,
    ...readerOptions(reader),
  })
  return (docs as Album[]).map((album) => albumCard({ album, lang, now: reader.now }))
}

/**
 * The events the reader may see in two lists: upcoming and current (not yet ended, soonest
 * first) and past (latest first). An event without an end ends on its start day.
 */
export async function eventLists({
  reader,
  lang,
  limit = LIST_LIMIT,
}: {
  reader: Reader
  lang: Locale
  limit?: number
}): Promise<{ upcoming: Event[]; past: Event[] }> {
  const now = reader.now.toISOString()
  // An event without an end is current for a day after it starts.
  const dayAgo = new Date(reader.now.getTime() - 24 * 60 * 60 * 1000).toISOString()
  const notEnded: Where = {
    or: [
      { endDate: { greater_than_equal: now } },
      { and: [{ endDate: { exists: false } }, { startDate: { greater_than_equal: dayAgo } }] },
    ],
  }
  const ended: Where = {
    or: [
      { endDate: { less_than: now } },
      { and: [{ endDate: { exists: false } }, { startDate: { less_than: dayAgo } }] },
    ],
  }
  const read = async ({ where, sort }: { where: Where; sort: string }): Promise<Event[]> => {
    const { docs } = await reader.payload.find({
      collection: slugs.events,
      where,
      locale: lang,
      sort,
      limit,
      pagination: false,
      depth: 1,
      populate: ON_ITEM_PAGES,
      ...readerOptions(reader),
    })
    return docs
  }
  const [upcoming, past] = await Promise.all([
    read({ where: notEnded, sort: 'startDate' }),
    read({ where: ended, sort: '-startDate' }),
  ])
  return { upcoming, past }
}

/** An album as a card of the library's grids. */
export function albumCard({
  album,
  lang,
  now,
}: {
  album: Album
  lang: Locale
  now: Date
}): ItemCard {
  return collectionCard({ item: album, collection: 'albums', lang, now })
}

/** An event as a card of the library's grids, its dates (on the province's clock) first. */
export function eventCard({
  event,
  lang,
  now,
}: {
  event: Event
  lang: Locale
  now: Date
}): ItemCard {
  const card = collectionCard({ item: event, collection: 'events', lang, now })
  const dates = escapeHtml(eventDateRange({ event, lang }))
  return { ...card, snippetHtml: [dates, card.snippetHtml].filter(Boolean).join(' · ') }
}

/** An event's days as a reader of `lang` writes a range ("5–7 Dec 2026"), on the province's clock. */
export function eventDateRange({
  event,
  lang,
}: {
  event: Pick<Event, 'startDate' | 'endDate'>
  lang: Locale
}): string {
  const format = new Intl.DateTimeFormat(LOCALE_TAGS[lang], {
    dateStyle: 'medium',
    timeZone: LIBRARY_FALLBACK_TIME_ZONE,
  })
  const start = new Date(event.startDate)
  if (Number.isNaN(start.getTime())) return ''
  const end = event.endDate ? new Date(event.endDate) : null
  return end && !Number.isNaN(end.getTime()) && end > start
    ? format.formatRange(start, end)
    : format.format(start)
}

/** A media item as a card (an event's photos, videos and publications). */
export function mediaCard({
  media,
  lang,
  now,
}: {
  media: Media
  lang: Locale
  now: Date
}): ItemCard {
  const title = mediaTitle({ item: media })
  return {
    key: `media-${media.id}`,
    href: `/${lang}/media/${media.id}`,
    type: media.kind === 'video' || media.kind === 'document' ? media.kind : 'image',
    title,
    titleHtml: escapeHtml(title),
    snippetHtml: '',
    credit: media.credit ?? '',
    publishedAt: null,
    embargoUntil: embargoShown({ embargoUntil: media.embargoUntil, now }),
    locale: isLocale(media.servedLocale) ? media.servedLocale : lang,
    picture: pictureOfMedia({ media }),
  }
}

/** An article as a card (an event's articles). */
export function articleCard({
  article,
  lang,
  now,
}: {
  article: Article
  lang: Locale
  now: Date
}): ItemCard {
  const cover = (article.media ?? []).find((item): item is Media => typeof item === 'object')
  return {
    key: `articles-${article.id}`,
    href: `/${lang}/articles/${article.id}`,
    type: 'article',
    title: article.title,
    titleHtml: escapeHtml(article.title),
    snippetHtml: escapeHtml(article.summary ?? ''),
    credit: '',
    publishedAt: null,
    embargoUntil: embargoShown({ embargoUntil: article.embargoUntil, now }),
    locale: isLocale(article.servedLocale) ? article.servedLocale : lang,
    picture: cover ? pictureOfMedia({ media: cover }) : null,
  }
}

function collectionCard({
  item,
  collection,
  lang,
  now,
}: {
  item: Album | Event
  collection: 'albums' | 'events'
  lang: Locale
  now: Date
}): ItemCard {
  const cover = typeof item.cover === 'object' && item.cover !== null ? item.cover : null
  return {
    key: `${collection}-${item.id}`,
    href: `/${lang}/${collection}/${item.id}`,
    type: collection === 'albums' ? 'album' : 'event',
    title: item.title,
    titleHtml: escapeHtml(item.title),
    snippetHtml: escapeHtml(item.description ?? ''),
    credit: '',
    publishedAt: null,
    embargoUntil: embargoShown({ embargoUntil: item.embargoUntil, now }),
    locale: isLocale(item.servedLocale) ? item.servedLocale : lang,
    picture: cover ? pictureOfMedia({ media: cover }) : null,
  }
}

function embargoShown({
  embargoUntil,
  now,
}: {
  embargoUntil: string | null | undefined
  now: Date
}): string | null {
  return isStillEmbargoed({ embargoUntil, now }) ? (embargoUntil ?? null) : null
}
