import { randomUUID } from 'node:crypto'
import type { IncomingMessage, ServerResponse } from 'node:http'

import type { ListenerHook } from '../http/listenerHooks'
import { setRequestHeader } from '../http/requestHeaders'
import { etagOf, type CachedResponse, type ResponseCache } from '../http/responseCache'
import {
  isStorablePage,
  pageCacheDecision,
  PAGE_CACHE_STATUS_HEADER,
  type PageCacheDecision,
} from './pageCachePolicy'

/**
 * The library's page cache: anonymous readers' pages answered from memory, in front of Next.js
 * (a listener hook, src/http/listenerHooks.ts), so a hit costs neither a render nor a read but
 * one indexed query for the change log's head.
 *
 * Freshness: every key carries the change log's head, read from the database on each request,
 * so a publication, an edit, a withdrawal or an embargo lift — in this process or another —
 * changes the key of every page at once; the cache's time-to-live bounds what the head does not
 * see (a renamed topic, new settings). Who: only what {@link pageCacheDecision} calls
 * cacheable (no session cookie, a plain GET of a public page); journalists and staff always get
 * their own render. What: only what {@link isStorablePage} accepts, and never a page whose
 * render called `markPageUncacheable` (src/library/uncacheablePage.ts: a reader over the search
 * limit, the engine down).
 *
 * Lists on the pages come from the search index, which jobs update after a change commits:
 * while they catch up (`isCatchingUp`), a page is kept for {@link CATCH_UP_TTL_MS} only, so a
 * list the index has just updated shows within that second of the jobs finishing, and a crowd
 * during a busy editing day (jobs queued nearly all the time) still costs one render per page
 * and second rather than one per reader.
 *
 * Many readers asking for the same missing page at once (the home page just after a
 * publication) wait for one render and share it.
 */
export function pageCacheHook({
  cache,
  readHead,
  isCatchingUp = () => Promise.resolve(false),
  onError,
  maxPageBytes = 2 * 2 ** 20,
}: {
  cache: Pick<ResponseCache, 'get' | 'set'>
  /** The change log's newest entry id, read from the database. */
  readHead: () => Promise<string>
  /**
   * Whether something pages read is still catching up with the change log — the search
   * index, updated by jobs after the change commits. A page rendered meanwhile is answered but
   * not kept, so the first render after the index caught up is the one kept.
   */
  isCatchingUp?: () => Promise<boolean>
  /** A failure of the cache itself; the request is then rendered as if there were none. */
  onError: (error: unknown) => void
  /** Larger pages are not kept. @default 2 MiB */
  maxPageBytes?: number
}): ListenerHook {
  const rendering = new Map<string, Promise<CachedResponse | null>>()
  return ({ request, response, next }) => {
    // Whatever a client sends under this name, only a render the cache started carries one.
    setRequestHeader({ request, name: RENDER_ID_HEADER, value: '' })
    const decision = pageCacheDecision({
      method: request.method,
      url: request.url,
      headers: request.headers,
    })
    if (!decision.isCacheable) {
      if (decision.reason !== 'other') response.setHeader(PAGE_CACHE_STATUS_HEADER, 'BYPASS')
      next()
      return
    }
    void answer({ request, response, next, decision }).catch((error: unknown) => {
      onError(error)
      if (!response.headersSent) next()
    })
  }

  async function answer({ request, response, next, decision }: PageRequest): Promise<void> {
    const key = `${await readHead()} ${decision.key}`
    const kept = cache.get({ key })
    if (kept) {
      replay({ request, response, page: kept, status: 'HIT' })
      return
    }
    const pending = rendering.get(key)
    if (pending) {
      const shared = await pending
      if (shared) replay({ request, response, page: shared, status: 'HIT' })
      // The first render could not be shared (a reader over the search limit): render anew,
      // and keep nothing from it either.
      else void renderThrough({ request, response, next, decision })
      return
    }
    const ttlMs = (await isCatchingUp()) ? CATCH_UP_TTL_MS : undefined
    const rendered = renderThrough({ request, response, next, decision })
    rendering.set(key, rendered)
    try {
      const page = await rendered
      if (page) cache.set({ key, response: page, ttlMs })
    } finally {
      rendering.delete(key)
    }
  }

  /** Passes the request to Next.js and resolves with its page when that page may be kept. */
  function renderThrough({
    request,
    response,
    next,
    decision,
  }: PageRequest): Promise<CachedResponse | null> {
    const renderId = randomUUID()
    setRequestHeader({ request, name: RENDER_ID_HEADER, value: renderId })
    response.setHeader(PAGE_CACHE_STATUS_HEADER, 'MISS')
    const chunks: Buffer[] = []
    let bytes = 0
    let isTooLarge = false
    const collect = (chunk: unknown, encoding?: unknown): void => {
      if (isTooLarge || chunk === undefined || chunk === null || typeof chunk === 'function') return
      const buffer = Buffer.isBuffer(chunk)
        ? chunk
        : typeof chunk === 'string'
          ? Buffer.from(chunk, typeof encoding === 'string' ? (encoding as BufferEncoding) : 'utf8')
          : Buffer.from(chunk as Uint8Array)
      bytes += buffer.byteLength
      if (bytes > maxPageBytes) {
        isTooLarge = true
        chunks.length = 0
        return
      }
      chunks.push(buffer)
    }
    // Next.js compresses by wrapping these too, after us: what reaches them is what is sent.
    const write = response.write.bind(response) as (...args: unknown[]) => boolean
    const end = response.end.bind(response) as (...args: unknown[]) => ServerResponse
    response.write = ((...args: unknown[]) => {
      collect(args[0], args[1])
      return write(...args)
    }) as typeof response.write
    response.end = ((...args: unknown[]) => {
      collect(args[0], args[1])
      return end(...args)
    }) as typeof response.end
    const done = new Promise<CachedResponse | null>((resolve) => {
      const settle = (isComplete: boolean): void => {
        const isMarked = uncacheableRenders().delete(renderId)
        if (!isComplete || isMarked || isTooLarge) return resolve(null)
        const headers = response.getHeaders()
        if (!isStorablePage({ status: response.statusCode, headers, encoding: decision.encoding }))
          return resolve(null)
        const body = new Uint8Array(Buffer.concat(chunks))
        resolve({ body, etag: etagOf({ body }), lastModified: 0, headers: keptHeaders(headers) })
      }
      response.once('finish', () => settle(true))
      response.once('close', () => settle(response.writableFinished))
    })
    next()
    return done
  }
}

