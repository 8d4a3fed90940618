import type { Endpoint, PayloadRequest } from 'payload'

import { ForbiddenError } from '../errors/AppError'
import type { Locale } from '../i18n/locales'
import { enforceRequestLimit } from '../rateLimits/requestLimit'
import { syndicationScope, type SyndicationScope } from './apiClient'
import { changeLogHead } from './changeLogHead'
import { requestedTarget, type RequestedTarget } from './requestedTarget'
import { createResponseCache, responseCacheKey, type ResponseCache } from '../http/responseCache'

/**
 * What the syndication endpoints (the feeds and the ninjs sync) share: the checks every
 * request passes before anything is read, and the key its answer is kept under, so the two
 * check and cache alike.
 */

/** What a syndication endpoint is made with. */
export type SyndicationEndpointOptions = {
  /**
   * Where answers are kept between requests; `null` reads every request afresh, which only the
   * feeds bench uses, as its baseline.
   * @default a cache of its own (src/http/responseCache.ts defaults)
   */
  cache?: ResponseCache | null
  /** The endpoint's path under `/api`; each endpoint has its own default. */
  path?: string
}

/**
 * A syndication endpoint (`GET`). Each request is opened in this order: counted against the
 * `syndication` limit (429), its parameters read with `parse` (400 or 404), the caller's scope
 * worked out (403 for a disabled API client) and a `locale` outside it refused (403); `check`
 * then refuses what only this endpoint refuses, before `?target=` is looked up (403, 404).
 * `respond` answers, keeping answers in `options.cache` under {@link SyndicationAnswer.cacheKey}.
 */
export function syndicationEndpoint<Params extends { locale: Locale | null }>({
  options,
  defaultPath,
  parse,
  check,
  respond,
}: {
  options: SyndicationEndpointOptions
  defaultPath: string
  parse: (args: { req: PayloadRequest }) => Params
  check?: (args: { req: PayloadRequest; params: Params }) => void
  respond: (answer: SyndicationAnswer<Params>) => Promise<Response>
}): Endpoint {
  const cache = options.cache === undefined ? createResponseCache() : options.cache
  return {
    path: options.path ?? defaultPath,
    method: 'get',
    handler: async (req) => {
      await enforceRequestLimit({ req, rule: 'syndication' })
      const params = parse({ req })
      const scope = syndicationScope({ req })
      if (params.locale && scope.locales && !scope.locales.includes(params.locale)) {
        throw new ForbiddenError()
      }
      check?.({ req, params })
      const target = await requestedTarget({ req, scope })
      const cacheKey: SyndicationAnswer<Params>['cacheKey'] = async ({ parts }) =>
        responseCacheKey({
          parts: {
            ...parts,
            target: target && [target.id, target.revision],
            scope: [scope.locales, scope.topicIds],
            head: cache ? await changeLogHead({ payload: req.payload, req }) : null,
          },
        })
      return respond({ req, cache, params, scope, target, cacheKey })
    },
  }
}

/** What an endpoint's `respond` answers a checked request with. */
export type SyndicationAnswer<Params> = {
  req: PayloadRequest
  /** Where answers are kept; null renders each afresh. */
  cache: ResponseCache | null
  params: Params
  scope: SyndicationScope
  /** The syndication target the request narrowed itself to with `?target=`. */
  target: RequestedTarget | null
  /**
   * The key an answer is kept under: `parts` (the endpoint and whatever of its parameters the
   * body depends on), the target and its revision, the caller's scope, and — when there is a
   * cache — the change-log head, so a publication or withdrawal misses at once.
   */
  cacheKey: (args: { parts: { endpoint: string } & Record<string, unknown> }) => Promise<string>
}
