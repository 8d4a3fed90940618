import type { Endpoint, PayloadRequest } from 'payload'

import { requesterOf } from '../../access/requester'
import { getEnv } from '../../env'
import { translatedError } from '../../errors/translatedError'
import { requestLanguage, translate } from '../../i18n'
import { enforceRequestLimit } from '../../rateLimits/requestLimit'
import { SearchEngineError, SearchUnavailableError } from '../errors'
import { getSearchIndex } from '../getSearchIndex'
import { searchLibrary, type FacetValue, type LibrarySearchResult } from '../searchLibrary'
import { parseSearchParams } from './parseSearchParams'

/**
 * `GET /api/library/search?q&locale&type&topic&agency&infoType&year&page&limit&sort` →
 * `{ hits, facets, total, page, limit, totalPages, servedLocale }`, for whoever is asking
 * (anonymous, journalist, staff): hits, totals and facet counts come from the visibility rule.
 * A bad parameter is a 400 in the caller's language; an unreachable engine a 503.
 */
export const searchEndpoint: Endpoint = {
  path: '/library/search',
  method: 'get',
  handler: async (req) => {
    await enforceRequestLimit({ req, rule: 'search' })
    const language = requestLanguage({ searchParams: req.searchParams, headers: req.headers })
    const parsed = parseSearchParams({
      searchParams: req.searchParams,
      defaultLocale: language,
    })
    if ('error' in parsed) {
      const { name, expected } = parsed.error
      throw translatedError({
        req,
        status: 400,
        key: 'errors.invalidParameter',
        params: { name, expected: translate({ locale: language, ...expected }) },
      })
    }
    const now = new Date()
    try {
      const result = await searchLibrary({
        index: getSearchIndex({ env: getEnv(), logger: req.payload.logger }),
        requester: requesterOf({ user: req.user, now }),
        now,
        params: parsed.params,
      })
      return Response.json(await withFacetLabels({ req, result }), {
        headers: {
          'Cache-Control': 'private, no-store',
          Vary: 'Authorization, Cookie, Accept-Language',
        },
      })
    } catch (error) {
      if (error instanceof SearchUnavailableError || error instanceof SearchEngineError) {
        req.payload.logger.error({ msg: 'Library search failed', err: error })
        throw translatedError({ req, status: 503, key: 'health.searchUnavailable' })
      }
      throw error
    }
  },
}

/** Names the topic and agency facet values in the served locale (both lists are public). */
async function withFacetLabels({
  req,
  result,
}: {
  req: PayloadRequest
  result: LibrarySearchResult
}): Promise<LibrarySearchResult> {
  const label = async (collection: 'topics' | 'agencies', values: FacetValue[]) => {
    if (values.length === 0) return values
    const { docs } = await req.payload.find({
      collection,
      where: { id: { in: values.map(({ value }) => value) } },
      locale: result.servedLocale,
      depth: 0,
      limit: values.length,
      pagination: false,
      select: { name: true },
      overrideAccess: false,
      user: req.user,
      req,
    })
    const names = new Map(docs.map((doc) => [String(doc.id), (doc as { name?: string }).name]))
    return values.map((value) => ({ ...value, label: names.get(value.value) ?? value.value }))
  }
  const [topic, agency] = await Promise.all([
    label('topics', result.facets.topic),
    label('agencies', result.facets.agency),
  ])
  return { ...result, facets: { ...result.facets, topic, agency } }
}
