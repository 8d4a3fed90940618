import type { Metadata } from 'next'
import { cache } from 'react'

import { getEnv } from '../../env'
import { libraryTranslator } from '../../i18n'
import { LOCALES, isLocale, type Locale } from '../../i18n/locales'
import { mediaTitle } from '../../media/metadata/mediaTitle'
import type { Album, Article, Event, Media } from '../../payload-types'
import { albumMedia } from '../eventGathering'
import {
  getSiteInfo,
  pictureOfMedia,
  readByKey,
  readItem,
  type ItemPageCollection,
} from '../content'
import { getReader, type Reader } from '../reader'
import { shareMetadata, unsharedMetadata, type SharePage } from './shareMetadata'
import {
  collectionPageJsonLd,
  eventJsonLd,
  imageGalleryJsonLd,
  mediaJsonLd,
  newsArticleJsonLd,
  organizationJsonLd,
  websiteJsonLd,
  type AgencyNode,
  type JsonLd,
  type SharedImage,
  type SiteNode,
} from './structuredData'

/**
 * What a page tells search engines and link previews — Open Graph and Twitter tags, canonical
 * and `hreflang` links, JSON-LD — read as an ANONYMOUS reader, whoever asked for the page. A
 * journalist's render of a press-only item therefore carries no shareable tags at all (its
 * public view is nothing), and a public item's tags are the same for every reader: only web-size
 * renditions, only the public fields. So whatever a crawler, a chat app's link preview or a
 * cache keeps of a page, it never holds more than the public may read.
 */

/** The reader who stands for the public: the request's reader with the user taken away. */
export const getPublicReader = cache(
  async (): Promise<Reader> => anonymousReader(await getReader()),
)

/** The anonymous reader behind `reader` (the same object when it is anonymous already). */
export function anonymousReader(reader: Reader): Reader {
  if (!reader.user) return reader
  return { ...reader, user: null, requester: { kind: 'anonymous' } }
}

/** The library's absolute URL of `path` in `lang` (`/articles/12` → `https://…/en/articles/12`). */
export function pageUrl({ lang, path }: { lang: Locale; path: string }): string {
  return `${getEnv().publicUrl}/${lang}${path}`
}

/**
 * The metadata of an item's page (article, media, album, event). `title` is what the reader's own view is called: a
 * page the public may not read keeps it in the browser's tab, and nothing else.
 */
export async function itemMetadata({
  collection,
  id,
  lang,
  title,
}: {
  collection: ItemPageCollection
  id: string
  lang: Locale
  title: string
}): Promise<Metadata> {
  const shared = await publicItem(collection, id, lang)
  return shared ? shareMetadata(shared.page) : unsharedMetadata({ title })
}

/**
 * The JSON-LD of an article, media, album or event page; null when the public may not read the
 * item.
 */
export async function itemJsonLd({
  collection,
  id,
  lang,
}: {
  collection: ItemPageCollection
  id: string
  lang: Locale
}): Promise<JsonLd | null> {
  return (await publicItem(collection, id, lang))?.jsonLd ?? null
}

/** The metadata and JSON-LD of a topic's or an agency's page; null when there is none. */
export async function collectionShareData({
  collection,
  key,
  lang,
}: {
  collection: 'topics' | 'agencies'
  key: string
  lang: Locale
}): Promise<{ metadata: Metadata; jsonLd: JsonLd } | null> {
  const reader = await getPublicReader()
  const doc = await readByKey({ reader, collection, key, lang })
  if (!doc) return null
  const site = await siteNode({ lang })
  const path = `/${collection}/${key}`
  const url = pageUrl({ lang, path })
  const description =
    collection === 'topics' ? ((doc as { description?: string | null }).description ?? null) : null
  const metadata = shareMetadata({
    title: doc.name,
    // An agency's description is its website: not a text for search engines.
    description,
    url,
    languages: everyLanguage({ path }),
    locale: lang,
    siteName: site.name,
    image: null,
    kind: { type: 'website' },
  })
  const jsonLd =
    collection === 'agencies'
      ? organizationJsonLd({
          name: doc.name,
          url,
          website: (doc as { website?: string | null }).website ?? null,
          site,
        })
      : collectionPageJsonLd({ name: doc.name, description, url, locale: lang, site })
  return { metadata, jsonLd }
}

/** The metadata and JSON-LD of the library's home in `lang`. */
export async function homeShareData({
  lang,
}: {
  lang: Locale
}): Promise<{ metadata: Metadata; jsonLd: JsonLd }> {
  const site = await siteNode({ lang })
  const info = await getSiteInfo({ reader: await getPublicReader(), lang })
  const description = libraryTranslator(lang)('site.tagline', { province: info.provinceName })
  const metadata = shareMetadata({
    title: site.name,
    description,
    url: site.url,
    languages: everyLanguage({ path: '' }),
    locale: lang,
    siteName: site.name,
    image: null,
    kind: { type: 'website' },
  })
  // A page's own title goes through the layout's template ("%s · site"): the home is the site.
  metadata.title = { absolute: site.name }
  const searchUrlTemplate = `${pageUrl({ lang, path: '/search' })}?q={search_term_string}`
  return {
    metadata,
    jsonLd: websiteJsonLd({ site, locale: lang, description, searchUrlTemplate }),
  }
}

