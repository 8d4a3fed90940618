import { headers as nextHeaders } from 'next/headers'
import type { Payload, PayloadRequest } from 'payload'

import type { RateLimitRuleName } from '../env'
import type { Locale } from '../i18n/locales'
import { consumeRequestLimit } from './requestLimit'
import { retryAfterOf, tooManyRequestsMessage } from './tooManyRequests'

/**
 * Limits for the public library, whose server actions and pages run in Next.js rather than
 * through Payload's REST handlers: they read the request's headers with `next/headers`.
 */

/**
 * Counts one request of a library page or server action against `rule` for the reader (their
 * account when signed in, otherwise their address). Returns the message to show in `lang`
 * when the limit is used up, otherwise null.
 */
export async function libraryLimitMessage({
  payload,
  user,
  rule,
  lang,
}: {
  payload: Payload
  user: PayloadRequest['user']
  rule: RateLimitRuleName
  lang: Locale
}): Promise<string | null> {
  const verdict = await consumeRequestLimit({ payload, user, headers: await nextHeaders(), rule })
  return verdict.limited
    ? tooManyRequestsMessage({ locale: lang, retryAfterSeconds: verdict.retryAfterSeconds })
    : null
}

/**
 * Options for a Local API login, registration or password reset made by a server action on a
 * reader's behalf: the request's headers (client address, language) and the flag that makes
 * the auth limits of src/rateLimits/authHooks.ts apply as they do to the REST door.
 */
export async function onBehalfOfReader(): Promise<{
  req: Partial<PayloadRequest>
  context: Record<string, unknown>
}> {
  return {
    req: { headers: new Headers(await nextHeaders()) },
    context: { applyRateLimits: true },
  }
}

/** The form message for an error thrown by a limit, in `lang`; null for any other error. */
export function limitMessageOf({ error, lang }: { error: unknown; lang: Locale }): string | null {
  const retryAfterSeconds = retryAfterOf(error)
  return retryAfterSeconds === null
    ? null
    : tooManyRequestsMessage({ locale: lang, retryAfterSeconds })
}
