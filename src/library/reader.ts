import config from '@payload-config'
import { headers as nextHeaders } from 'next/headers'
import { cache } from 'react'
import { getPayload, type Payload, type PayloadRequest } from 'payload'

import { requesterOf, type Requester } from '../access/requester'

/** Who is reading a library page, and the Payload instance to read with on their behalf. */
export type Reader = {
  payload: Payload
  /** The signed-in journalist or staff user, or null for an anonymous reader. */
  user: PayloadRequest['user']
  requester: Requester
  now: Date
}

/**
 * The reader of the current request, resolved once per render: the Payload session cookie
 * (journalists and staff share Payload's auth) decides who it is. Every library read passes
 * this user with `overrideAccess: false` (see readerOptions), so a page can never show more
 * than the visibility rule in src/access/ allows its reader.
 */
export const getReader = cache(
  async (): Promise<Reader> =>
    readerFor({ payload: await getPayload({ config }), headers: await nextHeaders() }),
)

/**
 * The reader a request with these headers stands for: Payload's auth strategies (the session
 * cookie, an API key) decide who it is. {@link getReader} for a page; outside Next.js (the
 * library reads bench) with the headers at hand.
 */
export async function readerFor({
  payload,
  headers,
}: {
  payload: Payload
  headers: Headers
}): Promise<Reader> {
  const { user } = await payload.auth({ headers })
  const now = new Date()
  return { payload, user: user ?? null, requester: requesterOf({ user, now }), now }
}

/**
 * Options every library read through the Local API carries: the reader's user, access control
 * on, and a context flag telling the locale hook (serveOnlyPublishedLocales) that this read is
 * for a reader, not the system — without a user the Local API is otherwise trusted.
 */
export function readerOptions(reader: Reader): {
  user: PayloadRequest['user']
  overrideAccess: false
  context: { isLibraryRead: true }
} {
  return { user: reader.user, overrideAccess: false, context: { isLibraryRead: true } }
}
