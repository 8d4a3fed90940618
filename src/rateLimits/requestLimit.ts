import type { Payload, PayloadRequest } from 'payload'

import type { RateLimitRuleName } from '../env'
import { clientAddress } from '../http/clientAddress'
import { requesterKey } from './keys'
import { consumeLimits, type RateVerdict } from './limits'
import { tooManyRequests } from './tooManyRequests'

/**
 * Counts one request against `rule` for its requester — the signed-in account or API client,
 * otherwise the client address. The one count behind both doors: Payload's endpoints
 * ({@link enforceRequestLimit}) and the library's pages and server actions
 * (src/rateLimits/libraryLimits.ts), which read their headers from Next.js.
 */
export async function consumeRequestLimit({
  payload,
  user,
  headers,
  rule,
}: {
  payload: Payload
  user: PayloadRequest['user']
  headers: Headers
  rule: RateLimitRuleName
}): Promise<RateVerdict> {
  const key = requesterKey({ user, address: clientAddress({ headers }) })
  return consumeLimits({ payload, checks: [{ rule, key }] })
}

/**
 * The first line of a custom endpoint's handler (search, downloads, renditions, the sync and
 * feeds): counts the request against `rule` ({@link consumeRequestLimit}) and throws 429 with
 * `Retry-After` once it is used up.
 */
export async function enforceRequestLimit({
  req,
  rule,
}: {
  req: PayloadRequest
  rule: RateLimitRuleName
}): Promise<void> {
  const { payload, user, headers } = req
  const verdict = await consumeRequestLimit({ payload, user, headers, rule })
  if (verdict.limited) throw tooManyRequests({ req, retryAfterSeconds: verdict.retryAfterSeconds })
}
