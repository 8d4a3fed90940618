import { createHash } from 'node:crypto'

/** A rendered syndication response, kept to answer the same request again without a query. */
export type CachedResponse = {
  /** Encoded once, when rendered: a hit only copies it. */
  body: Uint8Array<ArrayBuffer>
  /** Strong validator: the hash of the body. */
  etag: string
  /** Newest change in the body (ms since the epoch), 0 when unknown; for `If-Modified-Since`. */
  lastModified: number
  headers: Record<string, string>
}

/** What a render gives back: the response, and whether it may be kept for the next request. */
export type RenderedResponse = { response: CachedResponse; isCacheable: boolean }

/** A bounded, in-process store of rendered responses, least recently used evicted first. */
export type ResponseCache = {
  get: (args: { key: string }) => CachedResponse | undefined
  /** Keeps `response` for the cache's time-to-live, or for `ttlMs` when that is given. */
  set: (args: { key: string; response: CachedResponse; ttlMs?: number }) => void
  /**
   * The kept response for `key`, or the one `render` makes — once, however many requests ask
   * for the same key meanwhile: after a publication every portal polling the feed misses at
   * the same moment, and one render serves them all.
   */
  getOrRender: (args: {
    key: string
    render: () => Promise<RenderedResponse>
  }) => Promise<{ response: CachedResponse; isCacheHit: boolean }>
  clear: () => void
  /** Entries and bytes held now. */
  stats: () => { entries: number; bytes: number }
}

export type ResponseCacheOptions = {
  /**
   * Most responses kept.
   * @default 500
   */
  maxEntries?: number
  /**
   * Most bytes kept, counting bodies (UTF-8) and keys.
   * @default 32 MiB
   */
  maxBytes?: number
  /**
   * How long a response may be served. Keys carry the change-log head, so publishing and
   * withdrawing invalidate at once; this bounds what the head does not see (a renamed agency
   * or topic, a changed slug, new province settings) to the minute the feeds already tell HTTP caches.
   * @default 60_000
   */
  ttlMs?: number
  /** The clock, for tests. @default Date.now */
  now?: () => number
}

/** How often a write also drops the expired responses. */
const SWEEP_INTERVAL_MS = 1000

/**
 * Creates a response cache. Each process has its own: a change committed by another process
 * (the worker lifting an embargo) still reaches readers, because every lookup key carries the
 * change-log head read from the database on that request.
 */
export function createResponseCache({
  maxEntries = 500,
  maxBytes = 32 * 2 ** 20,
  ttlMs = 60_000,
  now = Date.now,
}: ResponseCacheOptions = {}): ResponseCache {
  // A Map iterates in insertion order; re-inserting on every hit makes it least-recently-used.
  const entries = new Map<string, { response: CachedResponse; bytes: number; expiresAt: number }>()
  const rendering = new Map<string, Promise<RenderedResponse>>()
  let bytes = 0

  let lastSweep = now()
  // Keys carry the change-log head, so a response kept under an older head is never asked for
  // again: without a sweep it would hold memory until the byte cap pushed it out. At most one
  // pass a second over at most `maxEntries`.
  const dropExpired = () => {
    const time = now()
    if (time - lastSweep < SWEEP_INTERVAL_MS) return
    lastSweep = time
    for (const [key, entry] of entries) if (entry.expiresAt <= time) remove(key)
  }

  const remove = (key: string) => {
    const entry = entries.get(key)
    if (!entry) return
    entries.delete(key)
    bytes -= entry.bytes
  }

  const get: ResponseCache['get'] = ({ key }) => {
    const entry = entries.get(key)
    if (!entry) return undefined
    if (entry.expiresAt <= now()) {
      remove(key)
      return undefined
    }
    entries.delete(key)
    entries.set(key, entry)
    return entry.response
  }

  const set: ResponseCache['set'] = ({ key, response, ttlMs: entryTtlMs = ttlMs }) => {
    dropExpired()
    const size = response.body.byteLength + key.length
    remove(key)
    if (size > maxBytes) return
    entries.set(key, { response, bytes: size, expiresAt: now() + entryTtlMs })
    bytes += size
    for (const oldest of entries.keys()) {
      if (entries.size <= maxEntries && bytes <= maxBytes) break
      remove(oldest)
    }
  }

  return {
    get,
    set,
    getOrRender: async ({ key, render }) => {
      const kept = get({ key })
      if (kept) return { response: kept, isCacheHit: true }
      let pending = rendering.get(key)
      if (!pending) {
        pending = render().then(
          (rendered) => {
            rendering.delete(key)
            if (rendered.isCacheable) set({ key, response: rendered.response })
            return rendered
          },
          (error: unknown) => {
            rendering.delete(key)
            throw error
          },
        )
        rendering.set(key, pending)
      }
      return { response: (await pending).response, isCacheHit: false }
    },
    clear: () => {
      entries.clear()
      bytes = 0
    },
    stats: () => ({ entries: entries.size, bytes }),
  }
}

