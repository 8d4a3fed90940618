import { NotFoundError } from '../errors/AppError'

/** What a saved search's feed token looks like (src/library: 32 URL-safe characters today). */
const FEED_TOKEN = /^[\w-]{20,64}$/

/**
 * The feed token of `GET /api/library/saved-searches/:token/rss`. A token that cannot be one
 * is answered like an unknown token, 404: the URL is a credential, not a form to correct.
 */
export function parseSavedSearchFeedParams({ token }: { token: unknown }): { token: string } {
  if (typeof token !== 'string' || !FEED_TOKEN.test(token)) throw new NotFoundError()
  return { token }
}
