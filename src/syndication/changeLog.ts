import { createHash } from 'node:crypto'

import type {
  CollectionAfterChangeHook,
  CollectionAfterDeleteHook,
  CollectionBeforeDeleteHook,
  PayloadRequest,
} from 'payload'

import { internalSlugs, slugs } from '../../collections/slugs'
import { matchesWhere } from '../access/matchesWhere'
import { contentVisibility } from '../access/visibility'
import { nullWhenNotFound } from '../errors/notFound'
import { LOCALES, isLocale, type Locale } from '../i18n/locales'
import { ninjsUri, type Ninjs, type SyndicatedCollection } from './ninjs'
import { changeNotifierFor } from './changeNotifier'
import { itemNinjs } from './itemNinjs'
import { enqueueDeliveries } from './push'
import { redactPublishedVersions } from './redaction'

type LiveRecord = Record<string, unknown> & {
  id: number | string
  publishedLocales?: string[] | null
  withdrawnAt?: string | null
  embargoUntil?: string | null
}

/**
 * Keeps the syndication change log in step with what the public may read: after every change
 * to an article or media item, each language that became visible or changed gets a new version
 * (its ninjs snapshot), and each language that stopped being visible — withdrawn, embargoed
 * again, unpublished, tier raised — gets a tombstone. Visibility is the anonymous reader's, from
 * the one rule in src/access/. Written with `req`, so the log commits with the change.
 *
 * A tombstone also strips the content from the item's earlier versions in that language
 * (src/syndication/redaction.ts): the log never serves the text of an item that is not public
 * now, to a reader starting from any cursor. The sync's API clients share the anonymous
 * reader's scope (at most `public`), so one log serves them all.
 */
export const logSyndicationChanges: CollectionAfterChangeHook = async ({
  collection,
  doc,
  req,
  context,
}) => {
  // Reads below pass no `context`: a Local API call given one replaces `req.context` for the rest
  // of the request, which would switch this hook off for the request's later writes.
  if (context.skipSyndicationLog === true) return doc as unknown
  await recordItemChanges({
    req,
    collection: collection.slug as SyndicatedCollection,
    id: (doc as { id: number }).id,
  })
  return doc as unknown
}

/**
 * Notes, before a media item is deleted, the articles showing it: the deletion removes their
 * links, and {@link logSyndicationDeletion} must still strip it from their versions.
 */
export const noteArticlesShowingMedia: CollectionBeforeDeleteHook = async ({ id, req }) => {
  const articleIds = await articlesShowing({ req, mediaId: id })
  // On `req.context`, read after the query: a Local API call given a context replaces it.
  req.context.articlesShowingDeletedMedia = articleIds
}

export const logSyndicationDeletion: CollectionAfterDeleteHook = async ({
  collection,
  doc,
  req,
  context,
}) => {
  const id = (doc as { id: number | string }).id
  const slug = collection.slug as SyndicatedCollection
  const last = await lastEvents({ req, collection: slug, id })
  const noted = context.articlesShowingDeletedMedia
  for (const [locale, event] of last) {
    if (event.kind === 'upsert') {
      await appendTombstone({
        req,
        collection: slug,
        id,
        locale,
        previous: event,
        reason: 'deleted',
        pubStatus: 'canceled',
        articlesShowing: noted,
      })
    }
  }
  // Every language, including those withdrawn before: a deleted item keeps no text in the log.
  await redactPublishedVersions({ req, collection: slug, id, locale: null, reason: 'deleted' })
  return doc as unknown
}

/** One item whose changes are logged, and the request that changed it. */
type LoggedItem = {
  req: PayloadRequest
  collection: SyndicatedCollection
  id: number | string
}

/** Compares the live item with its last logged versions and appends what changed. */
export async function recordItemChanges({ req, collection, id }: LoggedItem): Promise<void> {
  const now = new Date()
  const live = (await nullWhenNotFound({
    read: req.payload.findByID({
      collection,
      id,
      depth: 0,
      draft: false,
      overrideAccess: true,
      req,
    }),
  })) as LiveRecord | null
  const last = await lastEvents({ req, collection, id })
  const rule = contentVisibility({ requester: { kind: 'anonymous' }, now })
  const isPublic =
    live !== null && (rule === true || (rule !== false && matchesWhere({ doc: live, where: rule })))
  const published = (live?.publishedLocales ?? []).filter(isLocale)

  for (const locale of LOCALES) {
    const previous = last.get(locale)
    const isVisible = isPublic && published.includes(locale)
    if (!isVisible) {
      if (previous?.kind === 'upsert') {
        const embargoed = Boolean(
          live?.embargoUntil && new Date(live.embargoUntil).getTime() > now.getTime(),
        )
        await appendTombstone({
          req,
          collection,
          id,
          locale,
          previous,
          reason:
            live === null
              ? 'deleted'
              : live.withdrawnAt
                ? 'withdrawn'
                : embargoed
                  ? 'embargoed'
                  : 'not-public',
          pubStatus: embargoed && !live?.withdrawnAt ? 'withheld' : 'canceled',
        })
      }
      continue
    }
    const snapshot = await itemNinjs({
      req,
      collection,
      id,
      locale,
      siblings: published.filter((other) => other !== locale),
      view: 'system',
      now,
    })
    if (!snapshot) continue
    const hash = hashOf(snapshot.ninjs)
    if (previous?.kind === 'upsert' && previous.hash === hash) continue
    const version = (previous?.version ?? 0) + 1
    const created = await req.payload.create({
      collection: internalSlugs.syncEvents,
      data: {
        kind: 'upsert',
        itemCollection: collection,
        itemId: String(id),
        locale,
        uri: snapshot.ninjs.uri,
        version,
        hash,
        topics: snapshot.topics,
        infoType: snapshot.infoType,
        ninjs: { ...snapshot.ninjs, version: String(version) },
      },
      // The change log is written by the system only (its create access is closed).
      depth: 0,
      overrideAccess: true,
      req,
    })
    changeNotifierFor({ payload: req.payload }).hint()
    await enqueueDeliveries({ req, event: created as never })
  }
}

