import type { Endpoint, PayloadRequest } from 'payload'

import { requesterOf } from '../../access/requester'
import { getEnv } from '../../env'
import { InvalidParameterError } from '../../errors/AppError'
import { requestLanguage } from '../../i18n'
import { enforceRequestLimit } from '../../rateLimits/requestLimit'
import { getSearchIndex } from '../getSearchIndex'
import { searchLibrary, type FacetValue, type LibrarySearchResult } from '../searchLibrary'
import { parseSearchParams } from './parseSearchParams'

/**
 * `GET /api/library/search?q&locale&type&topic&agency&infoType&year&from&to&page&limit&sort` →
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
    if ('error' in parsed) throw new InvalidParameterError(parsed.error)
    const now = new Date()
    // An engine that is down throws SearchUnavailableError: logged, and a 503 in the
    // requester's language (src/errors/errorResponse.ts).
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