/**
 * The share page and JSON-LD of an item as the public sees it, once per render (React `cache`
 * compares arguments by identity: hence plain values, not one object).
 */
const publicItem = cache(
  async (
    collection: ItemPageCollection,
    id: string,
    lang: Locale,
  ): Promise<{ page: SharePage; jsonLd: JsonLd } | null> => {
    const reader = await getPublicReader()
    const site = await siteNode({ lang })
    if (collection === 'albums') {
      const album = await readItem({ reader, collection, id, lang })
      return album ? albumView({ album, lang, site }) : null
    }
    if (collection === 'events') {
      const event = await readItem({ reader, collection, id, lang })
      return event ? eventView({ event, lang, site }) : null
    }
    if (collection === 'articles') {
      const article = await readItem({ reader, collection, id, lang })
      return article ? articleView({ article, lang, site }) : null
    }
    const media = await readItem({ reader, collection, id, lang })
    return media ? mediaView({ media, lang, site }) : null
  },
)

function articleView({ article, lang, site }: { article: Article; lang: Locale; site: SiteNode }): {
  page: SharePage
  jsonLd: JsonLd
} {
  const { served, path, url } = itemAddress({ item: article, collection: 'articles', lang })
  const images = (article.media ?? []).flatMap((item) =>
    typeof item === 'object' ? (sharedImage({ media: item }) ?? []) : [],
  )
  const topics = (article.topics ?? []).flatMap((topic) =>
    typeof topic === 'object' && topic.name ? [topic.name] : [],
  )
  const datePublished = publicSince(article)
  return {
    page: {
      title: article.title,
      description: article.summary ?? null,
      url,
      languages: publishedLanguages({ item: article, path }),
      locale: served,
      siteName: site.name,
      image: images[0] ?? null,
      kind: {
        type: 'article',
        publishedTime: datePublished,
        modifiedTime: article.updatedAt,
        tags: topics,
      },
    },
    jsonLd: newsArticleJsonLd({
      url,
      locale: served,
      headline: article.title,
      description: article.summary ?? null,
      datePublished,
      dateModified: article.updatedAt,
      images,
      agency: agencyNode({ agency: article.agency, lang }),
      site,
      topics,
      place: article.place?.name ? { ...article.place, name: article.place.name } : null,
    }),
  }
}

function mediaView({ media, lang, site }: { media: Media; lang: Locale; site: SiteNode }): {
  page: SharePage
  jsonLd: JsonLd
} {
  const { served, path, url } = itemAddress({ item: media, collection: 'media', lang })
  const name = mediaTitle({ item: media })
  const image = sharedImage({ media })
  const videoUrl = webVideoUrl({ media })
  const datePublished = publicSince(media)
  const caption = media.caption?.trim() || null
  return {
    page: {
      title: name,
      description: caption ? shorten({ text: caption, max: 300 }) : null,
      url,
      languages: publishedLanguages({ item: media, path }),
      locale: served,
      siteName: site.name,
      image,
      kind: media.kind === 'video' ? { type: 'video', videoUrl } : { type: 'website' },
    },
    jsonLd: mediaJsonLd({
      kind: media.kind,
      url,
      locale: served,
      name,
      caption,
      image,
      videoUrl,
      durationSeconds: media.video?.durationSeconds ?? null,
      datePublished,
      dateModified: media.updatedAt,
      dateCreated: media.dateTaken ?? null,
      credit: media.credit ?? null,
      creator: media.creator ?? null,
      copyrightNotice: media.copyrightNotice ?? null,
      licenseUrl: LICENCE_URLS[media.licence ?? ''] ?? url,
      keywords: media.keywords ?? [],
      placeName: media.placeShown ?? null,
      agency: agencyNode({ agency: media.agency, lang }),
      site,
    }),
  }
}

function albumView({ album, lang, site }: { album: Album; lang: Locale; site: SiteNode }): {
  page: SharePage
  jsonLd: JsonLd
} {
  const { served, path, url } = itemAddress({ item: album, collection: 'albums', lang })
  const cover =
    typeof album.cover === 'object' && album.cover ? sharedImage({ media: album.cover }) : null
  const images = albumMedia({ album }).flatMap((media) =>
    media.kind === 'image' ? (sharedImage({ media }) ?? []) : [],
  )
  const description = album.description?.trim() || null
  const datePublished = publicSince(album)
  return {
    page: {
      title: album.title,
      description: description ? shorten({ text: description, max: 300 }) : null,
      url,
      languages: publishedLanguages({ item: album, path }),
      locale: served,
      siteName: site.name,
      image: cover ?? images[0] ?? null,
      kind: { type: 'website' },
    },
    jsonLd: imageGalleryJsonLd({
      name: album.title,
      description,
      url,
      locale: served,
      datePublished,
      dateModified: album.updatedAt,
      cover,
      images,
      place: album.place?.name ? { ...album.place, name: album.place.name } : null,
      agency: agencyNode({ agency: album.agency, lang }),
      site,
    }),
  }
}