type LoggedEvent = {
  kind: 'upsert' | 'tombstone'
  version: number
  hash?: string | null
  uri: string
  topics?: unknown
  infoType?: string | null
}

async function lastEvents({ req, collection, id }: LoggedItem): Promise<Map<Locale, LoggedEvent>> {
  const { docs } = await req.payload.find({
    collection: internalSlugs.syncEvents,
    where: {
      and: [{ itemCollection: { equals: collection } }, { itemId: { equals: String(id) } }],
    },
    sort: '-id',
    limit: 200,
    depth: 0,
    overrideAccess: true,
    req,
  })
  const last = new Map<Locale, LoggedEvent>()
  for (const event of docs as unknown as Array<LoggedEvent & { locale: string }>) {
    if (isLocale(event.locale) && !last.has(event.locale)) last.set(event.locale, event)
  }
  return last
}

async function appendTombstone({
  req,
  collection,
  id,
  locale,
  previous,
  reason,
  pubStatus,
  articlesShowing: notedArticles,
}: LoggedItem & {
  locale: Locale
  previous: LoggedEvent
  reason: string
  pubStatus: 'withheld' | 'canceled'
  /** For a deleted media item: the articles that showed it, noted before its links went. */
  articlesShowing?: Array<number | string>
}): Promise<void> {
  const version = previous.version + 1
  const created = await req.payload.create({
    collection: internalSlugs.syncEvents,
    data: {
      kind: 'tombstone',
      itemCollection: collection,
      itemId: String(id),
      locale,
      uri: previous.uri,
      version,
      // What the item was about decides which targets hear of its withdrawal, as of its upsert.
      topics: (previous.topics ?? []) as unknown[],
      infoType: previous.infoType ?? null,
      reason,
      ninjs: { uri: previous.uri, version: String(version), pubStatus },
    },
    depth: 0,
    overrideAccess: true,
    req,
  })
  await redactPublishedVersions({ req, collection, id, locale, reason })
  changeNotifierFor({ payload: req.payload }).hint()
  await enqueueDeliveries({ req, event: created as never })
  if (collection === slugs.media) {
    await relogArticles({
      req,
      articleIds: notedArticles ?? (await articlesShowing({ req, mediaId: id })),
    })
  }
}

/**
 * A published article's versions carry the photos and videos shown with it (captions, credits,
 * rendition links). When one of them stops being public, the articles showing it now get a new
 * version without it, and their earlier versions lose their content as a withdrawn item's do.
 */
async function relogArticles({
  req,
  articleIds,
}: {
  req: PayloadRequest
  articleIds: Array<number | string>
}): Promise<void> {
  for (const articleId of articleIds) {
    const redacted = await redactPublishedVersions({
      req,
      collection: slugs.articles,
      id: articleId,
      locale: null,
      reason: 'media-withdrawn',
    })
    if (redacted > 0) await recordItemChanges({ req, collection: slugs.articles, id: articleId })
  }
}

/** The ids of the articles that link a media item now. */
async function articlesShowing({
  req,
  mediaId,
}: {
  req: PayloadRequest
  mediaId: number | string
}): Promise<Array<number | string>> {
  const { docs } = await req.payload.find({
    collection: slugs.articles,
    where: { media: { in: [mediaId] } },
    pagination: false,
    depth: 0,
    draft: false,
    select: {},
    overrideAccess: true,
    req,
  })
  return docs.map((article) => article.id)
}

function hashOf(ninjs: Ninjs): string {
  // The version number and timestamp change on every save; only the content decides.
  const { version: _version, versionCreated: _versionCreated, ...content } = ninjs
  return createHash('sha256').update(JSON.stringify(content)).digest('hex')
}

export { ninjsUri }
