import { Feed } from 'feed'
import type { Endpoint, PayloadRequest, Where } from 'payload'

import { globalSlugs, slugs } from '../../collections/slugs'
import { getEnv } from '../env'
import { LOCALE_TAGS, type Locale } from '../i18n/locales'
import { publicRenditionsOf } from '../media/download/publicRenditions'
import { richTextToPlainText } from '../text/richTextToPlainText'
import type { SyndicationScope } from './apiClient'
import { parseFeedParams, type FeedFormat } from './feedParams'
import type { RequestedTarget } from './requestedTarget'
import { cachedResponse, respondWith, type RenderedResponse } from '../http/responseCache'
import { syndicationEndpoint, type SyndicationEndpointOptions } from './syndicationEndpoint'
import { approvedItemIds } from './distributionApprovals'
import { targetArticleWhere } from './targetFilter'

const FORMATS: Record<FeedFormat, { contentType: string; render: (feed: Feed) => string }> = {
  rss: { contentType: 'application/rss+xml; charset=utf-8', render: (feed: Feed) => feed.rss2() },
  atom: {
    contentType: 'application/atom+xml; charset=utf-8',
    render: (feed: Feed) => feed.atom1(),
  },
  jsonfeed: {
    contentType: 'application/feed+json; charset=utf-8',
    render: (feed: Feed) => feed.json1(),
  },
}

const FEED_SIZE = 50

/**
 * `GET /api/syndication/rss|atom|jsonfeed?locale&topic&infoType&target`: the latest public
 * articles in one published language, built with the `feed` library, photos as enclosures.
 * Reads as an anonymous reader through the Local API, so only what the visibility rule shows
 * anyone is in it; an API client's allowed languages and topics narrow it further, and
 * `target` (a syndication target's key or id) narrows it to what that target is pushed (for a
 * target requiring department approval, the articles approved in that language).
 *
 * Rendered feeds are kept in the process, keyed by everything the body depends on and by the
 * change-log head, so a repeated request costs one indexed query and a publication or
 * withdrawal is in the very next response. Answers `If-None-Match` / `If-Modified-Since` with
 * 304 and lets HTTP caches keep it for a minute.
 */
export function createFeedEndpoint(options: SyndicationEndpointOptions = {}): Endpoint {
  return syndicationEndpoint({
    options,
    defaultPath: '/syndication/:format',
    parse: ({ req }) =>
      parseFeedParams({ format: req.routeParams?.format, searchParams: req.searchParams }),
    respond: async ({ req, cache, params, scope, target, cacheKey }) => {
      const { format, locale, infoType, topic } = params
      const key = await cacheKey({ parts: { endpoint: 'feed', format, locale, infoType, topic } })
      // Depends on nothing but the key's parts, so one render may serve concurrent requests.
      const render = () =>
        renderFeedResponse({ req, format, locale, infoType, topic, scope, target })
      const { response, isCacheHit } = cache
        ? await cache.getOrRender({ key, render })
        : { response: (await render()).response, isCacheHit: false }
      return respondWith({ headers: req.headers, response, isCacheHit })
    },
  })
}

/** The feeds as the app serves them, with their response cache. */
export const feedEndpoint: Endpoint = createFeedEndpoint()

/** Queries the articles a feed request selects and renders them in its format. */
async function renderFeedResponse({
  req,
  format,
  locale,
  infoType,
  topic,
  scope,
  target,
}: {
  req: PayloadRequest
  format: keyof typeof FORMATS
  locale: Locale
  infoType: string | null
  topic: string | null
  scope: SyndicationScope
  target: RequestedTarget | null
}): Promise<RenderedResponse> {
  const targetWhere = target
    ? targetArticleWhere({
        filter: target.filter,
        locale,
        approvedIds: target.filter.requiresApproval
          ? await approvedItemIds({ req, collection: slugs.articles, locale })
          : [],
      })
    : undefined
  const where: Where = {
    and: [
      { publishedLocales: { in: [locale] } },
      ...(infoType ? [{ infoType: { equals: infoType } }] : []),
      ...(topic ? [{ 'topics.slug': { equals: topic } }] : []),
      ...(scope.topicIds ? [{ topics: { in: scope.topicIds } }] : []),
      ...(targetWhere ? [targetWhere] : []),
    ],
  }
  // Read as the public reads: no user, access enforced. A target that takes nothing in
  // this language gets an empty feed without a query.
  const docs =
    targetWhere === null
      ? []
      : (
          await req.payload.find({
            collection: slugs.articles,
            where,
            locale,
            fallbackLocale: false,
            depth: 1,
            limit: FEED_SIZE,
            // A feed shows no total; skipping the count saves a query.
            pagination: false,
            sort: '-updatedAt',
            overrideAccess: false,
          })
        ).docs
  const lastModified = docs.reduce((latest, doc) => Math.max(latest, Date.parse(doc.updatedAt)), 0)
  const body = await renderFeed({
    req,
    format,
    locale,
    docs: docs as unknown as FeedArticle[],
    lastModified,
  })
  const response = cachedResponse({
    body,
    lastModified,
    headers: {
      'Content-Type': FORMATS[format].contentType,
      // No stale-while-revalidate: a withdrawn item must leave shared caches within the minute.
      'Cache-Control': 'public, max-age=60',
      Vary: 'Authorization, Accept-Language',
    },
  })
  return { response, isCacheable: true }
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
        renditions?: unknown
        accessTier?: string
        headline?: string | null
        alt?: string | null
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
    // The library's article page, and the first photo's public web rendition (the stock file
    // route serves originals to staff only).
    const link = `${publicUrl}/${locale}/articles/${doc.id}`
    const pictured = (doc.media ?? [])
      .flatMap((item) =>
        typeof item === 'object'
          ? publicRenditionsOf(item).map((rendition) => ({ rendition, item }))
          : [],
      )
      .find(({ rendition }) => rendition.name === 'web' || rendition.name === 'web-mp4')
    const enclosure = pictured?.rendition
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
            url: new URL(enclosure.path, publicUrl).toString(),
            length: enclosure.filesize,
            type: enclosure.mimeType,
            // Atom's enclosure link carries a title: the photo's headline, not its alt text.
            title: pictured.item.headline || pictured.item.alt || undefined,
          }
        : undefined,
    })
  }
  return FORMATS[format].render(feed)
}
