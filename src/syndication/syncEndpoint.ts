import type { Endpoint, PayloadRequest, Where } from 'payload'

import { internalSlugs, slugs } from '../../collections/slugs'
import { getEnv } from '../env'
import { InvalidInputError, TooManyRequestsError } from '../errors/AppError'
import type { SyndicationScope } from './apiClient'
import { changeLogHead } from './changeLogHead'
import { changeNotifierFor } from './changeNotifier'
import type { RequestedTarget } from './requestedTarget'
import { parseSyncParams, syncCursor } from './syncParams'
import { cachedResponse, respondWith, type RenderedResponse } from '../http/responseCache'
import { syndicationEndpoint, type SyndicationEndpointOptions } from './syndicationEndpoint'
import { isSelectedByTarget, OPEN_TARGET_FILTER } from './targetFilter'

/** What a long poll refused for the waiter cap is told to wait before it asks again. */
const WAITERS_RETRY_AFTER_SECONDS = 5

/**
 * `GET /api/syndication/ninjs?since=<cursor>&locale&limit&target[&wait=seconds]` → `{ items,
 * tombstones, next }`: every published version and every tombstone after the cursor, in the
 * order they were committed. The cursor is opaque; following `next` never skips or repeats an
 * entry, because entries are appended in commit order (SQLite writers are serialised,
 * src/db/serializeSqliteWrites.ts). `target` (a syndication target's key or id) keeps only what
 * that target is pushed: for a target requiring department approval, a version once approved
 * (its release), and without `target` every version once, as published. Pages with entries are kept in the process, keyed by the change-log
 * head, so portals polling the same cursor cost one indexed query each.
 *
 * `wait=<seconds>` (API clients only; anyone else gets a translated 400) holds an empty answer
 * up to 30 s until something arrives. Held requests sleep on the process's one change notifier
 * (src/syndication/changeNotifier.ts), woken by the change-log writer, not polling per request;
 * at most `SYNC_WAIT_MAX_WAITERS` are held at once and `SYNC_WAIT_MAX_PER_CLIENT` per client,
 * beyond which the answer is 429 with `Retry-After`.
 */
export function createNinjsSyncEndpoint(options: SyndicationEndpointOptions = {}): Endpoint {
  return syndicationEndpoint({
    options,
    defaultPath: '/syndication/ninjs',
    parse: ({ req }) => parseSyncParams({ searchParams: req.searchParams }),
    check: ({ req, params }) => {
      // A held request is an open connection: only known clients may hold one.
      if (params.waitSeconds > 0 && waiterKeyOf({ req }) === null) {
        throw new InvalidInputError({ messageKey: 'syndication.waitNeedsApiClient' })
      }
    },
    respond: async ({ req, cache, params, scope, target, cacheKey }) => {
      const { since, locale, limit, waitSeconds: wait } = params
      const key = await cacheKey({ parts: { endpoint: 'ninjs', since, locale, limit } })
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
      const waiter = waiterKeyOf({ req })
      const release = wait > 0 ? waiters.acquire({ client: waiter ?? '' }) : () => undefined
      if (release === null) throw tooManyWaiters({ req })
      try {
        const { response } = await render({ waitSeconds: wait })
        return respondWith({ headers: req.headers, response, isCacheHit: false })
      } finally {
        release()
      }
    },
  })
}

/**
 * Counts the long polls held open, in all and per client, against the `SYNC_WAIT_MAX_*`
 * settings. `acquire` gives back the release, or `null` when a cap is reached.
 */
function createWaiterSlots(): {
  acquire: (args: { client: string }) => (() => void) | null
} {
  const perClient = new Map<string, number>()
  let total = 0
  return {
    acquire: ({ client }) => {
      const { syncWaitMaxWaiters, syncWaitMaxPerClient } = getEnv().syndication
      const held = perClient.get(client) ?? 0
      if (total >= syncWaitMaxWaiters || held >= syncWaitMaxPerClient) return null
      total += 1
      perClient.set(client, held + 1)
      let isReleased = false
      return () => {
        if (isReleased) return
        isReleased = true
        total -= 1
        const left = (perClient.get(client) ?? 1) - 1
        if (left > 0) perClient.set(client, left)
        else perClient.delete(client)
      }
    },
  }
}

const waiters = createWaiterSlots()

/** The API client a request holds a long poll for, or `null` for anyone else. */
function waiterKeyOf({ req }: { req: PayloadRequest }): string | null {
  const user = req.user as { collection?: string; id?: number | string } | null | undefined
  return user?.collection === slugs.apiClients && user.id !== undefined
    ? `${user.collection}:${String(user.id)}`
    : null
}

/**
 * 429 with `Retry-After`. Payload's error route sends `req.responseHeaders` with the error
 * (payload/dist/utilities/routeError.js), so the headers are set there.
 */
function tooManyWaiters({ req }: { req: PayloadRequest }): TooManyRequestsError {
  const headers = req.responseHeaders ?? new Headers()
  headers.set('Retry-After', String(WAITERS_RETRY_AFTER_SECONDS))
  headers.set('Cache-Control', 'no-store')
  req.responseHeaders = headers
  return new TooManyRequestsError({
    messageKey: 'syndication.tooManyWaiters',
    params: { seconds: WAITERS_RETRY_AFTER_SECONDS },
  })
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
  const notifier = changeNotifierFor({ payload: req.payload })
  // The head is read before the page: an entry committed in between moves it, so the wait
  // below returns at once instead of missing it.
  let head = waitSeconds > 0 ? await changeLogHead({ payload: req.payload }) : ''
  let page = await readPage({ req, where, limit })
  while (page.docs.length === 0 && Date.now() < deadline) {
    const hasChanged = await notifier.waitForChange({
      head,
      timeoutMs: deadline - Date.now(),
      signal: req.signal,
    })
    if (!hasChanged) break
    head = await changeLogHead({ payload: req.payload })
    page = await readPage({ req, where, limit })
  }
  const lastId = page.docs.at(-1)?.id ?? since
  const entries = page.docs.filter(
    (event) =>
      (topicSlugs === null ||
        (Array.isArray(event.topics) &&
          event.topics.some((slug) => topicSlugs.has(String(slug))))) &&
      isSelectedByTarget({ filter: target?.filter ?? OPEN_TARGET_FILTER, entry: event }),
  )
  const body = JSON.stringify({
    items: entries.filter((event) => event.kind === 'upsert').map((event) => event.ninjs),
    tombstones: entries
      .filter((event) => event.kind === 'tombstone')
      .map((event) => ({ ...(event.ninjs as object), reason: event.reason })),
    next: syncCursor(lastId),
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
  isApprovalRelease?: boolean | null
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
