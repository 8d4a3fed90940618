import type { PayloadRequest } from 'payload'

import { slugs } from '../../collections/slugs'
import { matchesWhere } from '../access/matchesWhere'
import { contentVisibility, visibilityForRequest } from '../access/visibility'
import { getEnv } from '../env'
import { isLocale, type Locale } from '../i18n/locales'
import { isStillEmbargoed } from '../workflow/embargoWindow'
import { gatherEvent, type EventGathering } from '../library/eventGathering'
import {
  articleToNinjs,
  mediaToNinjs,
  packageToNinjs,
  type Ninjs,
  type PackageMember,
  type SyndicatedCollection,
} from './ninjs'

/** One item's ninjs in one language, with what the change log files it under. */
export type ItemNinjs = { ninjs: Ninjs; topics: string[]; infoType: string | null }

/**
 * The ninjs of one item in one language, the media it shows associated. Two views:
 *
 * - `system`: the syndication change log's, which holds public items only — the item read as
 *   stored, its associated media those the anonymous reader may see;
 * - `requester`: `req.user`'s (the press ninjs endpoint) — the item and its media read through
 *   the visibility rule (Local API, access on); null when the requester may not read it.
 *
 * An item read while its embargo holds (a press reader in the press window) carries
 * `embargoedUntil`, the public release time, as IPTC ninjs 3.1 defines it.
 */
export async function itemNinjs({
  req,
  collection,
  id,
  locale,
  siblings,
  view,
  now,
}: {
  req: PayloadRequest
  collection: SyndicatedCollection
  id: number | string
  locale: Locale
  /**
   * The item's other published languages, associated as translations. A reader's view finds
   * them itself, and the language it is served in (`servedLocale`).
   */
  siblings?: Locale[]
  view: 'system' | 'requester'
  now: Date
}): Promise<ItemNinjs | null> {
  const env = getEnv()
  const host = new URL(env.publicUrl).host
  const isSystem = view === 'system'
  const record = (await req.payload.findByID({
    collection,
    id,
    locale,
    depth: 1,
    draft: false,
    disableErrors: true,
    req,
    // The system reads one language exactly; a reader gets the published fallback as the
    // library does (serveOnlyPublishedLocales), and `servedLocale` says which it is.
    ...(isSystem ? { fallbackLocale: false, overrideAccess: true } : { overrideAccess: false }),
  })) as unknown as (Record<string, unknown> & { id: number | string }) | null
  if (!record) return null
  const agency = (typeof record.agency === 'object' ? record.agency : null) as {
    name?: string
    code?: string
  } | null
  const topics = (Array.isArray(record.topics) ? record.topics : []).filter(
    (topic): topic is { name?: string; slug?: string } =>
      typeof topic === 'object' && topic !== null,
  )
  // The change log's topic filter (API clients and targets limited to topics) reads these.
  const topicSlugs = topics.map((topic) => String(topic.slug ?? '')).filter(Boolean)
  const served = isLocale(record.servedLocale) ? record.servedLocale : locale
  const published = (Array.isArray(record.publishedLocales) ? record.publishedLocales : []).filter(
    isLocale,
  )
  const context = {
    host,
    publicUrl: env.publicUrl,
    locale: served,
    version: '0',
    siblingLocales: siblings ?? published.filter((other) => other !== served),
    agency,
    topics,
  }
  const embargo = isStillEmbargoed({ embargoUntil: record.embargoUntil, now })
    ? { embargoedUntil: new Date(record.embargoUntil as string).toISOString() }
    : {}
  if (collection === slugs.media) {
    return {
      ninjs: { ...mediaToNinjs({ media: record as never, context }), ...embargo },
      topics: topicSlugs,
      infoType: null,
    }
  }
  const rule = isSystem
    ? contentVisibility({ requester: { kind: 'anonymous' }, now })
    : visibilityForRequest({ req })
  const isVisible = (item: Record<string, unknown>): boolean =>
    rule === true || (rule !== false && matchesWhere({ doc: item, where: rule }))
  if (collection === slugs.albums || collection === slugs.events) {
    const members =
      collection === slugs.albums
        ? albumMembers({ items: record.items, isVisible })
        : eventMembers({
            gathered: await gatherEvent({
              as: isSystem
                ? { kind: 'public', payload: req.payload, req, now }
                : { kind: 'reader', payload: req.payload, user: req.user, req },
              eventId: record.id,
              locale: served,
            }),
          })
    return {
      ninjs: {
        ...packageToNinjs({ collection, item: record as never, members, context }),
        ...embargo,
      },
      topics: topicSlugs,
      infoType: null,
    }
  }
  const linked = (Array.isArray(record.media) ? record.media : []).filter(
    (item): item is Record<string, unknown> & { id: number } =>
      typeof item === 'object' && item !== null,
  )
  const media = linked.filter(isVisible).map((item) => ({ record: item as never, version: '1' }))
  return {
    ninjs: { ...articleToNinjs({ article: record as never, media, context }), ...embargo },
    topics: topicSlugs,
    infoType: typeof record.infoType === 'string' ? record.infoType : null,
  }
}

/**
 * An album's items as package members, in order: those populated (the read dropped what its
 * reader may not see) that the view's rule lets through.
 */
function albumMembers({
  items,
  isVisible,
}: {
  items: unknown
  isVisible: (item: Record<string, unknown>) => boolean
}): PackageMember[] {
  return (Array.isArray(items) ? items : []).flatMap((item): PackageMember[] => {
    const { relationTo, value } = (item ?? {}) as { relationTo?: unknown; value?: unknown }
    if (typeof value !== 'object' || value === null) return []
    if (!isVisible(value as Record<string, unknown>)) return []
    if (relationTo === slugs.media) return [{ collection: 'media', record: value as never }]
    if (relationTo === slugs.articles) return [{ collection: 'articles', record: value as never }]
    return []
  })
}

/** What an event gathers, as its package's members: articles, albums, then media by kind. */
function eventMembers({ gathered }: { gathered: EventGathering }): PackageMember[] {
  return [
    ...gathered.articles.map((record) => ({ collection: 'articles' as const, record })),
    ...gathered.albums.map((record) => ({ collection: 'albums' as const, record })),
    ...[...gathered.videos, ...gathered.photos, ...gathered.publications].map((record) => ({
      collection: 'media' as const,
      record: record as never,
    })),
  ]
}