/** A cache key from everything a response depends on; the order of object keys does not matter. */
export function responseCacheKey({ parts }: { parts: Record<string, unknown> }): string {
  return JSON.stringify(parts, (_key, value: unknown) =>
    value && typeof value === 'object' && !Array.isArray(value)
      ? Object.fromEntries(
          Object.entries(value as Record<string, unknown>).sort(([a], [b]) => a.localeCompare(b)),
        )
      : value,
  )
}

/** A response ready to keep: its body encoded and its ETag computed, once. */
export function cachedResponse({
  body,
  lastModified = 0,
  headers,
}: {
  body: string
  lastModified?: number
  headers: Record<string, string>
}): CachedResponse {
  const bytes = new TextEncoder().encode(body)
  return { body: bytes, etag: etagOf({ body: bytes }), lastModified, headers }
}

/** A strong ETag from the body: equal bodies, equal tags, in every process. */
export function etagOf({ body }: { body: string | Uint8Array }): string {
  return `"${createHash('sha256').update(body).digest('base64url').slice(0, 32)}"`
}

/**
 * Whether a conditional GET may be answered with 304: `If-None-Match` when present (weak or
 * strong comparison, `*`), otherwise `If-Modified-Since` to the second.
 */
export function isNotModified({
  headers,
  etag,
  lastModified,
}: {
  headers: Headers
  etag: string
  lastModified: number
}): boolean {
  const ifNoneMatch = headers.get('if-none-match')
  if (ifNoneMatch) {
    return ifNoneMatch
      .split(',')
      .map((tag) => tag.trim())
      .some((tag) => tag === '*' || tag === etag || tag === `W/${etag}`)
  }
  const ifModifiedSince = headers.get('if-modified-since')
  if (ifModifiedSince && lastModified > 0) {
    const since = Date.parse(ifModifiedSince)
    return !Number.isNaN(since) && Math.floor(lastModified / 1000) <= Math.floor(since / 1000)
  }
  return false
}

/** The 200 or 304 answer to a request for a cached or freshly rendered response. */
export function respondWith({
  headers,
  response,
  isCacheHit,
}: {
  headers: Headers
  response: CachedResponse
  isCacheHit: boolean
}): Response {
  const responseHeaders = {
    ...response.headers,
    ETag: response.etag,
    ...(response.lastModified > 0
      ? { 'Last-Modified': new Date(response.lastModified).toUTCString() }
      : {}),
    // Lets operators and the bench see whether the process cache answered.
    'X-Cache': isCacheHit ? 'HIT' : 'MISS',
  }
  if (isNotModified({ headers, etag: response.etag, lastModified: response.lastModified }))
    return new Response(null, { status: 304, headers: responseHeaders })
  return new Response(response.body, { status: 200, headers: responseHeaders })
}
