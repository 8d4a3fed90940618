import type { Payload } from 'payload'
import { RateLimiterRes } from 'rate-limiter-flexible'

import { getEnv, type RateLimitRuleName, type RateLimitSettings } from '../env'
import { limiterFor } from './store'

/** Whether a request may go on, and if not, how many seconds until it may. */
export type RateVerdict = { limited: false } | { limited: true; retryAfterSeconds: number }

/**
 * One fixed-window limit (a rule of `RATE_LIMIT_*`) applied to one key; a `null` key (a client
 * address that is not known) is not counted.
 */
export type RateCheck = { rule: RateLimitRuleName; key: string | null }

/**
 * Counts one request against each check in turn and stops at the first that is used up, so a
 * request refused per address does not also spend the budget of the account it named. With
 * `RATE_LIMITS=false` nothing is counted.
 */
export async function consumeLimits({
  payload,
  checks,
  settings = getEnv().rateLimits,
}: {
  payload: Payload
  checks: RateCheck[]
  /** Defaults to the `RATE_LIMIT*` settings. */
  settings?: RateLimitSettings
}): Promise<RateVerdict> {
  if (!settings.enabled) return { limited: false }
  for (const { rule, key } of checks) {
    if (key === null) {
      warnOnceUnknownAddress({ payload })
      continue
    }
    const { points, durationSeconds } = settings.rules[rule]
    const limiter = limiterFor({ payload, name: rule, points, durationSeconds })
    try {
      await limiter.consume(key)
    } catch (rejection) {
      if (rejection instanceof RateLimiterRes) {
        return {
          limited: true,
          retryAfterSeconds: Math.max(1, Math.ceil(rejection.msBeforeNext / 1000)),
        }
      }
      // The store failed (and so did its memory fallback): the request goes on rather than a
      // limit turning an outage into errors on every door.
      payload.logger.error({ msg: `Rate limit ${rule} could not be counted`, err: rejection })
    }
  }
  return { limited: false }
}

/**
 * Gives back the point a request spent, for requests that turn out to be no abuse (a login
 * that succeeded), so the limit counts only the failures.
 */
export async function refundLimit({
  payload,
  check: { rule, key },
  settings = getEnv().rateLimits,
}: {
  payload: Payload
  check: RateCheck
  /** Defaults to the `RATE_LIMIT*` settings. */
  settings?: RateLimitSettings
}): Promise<void> {
  if (!settings.enabled || key === null) return
  const { points, durationSeconds } = settings.rules[rule]
  const limiter = limiterFor({ payload, name: rule, points, durationSeconds })
  const counted = await limiter.get(key)
  if (counted && counted.consumedPoints > 0) await limiter.reward(key, 1)
}

const warnedPayloads = new WeakSet<Payload>()

/**
 * Without a client address the per-address limits cannot apply (pooling every such request
 * under one key would let one abuser refuse everyone). Said once per process: it means the
 * peer-address stamp is missing (src/http/stampPeerAddress.ts, docs/security.md).
 */
function warnOnceUnknownAddress({ payload }: { payload: Payload }): void {
  if (warnedPayloads.has(payload)) return
  warnedPayloads.add(payload)
  payload.logger.warn({
    msg: 'Rate limits: a request came without a known client address, so limits per address are not applied to such requests (see docs/security.md)',
  })
}
