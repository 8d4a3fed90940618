import type { PayloadRequest } from 'payload'

import type { RateLimitRuleName } from '../env'
import { clientAddress } from '../http/clientAddress'
import { requesterKey } from './keys'
import { consumeLimits } from './limits'
import { tooManyRequests } from './tooManyRequests'

/**
 * The first line of a custom endpoint's handler (search, downloads, renditions, the sync and
 * feeds): counts the request against `rule` for its requester — the signed-in account or API
 * client, otherwise the client address — and throws 429 with `Retry-After` once it is used up.
 */
export async function enforceRequestLimit({
  req,
  rule,
}: {
  req: PayloadRequest
  rule: RateLimitRuleName
}): Promise<void> {
  const verdict = await consumeLimits({
    payload: req.payload,
    checks: [
      {
        rule,
        key: requesterKey({ user: req.user, address: clientAddress({ headers: req.headers }) }),
      },
    ],
  })
  if (verdict.limited) throw tooManyRequests({ req, retryAfterSeconds: verdict.retryAfterSeconds })
}
