import type { Payload } from 'payload'

import { slugs } from '../../collections/slugs'

/**
 * Confirms the address a verification token was sent to, for the e-mail's link (the endpoint)
 * and the library's verify page alike; false when Payload knows no such token (a used or
 * mistyped link, answered 403 by Payload). Anything else, a database that is down among them,
 * propagates: a 500 that is logged, not “the link did not work”.
 */
export async function verifyJournalistEmail({
  payload,
  token,
}: {
  payload: Payload
  token: string
}): Promise<boolean> {
  try {
    await payload.verifyEmail({ collection: slugs.journalists, token })
    return true
  } catch (error) {
    if ((error as { status?: unknown }).status === 403) return false
    throw error
  }
}
