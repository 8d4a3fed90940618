import type { Endpoint, PayloadRequest, Where } from 'payload'

import { internalSlugs, slugs } from '../../collections/slugs'
import { translatedError } from '../errors/translatedError'
import { LOCALES, isLocale } from '../i18n/locales'
import { syndicationScope, type SyndicationScope } from './apiClient'
import { changeLogHead } from './changeLogHead'
import { requestedTarget, type RequestedTarget } from './requestedTarget'
import {
  cachedResponse,
  createResponseCache,
  respondWith,
  responseCacheKey,
  type RenderedResponse,
  type ResponseCache,
} from './responseCache'
import { isSelectedByTarget } from './targetFilter'

const MAX_LIMIT = 200
const MAX_WAIT_SECONDS = 30
const POLL_INTERVAL_MS = 500

export type NinjsSyncEndpointOptions = {
  /**
   * Where answered pages are kept between requests; `null` reads every request afresh, which
   * only the feeds bench uses, as its baseline.
   * @default a cache of its own (src/syndication/responseCache.ts defaults)
   */
  cache?: ResponseCache | null
  /**
   * The endpoint's path under `/api`.
   * @default '/syndication/ninjs'
   */
  path?: string
}

/**
 * `GET /api/syndication/ninjs?since=<cursor>&locale&limit&target[&wait=seconds]` → `{ items,
 * tombstones, next }`: every published version and every tombstone after the cursor, in the
 * order they were committed. The cursor is opaque; following `next` never skips or repeats an
 * entry, because entries are appended in commit order (SQLite writers are serialised,
 * src/db/serializeSqliteWrites.ts). With `wait`, an empty answer is held back up to 30 s until
 * something arrives. `target` (a syndication target's key or id) keeps only what that target
 * is pushed. Pages with entries are kept in the process, keyed by the change-log head, so
 * portals polling the same cursor cost one indexed query each.
 */
export function createNinjsSyncEndpoint({
  cache = createResponseCache(),
  path = '/syndication/ninjs',
}: NinjsSyncEndpointOptions = {}): Endpoint {
  return {
    path,
    method: 'get',
    handler: async (req) => {
      const scope = syndicationScope({ req })
      const since = decodeCursor({ req, cursor: req.searchParams.get('since') })
      const locale = req.searchParams.get('locale')
      if (locale !== null && !isLocale(locale)) {
        throw translatedError({
          req,
          status: 400,
          key: 'errors.invalidParameter',
          params: { name: 'locale', expected: LOCALES.join(', ') },
        })
      }
      if (locale && scope.locales && !scope.locales.includes(locale)) {
        throw translatedError({ req, status: 403, key: 'errors.forbidden' })
      }
      const limit = integerParam({ req, name: 'limit', fallback: 50, max: MAX_LIMIT })
      const wait = integerParam({ req, name: 'wait', fallback: 0, max: MAX_WAIT_SECONDS })
      const target = await requestedTarget({ req, scope })

      const key = responseCacheKey({
        parts: {
          endpoint: 'ninjs',
          since,
          locale,
          limit,
          target: target && [target.id, target.revision],
          scope: [scope.locales, scope.topicIds],
          head: cache ? await changeLogHead({ req }) : null,
        },
      })
      const render = ({ waitSeconds }: { waitSeconds: number }) =>
        renderSyncPage({ req, since, locale, limit, waitSeconds, scope, target })
      // Only pages with entries are kept, so a kept page never cuts a `wait` short.
      const kept = cache?.get({ key })
      if (kept) return respondWith({ headers: req.headers, response: kept, isCacheHit: true })
      if (cache && wait === 0) {
        const { response, isCacheHit } = await cache.getOrRender({
          key,
          render: () => render({ waitSeconds: 0 }),
        })
        return respondWith({ headers: req.headers, response, isCacheHit })
      }
      // A long poll waits on its own: sharing its render would hold back requests that do not.
      const { response } = await render({ waitSeconds: wait })
      return respondWith({ headers: req.headers, response, isCacheHit: false })
    },
  }
}

/** The sync as the app serves it, with its response cache. */
export const ninjsSyncEndpoint: Endpoint = createNinjsSyncEndpoint()

