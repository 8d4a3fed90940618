import type { PayloadRequest } from 'payload'

import { slugs } from '../../collections/slugs'
import { hasRole } from '../access/roles'
import { translatedError } from '../errors/translatedError'
import { isLocale, type Locale } from '../i18n/locales'

/** What a syndication caller may receive: every public item, or a client's configured subset. */
export type SyndicationScope = {
  locales: Locale[] | null
  topicIds: string[] | null
  /** Targets whose selection the caller may ask for (`?target=`): `null` any, `[]` none. */
  targetIds: string[] | null
}

/**
 * The scope of a syndication request. Anonymous callers (and staff) get the whole public
 * subset; an API client (`Authorization: api-clients API-Key …`) gets its allowed languages and
 * topics, and a disabled client is refused. Only admins, publishers and API clients allowed a
 * target may narrow a feed to that target: a target's selection is configuration, not content.
 */
export function syndicationScope({ req }: { req: PayloadRequest }): SyndicationScope {
  const user = req.user as (Record<string, unknown> & { collection?: string }) | null | undefined
  if (user?.collection !== slugs.apiClients) {
    const isOperator =
      hasRole({ user: req.user, role: 'admin' }) || hasRole({ user: req.user, role: 'publisher' })
    return { locales: null, topicIds: null, targetIds: isOperator ? null : [] }
  }
  if (user.enabled === false) throw translatedError({ req, status: 403, key: 'errors.forbidden' })
  const locales = Array.isArray(user.allowedLocales) ? user.allowedLocales.filter(isLocale) : []
  const topics = idsOf(user.allowedTopics)
  return {
    locales: locales.length > 0 ? locales : null,
    topicIds: topics.length > 0 ? topics : null,
    targetIds: idsOf(user.allowedTargets),
  }
}

/** Ids of a has-many relationship, populated or not. */
function idsOf(value: unknown): string[] {
  if (!Array.isArray(value)) return []
  return value.map((item: unknown) =>
    String(typeof item === 'object' && item ? (item as { id: unknown }).id : item),
  )
}
