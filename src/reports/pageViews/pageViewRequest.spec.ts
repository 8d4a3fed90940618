import { describe, expect, it } from 'vitest'

import { isCountedAnswer, viewedItemOf } from './pageViewRequest'

const BROWSER =
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36'

describe('which requests are views of an item page', () => {
  it.each([
    ['/vi/articles/12', { collection: 'articles', id: '12' }],
    [
      '/en/media/64f1c2a9e4b0a1b2c3d4e5f6/?utm_source=x',
      { collection: 'media', id: '64f1c2a9e4b0a1b2c3d4e5f6' },
    ],
  ])('counts a reader opening %s', (url, item) => {
    expect(viewedItemOf({ method: 'GET', url, headers: { 'user-agent': BROWSER } })).toEqual(item)
  })

  it.each([
    ['a search page', 'GET', '/vi/search', {}],
    ['a topic page', 'GET', '/vi/topics/du-lich', {}],
    ['an unknown language', 'GET', '/de/articles/12', {}],
    ['a HEAD request', 'HEAD', '/vi/articles/12', {}],
    ['an id no document can have', 'GET', '/vi/articles/1%20OR%201', {}],
    ['a Next.js prefetch', 'GET', '/vi/articles/12', { 'next-router-prefetch': '1' }],
    ['a browser prefetch', 'GET', '/vi/articles/12', { 'sec-purpose': 'prefetch' }],
  ])('does not count %s', (_name, method, url, headers: Record<string, string>) => {
    expect(viewedItemOf({ method, url, headers: { 'user-agent': BROWSER, ...headers } })).toBeNull()
  })

  it.each([
    'Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)',
    'Mozilla/5.0 (compatible; bingbot/2.0; +http://www.bing.com/bingbot.htm)',
    'curl/8.5.0',
    'python-requests/2.32.3',
    '',
  ])('does not count the user agent %j', (userAgent) => {
    expect(
      viewedItemOf({ method: 'GET', url: '/vi/articles/12', headers: { 'user-agent': userAgent } }),
    ).toBeNull()
  })

  it('counts pages shown (200, and 304 for a copy the browser kept), not errors or redirects', () => {
    expect([200, 304, 301, 404, 500].map((status) => isCountedAnswer({ status }))).toEqual([
      true,
      true,
      false,
      false,
      false,
    ])
  })
})
