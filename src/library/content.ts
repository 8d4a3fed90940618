import escapeHtml from 'escape-html'
import type { DataFromCollectionSlug, Where } from 'payload'
import { cache } from 'react'

import { globalSlugs, slugs } from '../../collections/slugs'
import { relationId } from '../access/requester'
import { getEnv } from '../env'
import { nullWhenNotFound } from '../errors/notFound'
import { DEFAULT_LOCALE, isLocale, type Locale } from '../i18n/locales'
import { getSearchIndex } from '../search/getSearchIndex'
import {
  SEARCHABLE_COLLECTIONS,
  type ItemType,
  type SearchableCollection,
  type SearchHit,
} from '../search/SearchIndex'
import {
  librarySearchParams,
  searchLibrary,
  type LibrarySearchParams,
  type LibrarySearchResult,
} from '../search/searchLibrary'
import { isStillEmbargoed } from '../workflow/embargoWindow'
import { pickLocalized, type LocalizedValue } from './localizedValue'
import { pictureOf, type Picture, type RenditionRecord } from './pictures'
import { ON_ITEM_PAGES } from './eventGathering'
import { readerOptions, type Reader } from './reader'

/** One result or teaser as the library lists it. */
export type ItemCard = {
  key: string
  href: string
  type: ItemType
  title: string
  /** HTML from the search engine: everything escaped except `<mark>` around matched words. */
  titleHtml: string
  snippetHtml: string
  credit: string
  publishedAt: string | null
  /** The public release time while the item is still embargoed (a press reader's window). */
  embargoUntil: string | null
  locale: Locale
  picture: Picture | null
}

/**
 * The province, the database, the managing agency and the footer's texts, each in the
 * reader's language or the fallback it came from (`sources`, so the page can mark it), for the
 * header and footer. An empty text is `''`.
 */
export type SiteInfo = Record<SiteText, string> & {
  contactEmail: string | null
  /** The language each text is written in (the reader's unless it fell back). */
  sources: Record<SiteText, Locale>
}

/** The settings' texts a page shows. */
export type SiteText =
  | 'provinceName'
  | 'databaseName'
  | 'managingAgency'
  | 'footerText'
  | 'usageTerms'

/**
 * The settings in `lang`, read once per render (React `cache`, keyed by the render's reader):
 * the layout's metadata, the layout and the home page all need them. Read in every locale, so
 * that a text missing in `lang` is shown in its fallback and known to be one.
 */
export function getSiteInfo({ reader, lang }: { reader: Reader; lang: Locale }): Promise<SiteInfo> {
  return siteInfoOnce(reader, lang)
}

const siteInfoOnce = cache(async (reader: Reader, lang: Locale): Promise<SiteInfo> => {
  const settings = (await reader.payload.findGlobal({
    slug: globalSlugs.settings,
    locale: 'all',
    depth: 1,
    select: {
      provinceName: true,
      databaseName: true,
      managingAgency: true,
      contactEmail: true,
      footerText: true,
      usageTerms: true,
    } as Record<string, true>,
    populate: { [slugs.agencies]: { name: true } },
    ...readerOptions(reader),
  })) as unknown as Record<SiteText, unknown> & { contactEmail?: string | null }
  const agency = settings.managingAgency
  const values: Record<SiteText, unknown> = {
    provinceName: settings.provinceName,
    databaseName: settings.databaseName,
    managingAgency:
      agency && typeof agency === 'object' ? (agency as { name?: unknown }).name : null,
    footerText: settings.footerText,
    usageTerms: settings.usageTerms,
  }
  const texts = {} as Record<SiteText, string>
  const sources = {} as Record<SiteText, Locale>
  for (const field of Object.keys(values) as SiteText[]) {
    const picked = pickLocalized({ values: values[field], lang })
    texts[field] = picked?.text ?? ''
    sources[field] = picked?.locale ?? lang
  }
  return { ...texts, contactEmail: settings.contactEmail ?? null, sources }
})

/**
 * Runs a library search for the reader (the engine filters by the visibility rule) and turns
 * the hits into cards, reading each hit's picture through the Local API as the reader — an
 * item the reader may not read there is dropped, so a stale index can never show it.
 */
export async function searchCards({
  reader,
  params,
  lang,
}: {
  reader: Reader
  params: LibrarySearchParams
  lang: Locale
}): Promise<{ result: LibrarySearchResult; cards: ItemCard[] }> {
  const result = await searchLibrary({
    index: getSearchIndex({ env: getEnv(), logger: reader.payload.logger }),
    requester: reader.requester,
    now: reader.now,
    params,
  })
  return { result, cards: await cardsForHits({ reader, hits: result.hits, lang }) }
}

/** The newest items (optionally of one topic or agency), as cards. */
export async function latestCards({
  reader,
  lang,
  limit,
  type = [],
  topic = [],
  agency = [],
}: {
  reader: Reader
  lang: Locale
  limit: number
  type?: ItemType[]
  topic?: string[]
  agency?: string[]
}): Promise<ItemCard[]> {
  const { cards } = await searchCards({
    reader,
    lang,
    params: librarySearchParams({ locale: lang, type, topic, agency, sort: 'newest', limit }),
  })
  return cards
}