function eventView({ event, lang, site }: { event: Event; lang: Locale; site: SiteNode }): {
  page: SharePage
  jsonLd: JsonLd
} {
  const { served, path, url } = itemAddress({ item: event, collection: 'events', lang })
  const image =
    typeof event.cover === 'object' && event.cover ? sharedImage({ media: event.cover }) : null
  const description = event.description?.trim() || null
  return {
    page: {
      title: event.title,
      description: description ? shorten({ text: description, max: 300 }) : null,
      url,
      languages: publishedLanguages({ item: event, path }),
      locale: served,
      siteName: site.name,
      image,
      kind: { type: 'website' },
    },
    jsonLd: eventJsonLd({
      name: event.title,
      description,
      url,
      startDate: event.startDate,
      endDate: event.endDate ?? null,
      place: event.place?.name ? { ...event.place, name: event.place.name } : null,
      image,
      agency: agencyNode({ agency: event.agency, lang }),
      site,
    }),
  }
}

/** The public pages of the Creative Commons licences; the others are stated on the item's page. */
const LICENCE_URLS: Record<string, string> = {
  'cc-by-4.0': 'https://creativecommons.org/licenses/by/4.0/',
  'cc-by-nc-4.0': 'https://creativecommons.org/licenses/by-nc/4.0/',
  'public-domain': 'https://creativecommons.org/publicdomain/mark/1.0/',
}

async function siteNode({ lang }: { lang: Locale }): Promise<SiteNode> {
  const info = await getSiteInfo({ reader: await getPublicReader(), lang })
  return {
    name: info.databaseName || libraryTranslator(lang)('site.title'),
    url: pageUrl({ lang, path: '' }),
    publisher: info.managingAgency ? { name: info.managingAgency } : null,
  }
}

/**
 * The picture anonymous readers may fetch, as an absolute URL: the web size at most (the large
 * rendition and the original are the press's, src/media/download/entitlements.ts).
 */
function sharedImage({ media }: { media: Media }): SharedImage | null {
  const picture = pictureOfMedia({ media, size: 'web' })
  if (!picture) return null
  return {
    url: absolute(picture.src),
    width: picture.width,
    height: picture.height,
    alt: picture.alt,
  }
}

function webVideoUrl({ media }: { media: Media }): string | null {
  if (media.kind !== 'video') return null
  const web = (media.renditions ?? []).find(
    (rendition) => rendition.size === 'web' && rendition.format === 'mp4' && rendition.url,
  )
  return web?.url ? absolute(web.url) : null
}

function agencyNode({ agency, lang }: { agency: unknown; lang: Locale }): AgencyNode | null {
  if (!agency || typeof agency !== 'object') return null
  const { code, name } = agency as { code?: unknown; name?: unknown }
  if (typeof code !== 'string' || typeof name !== 'string' || name === '') return null
  return { name, url: pageUrl({ lang, path: `/agencies/${code}` }) }
}

/**
 * Where an item's page is: the language it is served in for `lang` (its own, or the fallback
 * the locale rule chose), its path, and its canonical URL in that language.
 */
function itemAddress({
  item,
  collection,
  lang,
}: {
  item: { id: number; servedLocale?: string | null }
  collection: ItemPageCollection
  lang: Locale
}): { served: Locale; path: string; url: string } {
  const served = isLocale(item.servedLocale) ? item.servedLocale : lang
  const path = `/${collection}/${item.id}`
  return { served, path, url: pageUrl({ lang: served, path }) }
}

/** The item's page in each language it is published in (every one when it names none). */
function publishedLanguages({
  item,
  path,
}: {
  item: { publishedLocales?: string[] | null }
  path: string
}): Partial<Record<Locale, string>> {
  const published = (item.publishedLocales ?? []).filter(isLocale)
  return everyLanguage({ path, locales: published.length > 0 ? published : LOCALES })
}

function everyLanguage({
  path,
  locales = LOCALES,
}: {
  path: string
  locales?: readonly Locale[]
}): Partial<Record<Locale, string>> {
  return Object.fromEntries(locales.map((locale) => [locale, pageUrl({ lang: locale, path })]))
}

function absolute(url: string): string {
  return /^https?:\/\//.test(url) ? url : `${getEnv().publicUrl}${url}`
}

function shorten({ text, max }: { text: string; max: number }): string {
  if (text.length <= max) return text
  const cut = text.slice(0, max)
  const space = cut.lastIndexOf(' ')
  return `${(space > max / 2 ? cut.slice(0, space) : cut).trimEnd()}…`
}

/**
 * When an item became public, as far as the public can tell: the later of its scheduled
 * publication and its embargo lift, else its creation (the editorial timeline is staff-only).
 */
function publicSince(item: {
  createdAt: string
  publishAt?: string | null
  embargoLiftedAt?: string | null
}): string {
  const times = [item.publishAt, item.embargoLiftedAt]
    .filter((time): time is string => typeof time === 'string' && time !== '')
    .sort()
  return times.at(-1) ?? item.createdAt
}
