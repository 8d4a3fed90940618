import { describe, expect, it } from 'vitest'

import { isStorablePage, pageCacheDecision } from './pageCachePolicy'

const decide = (url: string, headers: Record<string, string> = {}, method = 'GET') =>
  pageCacheDecision({ method, url, headers })

describe('pageCacheDecision', () => {
  it.each([
    ['/en', 'identity /en'],
    ['/en/', 'identity /en'],
    ['/vi/search?type=image&q=sen', 'identity /vi/search?q=sen&type=image'],
    ['/ja/articles/12', 'identity /ja/articles/12'],
    ['/km/media/7?lang=x', 'identity /km/media/7?lang=x'],
    ['/fr/topics/dau-tu', 'identity /fr/topics/dau-tu'],
    ['/ru/agencies/so-vhttdl', 'identity /ru/agencies/so-vhttdl'],
    ['/ja/albums', 'identity /ja/albums'],
    ['/ja/albums/4', 'identity /ja/albums/4'],
    ['/ko/events', 'identity /ko/events'],
    ['/ko/events/2', 'identity /ko/events/2'],
  ])('keys the public page %s as %s', (url, key) => {
    expect(decide(url)).toEqual({ isCacheable: true, key, encoding: 'identity' })
  })

  it.each([
    ['/api/articles'],
    ['/admin'],
    ['/'],
    ['/de'],
    ['/en/account'],
    ['/en/account/login'],
    ['/en/articles/1/extra'],
    ['/en/albums/1/extra'],
    ['/_next/static/chunk.js'],
  ])('leaves %s alone', (url) => {
    expect(decide(url)).toEqual({ isCacheable: false, reason: 'other' })
  })

  it('renders anew for a session, a navigation payload, a form post, a bypass or a huge URL', () => {
    expect(decide('/en', { cookie: 'a=1; payload-token=x.y.z' })).toMatchObject({
      reason: 'session',
    })
    expect(decide('/en', { rsc: '1' })).toMatchObject({ reason: 'navigation' })
    expect(decide('/en?_rsc=abc')).toMatchObject({ reason: 'navigation' })
    expect(decide('/en/search', {}, 'POST')).toMatchObject({ reason: 'method' })
    expect(decide('/en/search', {}, 'HEAD')).toMatchObject({ reason: 'method' })
    expect(decide('/en', { 'x-page-cache': 'Bypass' })).toMatchObject({ reason: 'bypass' })
    expect(decide(`/en/search?q=${'a'.repeat(3000)}`)).toMatchObject({ reason: 'too-long' })
  })

  it('renders anew for a reader signed in by an Authorization header, as Payload reads one', () => {
    for (const authorization of ['JWT a.b.c', 'Bearer a.b.c', 'journalists API-Key k']) {
      expect(decide('/en/articles/1', { authorization })).toMatchObject({ reason: 'session' })
    }
  })

  it('counts an empty session cookie as no session', () => {
    expect(decide('/en', { cookie: 'payload-token=' })).toMatchObject({ isCacheable: true })
  })

  it('keys by the encoding the reader accepts', () => {
    expect(decide('/en', { 'accept-encoding': 'gzip, deflate, br' })).toMatchObject({
      key: 'gzip /en',
      encoding: 'gzip',
    })
    expect(decide('/en', { 'accept-encoding': 'gzip;q=0, br' })).toMatchObject({
      encoding: 'identity',
    })
  })
})

describe('isStorablePage', () => {
  const html = { 'content-type': 'text/html; charset=utf-8' }

  it('keeps a 200 page in the encoding of its key', () => {
    expect(isStorablePage({ status: 200, headers: html, encoding: 'identity' })).toBe(true)
    expect(
      isStorablePage({
        status: 200,
        headers: { ...html, 'content-encoding': 'gzip' },
        encoding: 'gzip',
      }),
    ).toBe(true)
  })

  it('keeps no error, no other type, no cookie and no other encoding', () => {
    expect(isStorablePage({ status: 404, headers: html, encoding: 'identity' })).toBe(false)
    expect(
      isStorablePage({
        status: 200,
        headers: { 'content-type': 'text/x-component' },
        encoding: 'identity',
      }),
    ).toBe(false)
    expect(
      isStorablePage({
        status: 200,
        headers: { ...html, 'set-cookie': ['a=1'] },
        encoding: 'identity',
      }),
    ).toBe(false)
    expect(
      isStorablePage({
        status: 200,
        headers: { ...html, 'content-encoding': 'deflate' },
        encoding: 'identity',
      }),
    ).toBe(false)
  })
})
