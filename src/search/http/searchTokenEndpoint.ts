import type { Endpoint } from 'payload'

import { requesterOf } from '../../access/requester'
import { getEnv } from '../../env'
import { AppError, NotSignedInError } from '../../errors/AppError'
import { searchFilterFor } from '../filter/searchFilterFor'
import { getSearchIndex } from '../getSearchIndex'
import { MeilisearchSearchIndex } from '../meilisearch/MeilisearchSearchIndex'

/** How long a browser search token lives: the longest an ended embargo stays closed to it. */
export const SEARCH_TOKEN_LIFETIME_MS = 10 * 60_000

/**
 * `GET /api/library/search/token` → `{ token, host, indexUid, expiresAt }`: a Meilisearch
 * tenant token for searching from the browser, restricted by the same filter the server-side
 * search applies to this user. For signed-in journalists and staff; 501 on the embedded
 * engine, which only answers through `/api/library/search`.
 */
export const searchTokenEndpoint: Endpoint = {
  path: '/library/search/token',
  method: 'get',
  handler: async (req) => {
    const now = new Date()
    const requester = requesterOf({ user: req.user, now })
    if (requester.kind === 'anonymous') throw new NotSignedInError()
    const index = getSearchIndex({ env: getEnv(), logger: req.payload.logger })
    if (!(index instanceof MeilisearchSearchIndex)) {
      throw new AppError({ status: 501, messageKey: 'search.browserSearchUnavailable' })
    }
    // An engine that is down throws SearchUnavailableError: logged, and a translated 503.
    const token = await index.createSearchToken({
      filter: searchFilterFor({ requester, now }),
      expiresAt: new Date(now.getTime() + SEARCH_TOKEN_LIFETIME_MS),
    })
    return Response.json(token, { headers: { 'Cache-Control': 'private, no-store' } })
  },
}
