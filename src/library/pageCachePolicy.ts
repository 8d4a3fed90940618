import { LOCALES } from '../i18n/locales'

/**
 * Which library requests the page cache may answer, and which rendered answers it may keep.
 * Only what every anonymous reader sees alike is kept: a request with a session cookie is a
 * journalist's or a staff member's and always gets its own render, as does one with an
 * `Authorization` header (Payload reads a session from either); so does anything that is not
 * a plain GET of a public library page (forms, account pages, client-side navigation).
 */

/** Payload's session cookie (journalists and staff share its auth, with the default prefix). */
export const SESSION_COOKIE = 'payload-token'

/**
 * The header that turns the cache off for one request: the bench's baseline, and an operator
 * comparing the two. Sending it is worth no more than sending any session cookie.
 */
export const PAGE_CACHE_BYPASS_HEADER = 'x-page-cache'

/** The answer's header that tells operators and the bench what the cache did. */
export const PAGE_CACHE_STATUS_HEADER = 'X-Page-Cache'

/** The longest path and query kept; longer requests are rendered every time. */
const MAX_URL_LENGTH = 2048

const LIBRARY_PAGE = new RegExp(
  `^/(?:${LOCALES.join('|')})(?:/search|/albums|/events|/(?:articles|media|topics|agencies|albums|events)/[^/]+)?/?$`,
)

/** Request headers as Node gives them. */
export type RequestHeaders = Record<string, string | string[] | undefined>

/** What the cache does with a request. */
export type PageCacheDecision =
  | {
      isCacheable: true
      /** Path, sorted query and the response encoding the reader accepts. */
      key: string
      encoding: 'gzip' | 'identity'
    }
  | {
      isCacheable: false
      /** `other`: not a library page at all; the rest are library pages rendered anew. */
      reason: 'other' | 'method' | 'session' | 'navigation' | 'bypass' | 'too-long'
    }

/**
 * Decides whether the cache may answer a request. Pure: the method, the URL as the client sent
 * it (path and query) and the headers.
 */
export function pageCacheDecision({
  method,
  url,
  headers,
}: {
  method: string | undefined
  url: string | undefined
  headers: RequestHeaders
}): PageCacheDecision {
  if (!url) return { isCacheable: false, reason: 'other' }
  const queryStart = url.indexOf('?')
  const path = queryStart === -1 ? url : url.slice(0, queryStart)
  if (!LIBRARY_PAGE.test(path)) return { isCacheable: false, reason: 'other' }
  if (method !== 'GET') return { isCacheable: false, reason: 'method' }
  if (url.length > MAX_URL_LENGTH) return { isCacheable: false, reason: 'too-long' }
  // Payload signs a reader in by an `Authorization` header (a JWT, an API key) as well as by the
  // cookie: such a render is that reader's (a journalist's press-window view) and never shared.
  if (
    hasSessionCookie({ cookie: headerValue(headers.cookie) }) ||
    headers.authorization !== undefined
  )
    return { isCacheable: false, reason: 'session' }
  // Client-side navigation asks for the React Server Components payload, not the page.
  if (headers.rsc !== undefined || headers['next-router-state-tree'] !== undefined)
    return { isCacheable: false, reason: 'navigation' }
  const query = new URLSearchParams(queryStart === -1 ? '' : url.slice(queryStart + 1))
  if (query.has('_rsc')) return { isCacheable: false, reason: 'navigation' }
  if (headerValue(headers[PAGE_CACHE_BYPASS_HEADER])?.toLowerCase() === 'bypass')
    return { isCacheable: false, reason: 'bypass' }
  query.sort()
  const encoding = acceptsGzip({ acceptEncoding: headerValue(headers['accept-encoding']) })
    ? 'gzip'
    : 'identity'
  const search = query.toString()
  return {
    isCacheable: true,
    key: `${encoding} ${path.replace(/\/$/, '')}${search ? `?${search}` : ''}`,
    encoding,
  }
}

/**
 * Whether a rendered answer may be kept for every anonymous reader: a complete 200 HTML page,
 * in the encoding the key names, that sets no cookie.
 */
export function isStorablePage({
  status,
  headers,
  encoding,
}: {
  status: number
  headers: Record<string, number | string | string[] | undefined>
  encoding: 'gzip' | 'identity'
}): boolean {
  if (status !== 200) return false
  if (headers['set-cookie'] !== undefined) return false
  const contentType = headerValue(headers['content-type'] as string | string[] | undefined)
  if (!contentType?.startsWith('text/html')) return false
  const contentEncoding =
    headerValue(headers['content-encoding'] as string | string[] | undefined) ?? 'identity'
  return contentEncoding === encoding
}

function hasSessionCookie({ cookie }: { cookie: string | undefined }): boolean {
  if (!cookie) return false
  const prefix = `${SESSION_COOKIE}=`
  return cookie.split(';').some((pair) => {
    const trimmed = pair.trim()
    return trimmed.startsWith(prefix) && trimmed.length > prefix.length
  })
}

function acceptsGzip({ acceptEncoding }: { acceptEncoding: string | undefined }): boolean {
  if (!acceptEncoding) return false
  return acceptEncoding.split(',').some((entry) => {
    const [coding, ...params] = entry.trim().toLowerCase().split(';')
    if (coding !== 'gzip') return false
    const q = params.map((param) => param.trim()).find((param) => param.startsWith('q='))
    return q === undefined || Number(q.slice(2)) > 0
  })
}

function headerValue(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value.join(', ') : value
}
