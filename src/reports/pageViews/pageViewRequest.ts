import { isbot } from 'isbot'

import { DOCUMENT_ID } from '../../http/params'
import { LOCALES } from '../../i18n/locales'
import type { StatisticsCollection } from '../statisticsBackend'

/** The library page of one item a request asks for. */
export type ViewedItem = { collection: StatisticsCollection; id: string }

/** Request headers as Node gives them. */
type RequestHeaders = Record<string, string | string[] | undefined>

/**
 * Which library item page a request would be a view of, or null when it is not one worth
 * counting: not a GET of `/{lang}/articles/{id}` or `/{lang}/media/{id}`, a prefetch (Next.js
 * fetching a linked page in advance, which nobody has opened yet), or a bot or a script by its
 * user agent (the `isbot` list; no user agent at all counts as a script). Pure; what the answer
 * was is {@link isCountedAnswer}'s.
 */
export function viewedItemOf({
  method,
  url,
  headers,
}: {
  method: string | undefined
  url: string | undefined
  headers: RequestHeaders
}): ViewedItem | null {
  if (method !== 'GET' || !url) return null
  const queryStart = url.indexOf('?')
  const match = ITEM_PAGE.exec(queryStart === -1 ? url : url.slice(0, queryStart))
  if (!match) return null
  const id = match[2]!
  if (!DOCUMENT_ID.test(id)) return null
  if (headers['next-router-prefetch'] !== undefined) return null
  const purpose = `${headerValue(headers['sec-purpose']) ?? ''} ${headerValue(headers.purpose) ?? ''}`
  if (purpose.toLowerCase().includes('prefetch')) return null
  const userAgent = headerValue(headers['user-agent'])?.trim()
  if (!userAgent || isbot(userAgent)) return null
  return { collection: match[1] as StatisticsCollection, id }
}

/**
 * Whether the answer showed the page: 200 (rendered, or replayed by the page cache) or 304 (the
 * reader's browser showed the copy it kept, which is a view too). Not found, errors and
 * redirects are not views.
 */
export function isCountedAnswer({ status }: { status: number }): boolean {
  return status === 200 || status === 304
}

const ITEM_PAGE = new RegExp(`^/(?:${LOCALES.join('|')})/(articles|media)/([^/]+)/?$`)

function headerValue(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value
}
