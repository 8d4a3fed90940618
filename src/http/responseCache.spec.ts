import { describe, expect, it } from 'vitest'

import {
  cachedResponse,
  createResponseCache,
  isNotModified,
  respondWith,
  responseCacheKey,
  type CachedResponse,
} from './responseCache'

function textOf(kept: CachedResponse | undefined): string | undefined {
  return kept && new TextDecoder().decode(kept.body)
}

function response(body: string): CachedResponse {
  return cachedResponse({ body, headers: {} })
}

describe('the syndication response cache', () => {
  it('evicts the least recently used response beyond its entry limit', () => {
    const cache = createResponseCache({ maxEntries: 2 })
    cache.set({ key: 'a', response: response('A') })
    cache.set({ key: 'b', response: response('B') })
    expect(textOf(cache.get({ key: 'a' }))).toBe('A')
    cache.set({ key: 'c', response: response('C') })
    expect(cache.get({ key: 'b' })).toBeUndefined()
    expect(textOf(cache.get({ key: 'a' }))).toBe('A')
    expect(textOf(cache.get({ key: 'c' }))).toBe('C')
    expect(cache.stats().entries).toBe(2)
  })

  it('keeps its bytes under the limit and refuses a body larger than the whole cache', () => {
    const cache = createResponseCache({ maxBytes: 100 })
    cache.set({ key: 'k1', response: response('x'.repeat(60)) })
    cache.set({ key: 'k2', response: response('y'.repeat(30)) })
    expect(cache.stats()).toEqual({ entries: 2, bytes: 94 })
    cache.set({ key: 'k3', response: response('z'.repeat(30)) })
    expect(cache.get({ key: 'k1' })).toBeUndefined()
    expect(cache.stats().bytes).toBeLessThanOrEqual(100)
    cache.set({ key: 'huge', response: response('đ'.repeat(60)) })
    expect(cache.get({ key: 'huge' })).toBeUndefined()
  })

  it('forgets a response once its time is up', () => {
    let clock = 1_000
    const cache = createResponseCache({ ttlMs: 500, now: () => clock })
    cache.set({ key: 'feed', response: response('A') })
    clock += 499
    expect(cache.get({ key: 'feed' })).toBeDefined()
    clock += 1
    expect(cache.get({ key: 'feed' })).toBeUndefined()
    expect(cache.stats()).toEqual({ entries: 0, bytes: 0 })
  })

  it('drops expired responses when it keeps new ones, so keys of an old head hold no memory', () => {
    let clock = 0
    const cache = createResponseCache({ ttlMs: 500, now: () => clock })
    cache.set({ key: 'head-1 /en', response: response('old home') })
    cache.set({ key: 'head-1 /vi', response: response('trang cũ'), ttlMs: 100 })
    clock = 200
    cache.set({ key: 'head-2 /en', response: response('new home') })
    // Within the sweep interval: nothing is scanned yet.
    expect(cache.stats().entries).toBe(3)
    clock = 1500
    cache.set({ key: 'head-3 /en', response: response('newest home') })
    expect(cache.stats().entries).toBe(1)
    expect(cache.stats().bytes).toBe('newest home'.length + 'head-3 /en'.length)
  })

  it('renders once for requests that miss at the same time, and keeps only what may be kept', async () => {
    const cache = createResponseCache()
    let renders = 0
    const render = async () => {
      renders += 1
      await new Promise((resolve) => setTimeout(resolve, 10))
      return { response: response('<rss/>'), isCacheable: true }
    }
    const answers = await Promise.all(
      [1, 2, 3].map(() => cache.getOrRender({ key: 'feed', render })),
    )
    expect(renders).toBe(1)
    expect(answers.map((answer) => answer.isCacheHit)).toEqual([false, false, false])
    expect(await cache.getOrRender({ key: 'feed', render })).toMatchObject({ isCacheHit: true })
    expect(renders).toBe(1)

    const empty = () => Promise.resolve({ response: response('[]'), isCacheable: false })
    await cache.getOrRender({ key: 'page', render: empty })
    expect(cache.get({ key: 'page' })).toBeUndefined()
  })

  it('hands a failed render to every waiting request and keeps nothing', async () => {
    const cache = createResponseCache()
    const failing = () => Promise.reject(new Error('database unavailable'))
    const answers = await Promise.allSettled([
      cache.getOrRender({ key: 'feed', render: failing }),
      cache.getOrRender({ key: 'feed', render: failing }),
    ])
    expect(answers.map((answer) => answer.status)).toEqual(['rejected', 'rejected'])
    const recovered = await cache.getOrRender({
      key: 'feed',
      render: () => Promise.resolve({ response: response('<rss/>'), isCacheable: true }),
    })
    expect(textOf(recovered.response)).toBe('<rss/>')
  })

  it('builds the same key whatever the order of the parts', () => {
    expect(responseCacheKey({ parts: { locale: 'vi', head: 7, scope: { b: 1, a: 2 } } })).toBe(
      responseCacheKey({ parts: { scope: { a: 2, b: 1 }, head: 7, locale: 'vi' } }),
    )
    expect(responseCacheKey({ parts: { head: 7 } })).not.toBe(
      responseCacheKey({ parts: { head: 8 } }),
    )
  })

  it('answers If-None-Match and If-Modified-Since with 304, and anything else with the body', async () => {
    const cached = { ...response('<rss/>'), lastModified: Date.parse('2026-11-23T08:00:00Z') }
    const ask = (headers: Record<string, string>) =>
      respondWith({ headers: new Headers(headers), response: cached, isCacheHit: true })
    expect(ask({ 'If-None-Match': cached.etag }).status).toBe(304)
    expect(ask({ 'If-None-Match': `"other", W/${cached.etag}` }).status).toBe(304)
    expect(ask({ 'If-Modified-Since': 'Mon, 23 Nov 2026 08:00:00 GMT' }).status).toBe(304)
    expect(ask({ 'If-Modified-Since': 'Mon, 23 Nov 2026 07:59:59 GMT' }).status).toBe(200)
    // An ETag that does not match wins over a date that would.
    expect(
      isNotModified({
        headers: new Headers({
          'If-None-Match': '"other"',
          'If-Modified-Since': 'Mon, 23 Nov 2026 09:00:00 GMT',
        }),
        etag: cached.etag,
        lastModified: cached.lastModified,
      }),
    ).toBe(false)
    const full = ask({})
    expect(full.status).toBe(200)
    expect(full.headers.get('etag')).toBe(cached.etag)
    expect(full.headers.get('x-cache')).toBe('HIT')
    expect(await full.text()).toBe('<rss/>')
  })
})