/** Featured articles the reader may see, newest first, in the reader's language or fallback. */
export async function featuredCards({
  reader,
  lang,
  limit,
}: {
  reader: Reader
  lang: Locale
  limit: number
}): Promise<ItemCard[]> {
  const { docs } = await reader.payload.find({
    collection: slugs.articles,
    where: { isFeatured: { equals: true } },
    sort: '-updatedAt',
    limit,
    pagination: false,
    depth: 1,
    locale: lang,
    select: { title: true, summary: true, media: true, servedLocale: true },
    populate: PICTURE_FIELDS,
    ...readerOptions(reader),
  })
  return docs.map((article) => {
    const served = isLocale(article.servedLocale) ? article.servedLocale : lang
    const title = typeof article.title === 'string' ? article.title : ''
    return {
      key: `articles-${article.id}`,
      href: `/${lang}/articles/${article.id}`,
      type: 'article',
      title,
      titleHtml: escapeHtml(title),
      snippetHtml: escapeHtml(article.summary ?? ''),
      credit: '',
      publishedAt: null,
      embargoUntil: null,
      locale: served,
      picture: firstPicture({ media: article.media, size: 'web' }),
    }
  })
}

/** Turns search hits into cards with the picture each one shows. */
export async function cardsForHits({
  reader,
  hits,
  lang,
}: {
  reader: Reader
  hits: SearchHit[]
  lang: Locale
}): Promise<ItemCard[]> {
  const pictures = new Map(
    await Promise.all(
      SEARCHABLE_COLLECTIONS.map(
        async (collection) =>
          [
            collection,
            await readPictures({
              reader,
              collection,
              ids: hits.filter((hit) => hit.collection === collection).map((hit) => hit.itemId),
            }),
          ] as const,
      ),
    ),
  )
  return hits.flatMap((hit): ItemCard[] => {
    const readable = pictures.get(hit.collection)
    if (!readable?.has(hit.itemId)) return []
    return [
      {
        key: hit.id,
        // Each searchable collection's pages are at its own name (/articles/…, /albums/…).
        href: `/${lang}/${hit.collection}/${hit.itemId}`,
        type: hit.type,
        title: hit.title,
        titleHtml: hit.highlight.title,
        snippetHtml: hit.highlight.snippet,
        credit: hit.credit,
        publishedAt: hit.publishedAt,
        embargoUntil: isStillEmbargoed({ embargoUntil: hit.embargoUntil, now: reader.now })
          ? hit.embargoUntil
          : null,
        locale: hit.locale,
        picture: readable.get(hit.itemId) ?? null,
      },
    ]
  })
}

/**
 * Reads the items behind `ids` as the reader, answering each readable item's picture
 * (null when it has none). Unreadable items are absent from the map.
 */
async function readPictures({
  reader,
  collection,
  ids,
}: {
  reader: Reader
  collection: SearchableCollection
  ids: string[]
}): Promise<Map<string, Picture | null>> {
  const pictures = new Map<string, Picture | null>()
  if (ids.length === 0) return pictures
  const where: Where = { id: { in: ids } }
  if (collection === 'albums' || collection === 'events') {
    // Pictured by their cover.
    const { docs } = await reader.payload.find({
      collection,
      where,
      limit: ids.length,
      pagination: false,
      depth: 1,
      locale: DEFAULT_LOCALE,
      select: { cover: true },
      populate: PICTURE_FIELDS,
      ...readerOptions(reader),
    })
    for (const doc of docs) pictures.set(String(doc.id), firstPicture({ media: [doc.cover] }))
    return pictures
  }
  if (collection === 'articles') {
    const { docs } = await reader.payload.find({
      collection: slugs.articles,
      where,
      limit: ids.length,
      pagination: false,
      depth: 1,
      locale: DEFAULT_LOCALE,
      select: { media: true },
      populate: PICTURE_FIELDS,
      ...readerOptions(reader),
    })
    for (const doc of docs) pictures.set(String(doc.id), firstPicture({ media: doc.media }))
  } else {
    const { docs } = await reader.payload.find({
      collection: slugs.media,
      where,
      limit: ids.length,
      pagination: false,
      depth: 0,
      locale: DEFAULT_LOCALE,
      select: PICTURE_FIELDS[slugs.media],
      ...readerOptions(reader),
    })
    for (const doc of docs) pictures.set(String(doc.id), pictureOfMedia({ media: doc }))
  }
  return pictures
}

/** What a card's picture needs of a media item (pictureOfMedia), and no more. */
const PICTURE_FIELDS = {
  [slugs.media]: { renditions: true, placeholder: true, alt: true },
} as const

/** The picture of a media document (as read through the Local API) at `size`. */
export function pictureOfMedia({
  media,
  size = 'thumb',
}: {
  media: { renditions?: unknown; placeholder?: unknown; alt?: unknown }
  size?: 'thumb' | 'web' | 'large'
}): Picture | null {
  return pictureOf({
    renditions: Array.isArray(media.renditions) ? (media.renditions as RenditionRecord[]) : [],
    size,
    placeholder: typeof media.placeholder === 'string' ? media.placeholder : null,
    alt: typeof media.alt === 'string' ? media.alt : '',
  })
}