/**
 * Reads the entries after `since` a sync request selects, waiting up to `waitSeconds` for the
 * first to arrive, and renders the page. Kept only when it has entries.
 */
async function renderSyncPage({
  req,
  since,
  locale,
  limit,
  waitSeconds,
  scope,
  target,
}: {
  req: PayloadRequest
  since: number
  locale: string | null
  limit: number
  waitSeconds: number
  scope: SyndicationScope
  target: RequestedTarget | null
}): Promise<RenderedResponse> {
  const topicSlugs = await allowedTopicSlugs({ req, topicIds: scope.topicIds })
  const where: Where = {
    and: [
      { id: { greater_than: since } },
      ...(locale
        ? [{ locale: { equals: locale } }]
        : scope.locales
          ? [{ locale: { in: scope.locales } }]
          : []),
    ],
  }
  const deadline = Date.now() + waitSeconds * 1000
  let page = await readPage({ req, where, limit })
  while (page.docs.length === 0 && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, POLL_INTERVAL_MS))
    page = await readPage({ req, where, limit })
  }
  const lastId = page.docs.at(-1)?.id ?? since
  const entries = page.docs.filter(
    (event) =>
      (topicSlugs === null ||
        (Array.isArray(event.topics) &&
          event.topics.some((slug) => topicSlugs.has(String(slug))))) &&
      (target === null || isSelectedByTarget({ filter: target.filter, entry: event })),
  )
  const body = JSON.stringify({
    items: entries.filter((event) => event.kind === 'upsert').map((event) => event.ninjs),
    tombstones: entries
      .filter((event) => event.kind === 'tombstone')
      .map((event) => ({ ...(event.ninjs as object), reason: event.reason })),
    next: encodeCursor(lastId),
  })
  return {
    response: cachedResponse({
      body,
      headers: { 'Content-Type': 'application/json', 'Cache-Control': 'no-store' },
    }),
    isCacheable: page.docs.length > 0,
  }
}

type SyncEvent = {
  id: number
  kind: string
  locale: string
  ninjs: unknown
  topics?: unknown
  infoType?: string | null
  reason?: string | null
}

async function readPage({
  req,
  where,
  limit,
}: {
  req: PayloadRequest
  where: Where
  limit: number
}) {
  // The log holds only what anonymous readers may see; the caller's scope is applied above.
  const result = await req.payload.find({
    collection: internalSlugs.syncEvents,
    where,
    sort: 'id',
    limit,
    depth: 0,
    pagination: false,
    overrideAccess: true,
  })
  return { docs: result.docs as unknown as SyncEvent[] }
}

async function allowedTopicSlugs({
  req,
  topicIds,
}: {
  req: PayloadRequest
  topicIds: string[] | null
}) {
  if (topicIds === null) return null
  const { docs } = await req.payload.find({
    collection: slugs.topics,
    where: { id: { in: topicIds } },
    depth: 0,
    limit: topicIds.length,
    overrideAccess: false,
    user: req.user,
  })
  return new Set(docs.map((topic) => topic.slug))
}

export function encodeCursor(id: number): string {
  return Buffer.from(`ttdn:${id}`).toString('base64url')
}

function decodeCursor({ req, cursor }: { req: PayloadRequest; cursor: string | null }): number {
  if (cursor === null || cursor === '') return 0
  const match = /^ttdn:(\d+)$/.exec(Buffer.from(cursor, 'base64url').toString('utf8'))
  if (!match) {
    throw translatedError({
      req,
      status: 400,
      key: 'errors.invalidParameter',
      params: { name: 'since', expected: 'next' },
    })
  }
  return Number(match[1])
}

function integerParam({
  req,
  name,
  fallback,
  max,
}: {
  req: PayloadRequest
  name: string
  fallback: number
  max: number
}): number {
  const raw = req.searchParams.get(name)
  if (raw === null || raw === '') return fallback
  const value = Number(raw)
  if (!Number.isInteger(value) || value < 0 || value > max) {
    throw translatedError({
      req,
      status: 400,
      key: 'errors.invalidParameter',
      params: { name, expected: `0–${max}` },
    })
  }
  return value
}
