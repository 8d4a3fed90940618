import type { Where } from 'payload'

import { isLocale, type Locale } from '../i18n/locales'

/**
 * What a syndication target takes, from its own settings: languages, topics and kinds of
 * information. `null` on an axis takes everything on it; an empty target takes all public
 * content. Pushes (`enqueueDeliveries`), the feeds' and the sync's `?target=` all decide with
 * this one filter, so what a portal pulls is what it is pushed.
 */
export type TargetFilter = {
  languages: Locale[] | null
  /** The target's topics by id, for queries on items (which hold topic ids). */
  topicIds: string[] | null
  /** The same topics by slug, for change-log entries (which hold topic slugs). */
  topicSlugs: string[] | null
  infoTypes: string[] | null
}

/** A syndication target as stored, its topics populated (`depth: 1`) so slugs are known. */
export type TargetSettings = {
  languages?: string[] | null
  topics?: Array<number | string | { id: number | string; slug?: string | null }> | null
  infoTypes?: string[] | null
}

/** One published version or tombstone, as the change log describes it. */
export type SyndicatedEntry = {
  locale: string
  /** Topic slugs of the item (the change log keeps slugs). */
  topics?: unknown
  infoType?: string | null
}

/** Turns a target's stored settings into its filter. */
export function targetFilterOf({ target }: { target: TargetSettings }): TargetFilter {
  const languages = (target.languages ?? []).filter(isLocale)
  const topics = target.topics ?? []
  const infoTypes = target.infoTypes ?? []
  return {
    languages: languages.length > 0 ? languages : null,
    topicIds:
      topics.length > 0
        ? topics.map((topic) => String(typeof topic === 'object' ? topic.id : topic))
        : null,
    // A topic given only by id (not populated, or deleted) has no slug and so matches no entry.
    topicSlugs:
      topics.length > 0
        ? topics.flatMap((topic) =>
            typeof topic === 'object' && typeof topic.slug === 'string' ? [topic.slug] : [],
          )
        : null,
    infoTypes: infoTypes.length > 0 ? infoTypes : null,
  }
}

/**
 * Whether a target takes a change-log entry. A topic or info-type filter takes only entries
 * that carry a matching value: a photo logged on its own has neither, and reaches such a
 * target inside the articles it illustrates (their ninjs `associations`).
 */
export function isSelectedByTarget({
  filter,
  entry,
}: {
  filter: TargetFilter
  entry: SyndicatedEntry
}): boolean {
  if (filter.languages && !(filter.languages as string[]).includes(entry.locale)) return false
  if (filter.topicSlugs) {
    const topics = Array.isArray(entry.topics) ? entry.topics.map(String) : []
    if (!topics.some((slug) => filter.topicSlugs!.includes(slug))) return false
  }
  if (filter.infoTypes && !(entry.infoType && filter.infoTypes.includes(entry.infoType)))
    return false
  return true
}

/**
 * The same filter as a query on articles in `locale`, for the feeds: `null` when the target
 * takes nothing in that language. Agrees with {@link isSelectedByTarget} on every article whose
 * topics are the ones its log entry names (targetFilter.spec.ts checks both on the same items).
 */
export function targetArticleWhere({
  filter,
  locale,
}: {
  filter: TargetFilter
  locale: Locale
}): Where | null {
  if (filter.languages && !filter.languages.includes(locale)) return null
  return {
    and: [
      ...(filter.topicIds ? [{ topics: { in: filter.topicIds } }] : []),
      ...(filter.infoTypes ? [{ infoType: { in: filter.infoTypes } }] : []),
    ],
  }
}