/** The picture of the first populated media item that has one. */
export function firstPicture({
  media,
  size = 'thumb',
}: {
  media: unknown
  size?: 'thumb' | 'web' | 'large'
}): Picture | null {
  if (!Array.isArray(media)) return null
  for (const item of media) {
    if (!item || typeof item !== 'object') continue
    const picture = pictureOfMedia({ media: item as Record<string, unknown>, size })
    if (picture) return picture
  }
  return null
}

/** Topics for navigation: top-level ones first, in the reader's language. */
export async function listTopics({
  reader,
  lang,
}: {
  reader: Reader
  lang: Locale
}): Promise<Array<{ id: string; slug: string; name: string; isTopLevel: boolean }>> {
  const { docs } = await reader.payload.find({
    collection: slugs.topics,
    limit: 200,
    pagination: false,
    depth: 0,
    sort: 'name',
    locale: lang,
    select: { slug: true, name: true, parent: true },
    ...readerOptions(reader),
  })
  return docs
    .map((topic) => ({
      id: String(topic.id),
      slug: String(topic.slug ?? topic.id),
      name: String(topic.name ?? ''),
      isTopLevel: relationId(topic.parent) === null,
    }))
    .sort((a, b) => Number(b.isTopLevel) - Number(a.isTopLevel))
}

/**
 * The name of a topic or an agency for a reader of `lang`, and the language it is in: theirs,
 * or the fallback (src/library/localizedValue.ts), so that its page can mark it.
 */
export async function readLocalizedName({
  reader,
  collection,
  id,
  lang,
}: {
  reader: Reader
  collection: 'topics' | 'agencies'
  id: number | string
  lang: Locale
}): Promise<LocalizedValue | null> {
  const doc = await reader.payload.findByID({
    collection,
    id,
    locale: 'all',
    depth: 0,
    select: { name: true },
    ...readerOptions(reader),
  })
  return pickLocalized({ values: (doc as { name?: unknown }).name, lang })
}

/** Contributing agencies, in the reader's language. */
export async function listAgencies({
  reader,
  lang,
}: {
  reader: Reader
  lang: Locale
}): Promise<Array<{ id: string; code: string; name: string }>> {
  const { docs } = await reader.payload.find({
    collection: slugs.agencies,
    limit: 500,
    pagination: false,
    depth: 0,
    sort: 'name',
    locale: lang,
    select: { code: true, name: true },
    ...readerOptions(reader),
  })
  return docs.map((agency) => ({
    id: String(agency.id),
    code: String(agency.code),
    name: String(agency.name ?? ''),
  }))
}

/** The collections whose items have a page of their own (`/{collection}/{id}`). */
export type ItemPageCollection = 'articles' | 'media' | 'albums' | 'events'

/**
 * One article, media item, album or event as the reader may see it (depth 1), in their language when it is
 * published in it, otherwise in the fallback the locale rule chose (serveOnlyPublishedLocales);
 * null when it does not exist or the reader may not see it. Cached per render, so a page and
 * its metadata read it once. The related items carry only what the item's page shows of them.
 */
export function readItem<Collection extends ItemPageCollection>({
  reader,
  collection,
  id,
  lang,
}: {
  reader: Reader
  collection: Collection
  id: string
  lang: Locale
}): Promise<DataFromCollectionSlug<Collection> | null> {
  return itemOnce(
    reader,
    collection,
    id,
    lang,
  ) as Promise<DataFromCollectionSlug<Collection> | null>
}

const itemOnce = cache(
  async (
    reader: Reader,
    collection: ItemPageCollection,
    id: string,
    lang: Locale,
  ): Promise<DataFromCollectionSlug<ItemPageCollection> | null> => {
    if (!/^\w{1,64}$/.test(id)) return null
    return nullWhenNotFound({
      read: reader.payload.findByID({
        collection,
        id,
        locale: lang,
        depth: 1,
        populate: ON_ITEM_PAGES,
        ...readerOptions(reader),
      }),
    })
  },
)

/** A topic by its slug or an agency by its code, in the reader's language; null when none. */
export function readByKey<Collection extends 'topics' | 'agencies'>({
  reader,
  collection,
  key,
  lang,
}: {
  reader: Reader
  collection: Collection
  key: string
  lang: Locale
}): Promise<DataFromCollectionSlug<Collection> | null> {
  return byKeyOnce(
    reader,
    collection,
    key,
    lang,
  ) as Promise<DataFromCollectionSlug<Collection> | null>
}

const byKeyOnce = cache(
  async (
    reader: Reader,
    collection: 'topics' | 'agencies',
    key: string,
    lang: Locale,
  ): Promise<DataFromCollectionSlug<'topics' | 'agencies'> | null> => {
    const { docs } = await reader.payload.find({
      collection,
      where: collection === 'topics' ? { slug: { equals: key } } : { code: { equals: key } },
      limit: 1,
      pagination: false,
      depth: 0,
      locale: lang,
      ...readerOptions(reader),
    })
    return docs[0] ?? null
  },
)