/** A request the cache may answer, with what Next.js would be asked to do. */
type PageRequest = {
  request: IncomingMessage
  response: ServerResponse
  next: () => void
  decision: Extract<PageCacheDecision, { isCacheable: true }>
}

/** The request header that names a render the cache started, for `markPageUncacheable`. */
export const RENDER_ID_HEADER = 'x-page-render-id'

/**
 * How long a page rendered while the search index catches up is kept: its lists may lag the
 * change log by the jobs still queued, and the head does not change when they finish.
 */
export const CATCH_UP_TTL_MS = 1000

/**
 * The renders whose pages must not be kept, by render id. In the process's global object: the
 * page that marks a render and the listener hook that reads the mark are bundled apart.
 */
export function uncacheableRenders(): Set<string> {
  const holder = globalThis as { [UNCACHEABLE]?: Set<string> }
  holder[UNCACHEABLE] ??= new Set()
  return holder[UNCACHEABLE]
}

const UNCACHEABLE = Symbol.for('ttdn.uncacheablePageRenders')

/** Headers a kept page is answered with again: not those of one connection or one moment. */
function keptHeaders(
  headers: Record<string, number | string | string[] | undefined>,
): Record<string, string> {
  const kept: Record<string, string> = {}
  for (const [name, value] of Object.entries(headers)) {
    if (value === undefined || PER_RESPONSE_HEADERS.has(name)) continue
    kept[name] = Array.isArray(value) ? value.join(', ') : String(value)
  }
  return kept
}

const PER_RESPONSE_HEADERS = new Set([
  'connection',
  'keep-alive',
  'transfer-encoding',
  'content-length',
  'date',
  'etag',
  PAGE_CACHE_STATUS_HEADER.toLowerCase(),
])

function replay({
  request,
  response,
  page,
  status,
}: {
  request: IncomingMessage
  response: ServerResponse
  page: CachedResponse
  status: 'HIT'
}): void {
  for (const [name, value] of Object.entries(page.headers)) response.setHeader(name, value)
  response.setHeader('ETag', page.etag)
  response.setHeader(PAGE_CACHE_STATUS_HEADER, status)
  const ifNoneMatch = request.headers['if-none-match']
  if (
    ifNoneMatch?.split(',').some((tag) => [page.etag, `W/${page.etag}`, '*'].includes(tag.trim()))
  ) {
    response.statusCode = 304
    response.end()
    return
  }
  response.statusCode = 200
  response.setHeader('Content-Length', page.body.byteLength)
  response.end(page.body)
}
