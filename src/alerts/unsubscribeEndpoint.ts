import type { Endpoint, Payload, PayloadRequest } from 'payload'

import { slugs } from '../../collections/slugs'
import { getEnv } from '../env'
import { translatedError } from '../errors/translatedError'
import { isLocale } from '../i18n/locales'
import { enforceRequestLimit } from '../rateLimits/requestLimit'
import { UNSUBSCRIBE_ENDPOINT_PATH } from './unsubscribeLinks'
import { verifyUnsubscribeToken, type UnsubscribeClaim } from './unsubscribeToken'

/**
 * `POST /api/library/alerts/unsubscribe`: turns off the alert a digest's signed token names,
 * without a login. Two callers: a mail client's one-click unsubscribe (RFC 8058: the token in
 * the URL of `List-Unsubscribe`, the body `List-Unsubscribe=One-Click`), answered 200; and the
 * confirmation page's button (`/{lang}/account/unsubscribe`, the token and `lang` in the form),
 * sent back to that page with `done=1`. Only POST: a mail scanner that fetches every link of a
 * message turns nothing off. A token that was not signed by this app: 400, translated.
 */
export const unsubscribeEndpoint: Endpoint = {
  path: UNSUBSCRIBE_ENDPOINT_PATH,
  method: 'post',
  handler: async (req) => {
    await enforceRequestLimit({ req, rule: 'syndication' })
    const form = await smallForm({ req })
    const token = req.searchParams.get('token') ?? form.get('token')
    const claim = verifyUnsubscribeToken({ token, secret: getEnv().payloadSecret })
    if (!claim) throw translatedError({ req, status: 400, key: 'alerts.unsubscribeInvalid' })
    await turnOffAlert({ payload: req.payload, claim, req })
    const lang = form.get('lang')
    if (isLocale(lang)) {
      return new Response(null, {
        status: 303,
        headers: {
          Location: `/${lang}/account/unsubscribe?done=1`,
          'Cache-Control': 'no-store',
        },
      })
    }
    return Response.json({ ok: true }, { headers: { 'Cache-Control': 'no-store' } })
  },
}

/**
 * Switches off what `claim` names: one saved search's digest (only if it is the journalist's),
 * the followed topics' digest, or all of them. Nothing to switch off is not an error: the link
 * of an alert already off, or of an account since deleted, does what it says.
 */
export async function turnOffAlert({
  payload,
  claim,
  req,
}: {
  payload: Payload
  claim: UnsubscribeClaim
  req?: PayloadRequest
}): Promise<void> {
  const { journalistId, alert } = claim
  if (alert.kind !== 'topics') {
    await payload.update({
      collection: slugs.savedSearches,
      where: {
        and: [
          { journalist: { equals: journalistId } },
          ...(alert.kind === 'savedSearch' ? [{ id: { equals: alert.id } }] : []),
        ],
      },
      data: { emailDigest: false } as never,
      overrideAccess: true,
      req,
    })
  }
  if (alert.kind !== 'savedSearch') {
    await payload.update({
      collection: slugs.journalists,
      where: { id: { equals: journalistId } },
      data: { topicDigest: false } as never,
      overrideAccess: true,
      req,
    })
  }
}

/** A URL-encoded form body of at most a few kilobytes (a token and a language); else empty. */
async function smallForm({ req }: { req: PayloadRequest }): Promise<URLSearchParams> {
  const contentType = req.headers.get('content-type') ?? ''
  if (!contentType.startsWith('application/x-www-form-urlencoded') || !req.text) {
    return new URLSearchParams()
  }
  const length = Number(req.headers.get('content-length') ?? '0')
  if (length > FORM_MAX_BYTES)
    throw translatedError({ req, status: 400, key: 'alerts.unsubscribeInvalid' })
  return new URLSearchParams(await req.text())
}

const FORM_MAX_BYTES = 4096
