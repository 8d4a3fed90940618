import { createHash } from 'node:crypto'

import { Feed } from 'feed'
import type { Endpoint, PayloadRequest, Where } from 'payload'

import { globalSlugs, slugs } from '../../collections/slugs'
import { getEnv } from '../env'
import { translatedError } from '../errors/translatedError'
import { DEFAULT_LOCALE, LOCALES, LOCALE_TAGS, isLocale, type Locale } from '../i18n/locales'
import { richTextToPlainText } from '../security/extractText'
import { syndicationScope } from './apiClient'

const FORMATS = {
  rss: { contentType: 'application/rss+xml; charset=utf-8', render: (feed: Feed) => feed.rss2() },
  atom: {
    contentType: 'application/atom+xml; charset=utf-8',
    render: (feed: Feed) => feed.atom1(),
  },
  jsonfeed: {
    contentType: 'application/feed+json; charset=utf-8',
    render: (feed: Feed) => feed.json1(),
  },
} as const

const INFO_TYPES = ['official', 'promotional', 'world', 'clarification']
const FEED_SIZE = 50

/**
 * `GET /api/syndication/rss|atom|jsonfeed?locale&topic&infoType`: the latest public articles in
 * one published language, built with the `feed` library, photos as enclosures. Answers
 * `If-None-Match` / `If-Modified-Since` with 304 and lets caches keep it for a minute. Reads as
 * an anonymous reader through the Local API, so only what the visibility rule shows anyone is in
 * it; an API client's allowed languages and topics narrow it further.
 */
export const feedEndpoint: Endpoint = {
  path: '/syndication/:format',
  method: 'get',
  handler: async (req) => {
    const requested = req.routeParams?.format
    const format = (typeof requested === 'string' ? requested : '') as keyof typeof FORMATS
    if (!(format in FORMATS)) throw translatedError({ req, status: 404, key: 'errors.notFound' })
    const scope = syndicationScope({ req })
    const locale = (req.searchParams.get('locale') ?? DEFAULT_LOCALE) as Locale
    if (!isLocale(locale)) {
      throw translatedError({
        req,
        status: 400,
        key: 'errors.invalidParameter',
        params: { name: 'locale', expected: LOCALES.join(', ') },
      })
    }
    if (scope.locales && !scope.locales.includes(locale))
      throw translatedError({ req, status: 403, key: 'errors.forbidden' })
    const infoType = req.searchParams.get('infoType')
    if (infoType !== null && !INFO_TYPES.includes(infoType)) {
      throw translatedError({
        req,
        status: 400,
        key: 'errors.invalidParameter',
        params: { name: 'infoType', expected: INFO_TYPES.join(', ') },
      })
    }
    const topic = req.searchParams.get('topic')

    const where: Where = {
      and: [
        { publishedLocales: { in: [locale] } },
        ...(infoType ? [{ infoType: { equals: infoType } }] : []),
        ...(topic ? [{ 'topics.slug': { equals: topic } }] : []),
        ...(scope.topicIds ? [{ topics: { in: scope.topicIds } }] : []),
      ],
    }
    // Read as the public reads: no user, access enforced.
    const { docs } = await req.payload.find({
      collection: slugs.articles,
      where,
      locale,
      fallbackLocale: false,
      depth: 1,
      limit: FEED_SIZE,
      sort: '-updatedAt',
      overrideAccess: false,
    })
    const lastModified = docs.reduce(
      (latest, doc) => Math.max(latest, Date.parse(doc.updatedAt)),
      0,
    )
    const body = await renderFeed({
      req,
      format,
      locale,
      docs: docs as unknown as FeedArticle[],
      lastModified,
    })
    const etag = `"${createHash('sha256').update(body).digest('base64url').slice(0, 32)}"`
    const headers = {
      'Content-Type': FORMATS[format].contentType,
      ETag: etag,
      'Last-Modified': new Date(lastModified || 0).toUTCString(),
      'Cache-Control': 'public, max-age=60, stale-while-revalidate=300',
      Vary: 'Authorization, Accept-Language',
    }
    if (isNotModified({ req, etag, lastModified }))
      return new Response(null, { status: 304, headers })
    return new Response(body, { status: 200, headers })
  },
}

type FeedArticle = {
  id: number
  title?: string | null
  summary?: string | null
  body?: unknown
  slug?: string | null
  createdAt: string
  updatedAt: string
  agency?: { name?: string } | number | null
  topics?: Array<{ name?: string; slug?: string } | number>
  media?: Array<
    | {
        url?: string | null
        filesize?: number | null
        mimeType?: string | null
        accessTier?: string
      }
    | number
  >
}

async function renderFeed({
  req,
  format,
  locale,
  docs,
  lastModified,
}: {
  req: PayloadRequest
  format: keyof typeof FORMATS
  locale: Locale
  docs: FeedArticle[]
  lastModified: number
}): Promise<string> {
  const { publicUrl } = getEnv()
  const settings = (await req.payload.findGlobal({
    slug: globalSlugs.settings,
    locale,
    depth: 0,
  })) as {
    databaseName?: string | null
    provinceName?: string | null
  }
  const self = `${publicUrl}/api/syndication/${format}?locale=${locale}`
  const feed = new Feed({
    id: self,
    title: settings.databaseName ?? 'CSDL TTĐN',
    description: settings.provinceName ?? undefined,
    link: `${publicUrl}/${locale}`,
    language: LOCALE_TAGS[locale],
    copyright: settings.databaseName ?? 'CSDL TTĐN',
    updated: new Date(lastModified || Date.now()),
    generator: 'CSDL TTĐN',
    feedLinks: { [format === 'jsonfeed' ? 'json' : format]: self },
  })
  for (const doc of docs) {
    const link = `${publicUrl}/${locale}/articles/${doc.slug ?? doc.id}`
    const enclosure = (doc.media ?? []).find(
      (item): item is { url: string; filesize?: number | null; mimeType?: string | null } =>
        typeof item === 'object' && typeof item.url === 'string',
    )
    feed.addItem({
      id: `urn:ttdn:${new URL(publicUrl).host}:articles:${doc.id}:${locale}`,
      title: doc.title ?? '',
      link,
      description: doc.summary ?? undefined,
      content: richTextToPlainText({ value: doc.body }) || undefined,
      date: new Date(doc.updatedAt),
      published: new Date(doc.createdAt),
      category: (doc.topics ?? []).flatMap((topic) =>
        typeof topic === 'object' && topic.name ? [{ name: topic.name, term: topic.slug }] : [],
      ),
      author:
        typeof doc.agency === 'object' && doc.agency?.name
          ? [{ name: doc.agency.name }]
          : undefined,
      enclosure: enclosure
        ? {
            url: new URL(enclosure.url, publicUrl).toString(),
            length: enclosure.filesize ?? undefined,
            type: enclosure.mimeType ?? undefined,
          }
        : undefined,
    })
  }
  return FORMATS[format].render(feed)
}

function isNotModified({
  req,
  etag,
  lastModified,
}: {
  req: PayloadRequest
  etag: string
  lastModified: number
}): boolean {
  const ifNoneMatch = req.headers.get('if-none-match')
  if (ifNoneMatch)
    return ifNoneMatch.split(',').some((tag) => tag.trim() === etag || tag.trim() === `W/${etag}`)
  const ifModifiedSince = req.headers.get('if-modified-since')
  if (ifModifiedSince && lastModified > 0) {
    const since = Date.parse(ifModifiedSince)
    return !Number.isNaN(since) && Math.floor(lastModified / 1000) <= Math.floor(since / 1000)
  }
  return false
}
