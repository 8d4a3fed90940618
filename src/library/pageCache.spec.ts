import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { gzipSync } from 'node:zlib'

import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'

import { createResponseCache } from '../http/responseCache'
import { CATCH_UP_TTL_MS, pageCacheHook, RENDER_ID_HEADER, uncacheableRenders } from './pageCache'

/**
 * The page cache in front of a stand-in for Next.js on a real loopback listener: the renderer
 * counts its renders and answers what each test asks for.
 */
describe('pageCacheHook', () => {
  let server: http.Server
  let baseUrl: string
  let head = '1'
  let tests = 0
  let renders = 0
  let errors: unknown[] = []
  let headFailure: Error | null = null
  let isCatchingUp = false
  let render: (request: http.IncomingMessage, response: http.ServerResponse) => void

  const plainPage = (request: http.IncomingMessage, response: http.ServerResponse): void => {
    response.setHeader('Content-Type', 'text/html; charset=utf-8')
    response.write(`<p>render ${renders} of ${request.url}`)
    response.end('</p>')
  }

  beforeAll(async () => {
    const hook = pageCacheHook({
      cache: createResponseCache({ maxEntries: 50 }),
      readHead: () => (headFailure ? Promise.reject(headFailure) : Promise.resolve(head)),
      isCatchingUp: () => Promise.resolve(isCatchingUp),
      onError: (error) => errors.push(error),
    })
    server = http.createServer((request, response) => {
      hook({
        request,
        response,
        next: () => {
          renders += 1
          // Renders take a moment, so that concurrent readers overlap.
          setTimeout(() => render(request, response), 20)
        },
      })
    })
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  })

  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve))
  })

  beforeEach(() => {
    tests += 1
    head = `test-${tests}`
    renders = 0
    errors = []
    headFailure = null
    isCatchingUp = false
    render = plainPage
  })

  const get = async (path: string, headers: Record<string, string> = {}) => {
    const response = await fetch(`${baseUrl}${path}`, {
      headers: { 'accept-encoding': 'identity', ...headers },
    })
    return {
      status: response.status,
      cache: response.headers.get('x-page-cache'),
      etag: response.headers.get('etag'),
      body: await response.text(),
    }
  }

  it('renders an anonymous reader’s page once and answers the next readers from memory', async () => {
    const first = await get('/en/articles/1')
    const second = await get('/en/articles/1')
    expect(first).toMatchObject({
      status: 200,
      cache: 'MISS',
      body: '<p>render 1 of /en/articles/1</p>',
    })
    expect(second).toMatchObject({ status: 200, cache: 'HIT', body: first.body })
    expect(renders).toBe(1)
  })

  it('renders again as soon as the change log moves', async () => {
    await get('/vi')
    head = `${head}-moved`
    const after = await get('/vi')
    expect(after.cache).toBe('MISS')
    expect(renders).toBe(2)
  })

  it('keys by the query whatever its order, and by the path', async () => {
    await get('/en/search?q=lotus&type=image')
    expect((await get('/en/search?type=image&q=lotus')).cache).toBe('HIT')
    expect((await get('/en/search?q=lotus&type=video')).cache).toBe('MISS')
    expect((await get('/fr/search?q=lotus&type=image')).cache).toBe('MISS')
    expect(renders).toBe(3)
  })

  it('gives signed-in readers their own render every time and keeps none of it', async () => {
    const session = { cookie: 'lang=en; payload-token=abc.def.ghi' }
    expect((await get('/en', session)).cache).toBe('BYPASS')
    expect((await get('/en', session)).cache).toBe('BYPASS')
    expect((await get('/en')).cache).toBe('MISS')
    expect(renders).toBe(3)
  })

  it('renders anew when asked to bypass, for plain forms and for navigation payloads', async () => {
    expect((await get('/en', { 'x-page-cache': 'bypass' })).cache).toBe('BYPASS')
    expect((await get('/en', { rsc: '1' })).cache).toBe('BYPASS')
    expect((await get('/en?_rsc=1x2')).cache).toBe('BYPASS')
    const post = await fetch(`${baseUrl}/en/search`, { method: 'POST', body: 'q=x' })
    expect(post.headers.get('x-page-cache')).toBe('BYPASS')
    expect(renders).toBe(4)
  })

  it('leaves every other path alone', async () => {
    const answer = await get('/api/articles?limit=1')
    expect(answer.cache).toBeNull()
    await get('/en/account')
    expect((await get('/en/account')).cache).toBeNull()
    expect(renders).toBe(3)
  })

  it('keeps a page for a second only while the search index catches up', async () => {
    isCatchingUp = true
    expect((await get('/en')).cache).toBe('MISS')
    // A crowd meanwhile shares that render instead of rendering once each.
    const crowd = await Promise.all(Array.from({ length: 5 }, () => get('/en')))
    expect(crowd.map(({ cache }) => cache)).toEqual(Array(5).fill('HIT'))
    expect(renders).toBe(1)
    // The index caught up: within the second, the page rendered before it is renewed.
    isCatchingUp = false
    await new Promise((resolve) => setTimeout(resolve, CATCH_UP_TTL_MS + 50))
    expect((await get('/en')).cache).toBe('MISS')
    const kept = await get('/en')
    expect(kept).toMatchObject({ cache: 'HIT', body: '<p>render 2 of /en</p>' })
    expect(renders).toBe(2)
  })

  it('keeps no page a render marked as this reader’s or this moment’s only', async () => {
    render = (request, response) => {
      uncacheableRenders().add(String(request.headers[RENDER_ID_HEADER]))
      plainPage(request, response)
    }
    await get('/en/search?q=limited')
    expect((await get('/en/search?q=limited')).cache).toBe('MISS')
    expect(renders).toBe(2)
    expect(uncacheableRenders().size).toBe(0)
  })

  it('never lets a client name a render the cache did not start', async () => {
    let seen: unknown
    render = (request, response) => {
      seen = request.headers[RENDER_ID_HEADER]
      plainPage(request, response)
    }
    await get('/en', { 'x-page-cache': 'bypass', [RENDER_ID_HEADER]: 'forged' })
    expect(seen).toBe('')
  })

  it('keeps no error, no page that sets a cookie and no answer that is not a page', async () => {
    const answers: Array<(response: http.ServerResponse) => void> = [
      (response) => {
        response.statusCode = 500
        response.end('<p>failed</p>')
      },
      (response) => {
        response.setHeader('Content-Type', 'text/html')
        response.setHeader('Set-Cookie', 'session=1')
        response.end('<p>personal</p>')
      },
      (response) => {
        response.setHeader('Content-Type', 'application/json')
        response.end('{}')
      },
    ]
    for (const [index, answer] of answers.entries()) {
      render = (_request, response) => answer(response)
      await get(`/en/media/${index}`)
      expect((await get(`/en/media/${index}`)).cache).toBe('MISS')
    }
    expect(renders).toBe(6)
  })

  it('renders once for many readers who ask for the same missing page at once', async () => {
    const answers = await Promise.all(Array.from({ length: 8 }, () => get('/ja/topics/dau-tu')))
    expect(renders).toBe(1)
    expect(new Set(answers.map((answer) => answer.body)).size).toBe(1)
    expect(answers.filter((answer) => answer.cache === 'MISS')).toHaveLength(1)
  })

  it('keeps compressed and plain answers apart', async () => {
    render = (request, response) => {
      response.setHeader('Content-Type', 'text/html')
      if (String(request.headers['accept-encoding']).includes('gzip')) {
        response.setHeader('Content-Encoding', 'gzip')
        response.end(gzipSync('<p>zipped</p>'))
      } else response.end('<p>plain</p>')
    }
    await get('/ko', { 'accept-encoding': 'gzip' })
    const zipped = await get('/ko', { 'accept-encoding': 'gzip, br' })
    const plain = await get('/ko')
    expect(zipped).toMatchObject({ cache: 'HIT', body: '<p>zipped</p>' })
    expect(plain).toMatchObject({ cache: 'MISS', body: '<p>plain</p>' })
  })

  it('answers 304 to a reader who holds the kept page', async () => {
    await get('/en/agencies/so-vhttdl')
    const kept = await get('/en/agencies/so-vhttdl')
    const revalidated = await fetch(`${baseUrl}/en/agencies/so-vhttdl`, {
      headers: { 'accept-encoding': 'identity', 'if-none-match': kept.etag ?? '' },
    })
    expect(revalidated.status).toBe(304)
    expect(renders).toBe(1)
  })

  it('renders as if there were no cache when the change log cannot be read', async () => {
    headFailure = new Error('database down')
    const answer = await get('/en')
    expect(answer).toMatchObject({ status: 200, body: '<p>render 1 of /en</p>' })
    expect(errors).toEqual([headFailure])
  })
})
