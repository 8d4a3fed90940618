import { cursorParam, encodeCursor, integerParam, localeParam } from '../http/params'
import type { Locale } from '../i18n/locales'

/** The largest page of the sync, and the longest a request may hold for news. */
export const SYNC_LIMITS = { maxLimit: 200, defaultLimit: 50, maxWaitSeconds: 30 } as const

/** What the sync's cursor says before its position, so a cursor of another API is refused. */
const CURSOR_PREFIX = 'ttdn'

/** The query of `GET /api/syndication/ninjs`, checked. */
export type SyncParams = {
  /** The change-log position to read after; 0 is the start. */
  since: number
  /** One language only, or null for every language the caller may read. */
  locale: Locale | null
  limit: number
  waitSeconds: number
}

/**
 * Reads `since`, `locale`, `limit` and `wait` of a sync request; throws the translated 400
 * (InvalidParameterError) for a value it cannot use. `target` is looked up by the endpoint.
 */
export function parseSyncParams({ searchParams }: { searchParams: URLSearchParams }): SyncParams {
  return {
    since: cursorParam({ name: 'since', value: searchParams.get('since'), prefix: CURSOR_PREFIX }),
    locale: localeParam({ value: searchParams.get('locale') }) ?? null,
    limit: integerParam({
      name: 'limit',
      value: searchParams.get('limit'),
      min: 0,
      max: SYNC_LIMITS.maxLimit,
      fallback: SYNC_LIMITS.defaultLimit,
    }),
    waitSeconds: integerParam({
      name: 'wait',
      value: searchParams.get('wait'),
      min: 0,
      max: SYNC_LIMITS.maxWaitSeconds,
      fallback: 0,
    }),
  }
}

/** The `next` cursor of a page that ends at change-log entry `id`. */
export function syncCursor(id: number): string {
  return encodeCursor({ prefix: CURSOR_PREFIX, position: id })
}
