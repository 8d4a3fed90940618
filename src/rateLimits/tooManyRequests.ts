import type { PayloadRequest } from 'payload'

import { TooManyRequestsError } from '../errors/AppError'
import { requestLanguage, translate } from '../i18n'
import type { Locale } from '../i18n/locales'

/**
 * The answer to a request over a limit: 429 with `Retry-After` (whole seconds) and a message
 * in the requester's language saying how long to wait. Payload's error route sends
 * `req.responseHeaders` with the error (payload/dist/utilities/routeError.js), so the header
 * is set there and the error is thrown by the caller.
 */
export function tooManyRequests({
  req,
  retryAfterSeconds,
}: {
  req: PayloadRequest
  retryAfterSeconds: number
}): RateLimitedError {
  const headers = req.responseHeaders ?? new Headers()
  headers.set('Retry-After', String(retryAfterSeconds))
  req.responseHeaders = headers
  const locale = requestLanguage({ searchParams: req.searchParams, headers: req.headers })
  return new RateLimitedError({
    message: tooManyRequestsMessage({ locale, retryAfterSeconds }),
    retryAfterSeconds,
    when: waitPhrase({ locale, seconds: retryAfterSeconds }),
  })
}

/**
 * A request over a limit. Its own name so that Payload logs it as one `info` line (see
 * {@link RATE_LIMITED_ERROR}) instead of an error with a stack: a flood must not flood the log.
 * `message` is already in the requester's language, `when` the wait in its words.
 */
export class RateLimitedError extends TooManyRequestsError {
  constructor({
    message,
    retryAfterSeconds,
    when,
  }: {
    message: string
    retryAfterSeconds: number
    when?: string
  }) {
    super({
      ...(when === undefined
        ? { messageKey: 'errors.tooManyRequests' }
        : { messageKey: 'errors.tooManyRequestsRetry', params: { when } }),
      message,
      isPublic: true,
      data: { retryAfterSeconds },
    })
    // Set, not inherited from the class name, which a minifier may change.
    this.name = RATE_LIMITED_ERROR
  }
}

/** The `name` of {@link RateLimitedError}, for Payload's `loggingLevels`. */
export const RATE_LIMITED_ERROR = 'RateLimitedError'

/** The wait in `locale`'s words, for the library's forms: "Too many requests… in 2 minutes." */
export function tooManyRequestsMessage({
  locale,
  retryAfterSeconds,
}: {
  locale: Locale
  retryAfterSeconds: number
}): string {
  return translate({
    locale,
    key: 'errors.tooManyRequestsRetry',
    params: { when: waitPhrase({ locale, seconds: retryAfterSeconds }) },
  })
}

/**
 * The seconds to wait carried by an error from {@link tooManyRequests}, or null for any other
 * error. By shape, not `instanceof`: the bundled server may hold its own copy of Payload.
 */
export function retryAfterOf(error: unknown): number | null {
  if (!(error instanceof Error)) return null
  const { status, data } = error as Error & {
    status?: number
    data?: { retryAfterSeconds?: unknown }
  }
  if (status !== 429) return null
  const seconds = data?.retryAfterSeconds
  return typeof seconds === 'number' && Number.isFinite(seconds) ? seconds : null
}

/**
 * "in 5 seconds", "sau 3 phút nữa": the relative time in the locale's own grammar (ICU),
 * rounded up to whole minutes past 90 seconds and whole hours past 90 minutes.
 */
export function waitPhrase({ locale, seconds }: { locale: Locale; seconds: number }): string {
  const format = new Intl.RelativeTimeFormat(locale, { numeric: 'always' })
  if (seconds <= 90) return format.format(Math.max(1, Math.ceil(seconds)), 'second')
  if (seconds <= 90 * 60) return format.format(Math.ceil(seconds / 60), 'minute')
  return format.format(Math.ceil(seconds / 3600), 'hour')
}
