import type { AfterErrorHook, Config, PayloadRequest } from 'payload'

import { isRequestParsingError } from '../http/malformedInput'
import { requestLanguage } from '../i18n'
import type { Locale } from '../i18n/locales'
import { isAppError, messageOf, REQUESTER_ERROR_NAMES } from './AppError'
import { storageFullErrorFrom } from './storageFull'

/** The body of an error answer, in Payload's REST shape. */
export type ErrorBody = {
  errors: Array<{ message: string; name?: string; data?: Record<string, unknown> }>
}

/**
 * The answer to a request that failed with `error`, in `locale`, or null when the error is not
 * ours to answer (Payload's own errors, and anything unexpected: those keep Payload's answer,
 * a 500 that hides the details). An {@link AppError} answers its status with its message key
 * translated (and its `data`, as Payload sends an `APIError`'s); a write the full disk refused
 * is a 507 (src/errors/storageFull.ts); a body or `where` parameter Payload could not parse is
 * the requester's mistake, a 400.
 */
export function errorResponseFor({
  error,
  locale,
}: {
  error: unknown
  locale: Locale
}): { status: number; body: ErrorBody } | null {
  // A full disk is a 507 the requester can act on (try later), not an unexplained 500.
  const appError = isAppError(error) ? error : storageFullErrorFrom({ error })
  if (appError) {
    const message = messageOf({ messageKey: appError.messageKey, params: appError.params, locale })
    const data = appError.data ?? undefined
    return {
      status: appError.status,
      body: { errors: [data ? { name: appError.name, data, message } : { message }] },
    }
  }
  if (isRequestParsingError(error)) {
    return {
      status: 400,
      body: {
        errors: [
          { message: messageOf({ messageKey: 'errors.malformedBody', params: {}, locale }) },
        ],
      },
    }
  }
  return null
}

/**
 * Config `afterError`: the one place an error becomes a translated answer, in the requester's
 * language (`?locale=` or `Accept-Language`), over REST (custom endpoints included) and
 * GraphQL. Payload has logged the error before this runs.
 */
export const translatedErrorResponse: AfterErrorHook = ({ error, req, graphqlResult }) => {
  // GraphQL wraps what a resolver threw.
  const thrown = graphqlResult
    ? ((error as { originalError?: unknown }).originalError ?? error)
    : error
  const locale = languageOf({ req })
  const answer = errorResponseFor({ error: thrown, locale })
  if (!answer) return
  const [first] = answer.body.errors
  if (graphqlResult) return { graphqlResult: { ...graphqlResult, message: first!.message } }
  // Payload's error route sends these headers with the answer (utilities/routeError.js).
  const headers = req.responseHeaders ?? new Headers()
  headers.set('Content-Language', locale)
  req.responseHeaders = headers
  return { response: answer.body, status: answer.status }
}

/**
 * Payload's `loggingLevels` for the errors a requester causes: one `info` line each instead of
 * an error with a stack. Everything else keeps Payload's default, `error`.
 */
export const REQUESTER_ERROR_LOGGING = Object.fromEntries(
  REQUESTER_ERROR_NAMES.map((name) => [name, 'info']),
  // Payload's `ErrorName` lists only its own errors; the level map is looked up by any name.
) as NonNullable<Config['loggingLevels']>

function languageOf({ req }: { req: PayloadRequest }): Locale {
  return requestLanguage({ searchParams: req.searchParams, headers: req.headers })
}
