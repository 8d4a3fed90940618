import { Feed } from 'feed'
import type { Endpoint } from 'payload'

import { slugs } from '../../collections/slugs'
import { requesterOf } from '../access/requester'
import { getEnv } from '../env'
import { NotFoundError } from '../errors/AppError'
import { libraryTranslator } from '../i18n'
import { DEFAULT_LOCALE, LOCALE_TAGS, isLocale } from '../i18n/locales'
import { enforceRequestLimit } from '../rateLimits/requestLimit'
import { getSearchIndex } from '../search/getSearchIndex'
import { searchLibrary } from '../search/searchLibrary'
import { parseSavedSearchFeedParams } from './savedSearchFeedParams'
import { parseLibrarySearch } from './searchQuery'

const FEED_SIZE = 30

/**
 * `GET /api/library/saved-searches/:token/rss`: a journalist's saved search as RSS 2.0, newest
 * first. Feed readers carry no session, so the secret token in the URL stands for the
 * journalist, and the search runs with their visibility as it is now (an expired accreditation
 * narrows the feed to public items at once).
 */
export const savedSearchFeedEndpoint: Endpoint = {
  path: '/library/saved-searches/:token/rss',
  method: 'get',
  handler: async (req) => {
    await enforceRequestLimit({ req, rule: 'syndication' })
    const { token } = parseSavedSearchFeedParams({ token: req.routeParams?.token })
    // The token is the credential: the lookup itself is the system's.
    const { docs } = await req.payload.find({
      collection: slugs.savedSearches,
      where: { feedToken: { equals: token } },
      depth: 0,
      limit: 1,
      overrideAccess: true,
    })
    const saved = docs[0]
    // The whole account (a populated relation carries only who it is): accreditation decides
    // what the feed may show today.
    const journalist = saved
      ? await req.payload.findByID({
          collection: slugs.journalists,
          id: typeof saved.journalist === 'object' ? saved.journalist.id : saved.journalist,
          depth: 0,
          overrideAccess: true,
          disableErrors: true,
        })
      : null
    if (!saved || !journalist) throw new NotFoundError()
    const lang = isLocale(saved.locale) ? saved.locale : DEFAULT_LOCALE
    const parsed = parseLibrarySearch({
      query: new URLSearchParams(saved.query),
      lang,
      limit: FEED_SIZE,
    })
    // A saved query that no longer parses (a topic since removed): nothing to syndicate.
    if ('error' in parsed) throw new NotFoundError()

    const now = new Date()
    const requester = requesterOf({
      user: { ...journalist, collection: slugs.journalists } as unknown as NonNullable<
        typeof req.user
      >,
      now,
    })
    const result = await searchLibrary({
      index: getSearchIndex({ env: getEnv(), logger: req.payload.logger }),
      requester,
      now,
      params: { ...parsed.params, sort: 'newest', page: 1 },
    })
    const base = getEnv().publicUrl
    const t = libraryTranslator(lang)
    const feed = new Feed({
      id: `${base}/api/library/saved-searches/${token}/rss`,
      title: `${saved.name} · ${t('site.title')}`,
      link: `${base}/${lang}/search?${saved.query}`,
      language: LOCALE_TAGS[lang],
      copyright: '',
      updated: now,
    })
    for (const hit of result.hits) {
      const path = hit.collection === 'articles' ? 'articles' : 'media'
      const link = `${base}/${lang}/${path}/${hit.itemId}`
      feed.addItem({
        id: link,
        link,
        title: hit.title,
        description: hit.summary || hit.caption,
        date: hit.publishedAt ? new Date(hit.publishedAt) : now,
        ...(hit.credit ? { author: [{ name: hit.credit }] } : {}),
      })
    }
    return new Response(feed.rss2(), {
      headers: {
        'Content-Type': 'application/rss+xml; charset=utf-8',
        // Personal to one journalist: no shared cache may keep it.
        'Cache-Control': 'private, max-age=300',
      },
    })
  },
}
