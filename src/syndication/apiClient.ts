import type { PayloadRequest } from 'payload'

import { slugs } from '../../collections/slugs'
import { translatedError } from '../errors/translatedError'
import { isLocale, type Locale } from '../i18n/locales'

/** What a syndication caller may receive: every public item, or a client's configured subset. */
export type SyndicationScope = { locales: Locale[] | null; topicIds: string[] | null }

/**
 * The scope of a syndication request. Anonymous callers (and staff) get the whole public
 * subset; an API client (`Authorization: api-clients API-Key …`) gets its allowed languages and
 * topics, and a disabled client is refused.
 */
export function syndicationScope({ req }: { req: PayloadRequest }): SyndicationScope {
  const user = req.user as (Record<string, unknown> & { collection?: string }) | null | undefined
  if (user?.collection !== slugs.apiClients) return { locales: null, topicIds: null }
  if (user.enabled === false) throw translatedError({ req, status: 403, key: 'errors.forbidden' })
  const locales = Array.isArray(user.allowedLocales) ? user.allowedLocales.filter(isLocale) : []
  const topics = Array.isArray(user.allowedTopics)
    ? user.allowedTopics.map((topic) =>
        String(typeof topic === 'object' && topic ? (topic as { id: unknown }).id : topic),
      )
    : []
  return {
    locales: locales.length > 0 ? locales : null,
    topicIds: topics.length > 0 ? topics : null,
  }
}
