import type { Payload } from 'payload'
import { RateLimiterRes } from 'rate-limiter-flexible'

import { getEnv, type RateLimitSettings } from '../env'
import { accountKey } from './keys'
import { limiterFor } from './store'
import type { RateVerdict } from './limits'

/**
 * Progressive delays per account after failed logins, in place of Payload's hard lock
 * (`maxLoginAttempts`), which let anyone who knew an address keep its owner out for 15
 * minutes at a time. Here failures only make the next attempt wait — a few seconds at first,
 * doubling up to `RATE_LIMIT_LOGIN_MAX_DELAY_SECONDS` — and a successful login clears the
 * count. The per-address login limit (src/rateLimits/authHooks.ts) is what stops a guesser;
 * this bounds guessing spread over many addresses without ever shutting the owner out for
 * longer than the longest delay.
 *
 * Every attempt is counted before the password is checked (the result is not known yet) and
 * the count is cleared when the login succeeds, so what remains counted is failures in a row.
 */
export async function checkLoginDelay(account: LoginAccount): Promise<RateVerdict> {
  const limiters = loginLimiters(account)
  if (!limiters) return { limited: false }
  const held = await limiters.hold.get(limiters.key)
  if (held && held.consumedPoints > HOLD_POINTS && held.msBeforeNext > 0) {
    return { limited: true, retryAfterSeconds: Math.max(1, Math.ceil(held.msBeforeNext / 1000)) }
  }
  return { limited: false }
}

/** Counts one attempt and, past the free failures, holds the account's next attempt. */
export async function countLoginAttempt(account: LoginAccount): Promise<void> {
  const limiters = loginLimiters(account)
  if (!limiters) return
  const counted = await consumeUnbounded({ limiter: limiters.failures, key: limiters.key })
  const seconds = loginDelaySeconds({ failures: counted, loginDelay: limiters.loginDelay })
  if (seconds > 0) await limiters.hold.block(limiters.key, seconds)
}

/** A successful login: the owner starts again with free attempts and no wait. */
export async function clearLoginFailures(account: LoginAccount): Promise<void> {
  const limiters = loginLimiters(account)
  if (!limiters) return
  await Promise.all([limiters.failures.delete(limiters.key), limiters.hold.delete(limiters.key)])
}

/** The account a login names, by its collection and e-mail address. */
export type LoginAccount = {
  payload: Payload
  collection: string
  email: string
  /** Defaults to the `RATE_LIMIT*` settings. */
  settings?: RateLimitSettings
}

/**
 * How long the next attempt waits after `failures` failed attempts in a row: nothing for the
 * first `freeFailures - 1`, then `firstDelaySeconds`, doubling with each failure up to
 * `maxDelaySeconds`.
 */
export function loginDelaySeconds({
  failures,
  loginDelay,
}: {
  failures: number
  loginDelay: RateLimitSettings['loginDelay']
}): number {
  const { freeFailures, firstDelaySeconds, maxDelaySeconds } = loginDelay
  const threshold = Math.max(freeFailures, 1)
  if (failures < threshold) return 0
  // Past 2^30 the product only matters as "more than the maximum".
  const doublings = Math.min(failures - threshold, 30)
  return Math.min(maxDelaySeconds, firstDelaySeconds * 2 ** doublings)
}

/** A hold is a block on a one-point limiter: `block()` marks it used up for so many seconds. */
const HOLD_POINTS = 1

/** Failures are forgotten a day after the first of a run, as if the owner had logged in. */
const FAILURE_WINDOW_SECONDS = 24 * 60 * 60

/**
 * The account's key and its two counters — failures in a row, and the hold on the next
 * attempt — or null when limits are off.
 */
function loginLimiters({
  payload,
  collection,
  email,
  settings = getEnv().rateLimits,
}: LoginAccount) {
  if (!settings.enabled) return null
  return {
    key: accountKey({ collection, email }),
    loginDelay: settings.loginDelay,
    failures: limiterFor({
      payload,
      name: `login-failures-${collection}`,
      // A counter, not a limit: refusals come from the hold.
      points: Number.MAX_SAFE_INTEGER,
      durationSeconds: FAILURE_WINDOW_SECONDS,
    }),
    hold: limiterFor({
      payload,
      name: `login-hold-${collection}`,
      points: HOLD_POINTS,
      durationSeconds: FAILURE_WINDOW_SECONDS,
    }),
  }
}

async function consumeUnbounded({
  limiter,
  key,
}: {
  limiter: ReturnType<typeof limiterFor>
  key: string
}): Promise<number> {
  try {
    return (await limiter.consume(key)).consumedPoints
  } catch (rejection) {
    // Only a store failure rejects here (the counter has no real limit); it is rethrown.
    if (rejection instanceof RateLimiterRes) return rejection.consumedPoints
    throw rejection
  }
}
