import { createServer, type IncomingHttpHeaders, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'

/** What one route of the feed server answers. */
export type FeedRoute =
  | {
      kind: 'feed'
      body: string
      contentType: string
      /** Sent as `ETag`; a request with the same `If-None-Match` gets 304 unless ignored. */
      etag?: string
      ignoresEtag?: boolean
    }
  | { kind: 'image'; body: Buffer }
  | { kind: 'redirect'; location: string }
  | { kind: 'status'; status: number }
  /** `megabytes` of filler, chunked, without a Content-Length. */
  | { kind: 'endless'; megabytes: number }

/** One request the server saw: its path, headers and the status it answered. */
export type SeenRequest = { path: string; headers: IncomingHttpHeaders; status: number }

export type LoopbackFeedServer = {
  /** `http://127.0.0.1:<port>` */
  origin: string
  routes: Map<string, FeedRoute>
  requests: SeenRequest[]
  stop: () => Promise<void>
}

/**
 * An agency portal on 127.0.0.1 for the harvester's tests: feeds (with an ETag it honours or
 * ignores), images, redirects, error statuses and an oversized body, per path, changeable
 * between polls; it notes every request it answers.
 */
export async function startLoopbackFeedServer(): Promise<LoopbackFeedServer> {
  const routes = new Map<string, FeedRoute>()
  const requests: SeenRequest[] = []
  const server: Server = createServer((request, response) => {
    const path = request.url ?? '/'
    const route = routes.get(path)
    const answer = (status: number, headers: Record<string, string>, body?: string | Buffer) => {
      requests.push({ path, headers: request.headers, status })
      response.writeHead(status, headers).end(body)
    }
    if (!route) return answer(404, {})
    switch (route.kind) {
      case 'feed': {
        const isFresh =
          route.etag && !route.ignoresEtag && request.headers['if-none-match'] === route.etag
        if (isFresh) return answer(304, { ETag: route.etag! })
        return answer(
          200,
          { 'Content-Type': route.contentType, ...(route.etag ? { ETag: route.etag } : {}) },
          route.body,
        )
      }
      case 'image':
        return answer(200, { 'Content-Type': 'image/jpeg' }, route.body)
      case 'redirect':
        return answer(302, { Location: route.location })
      case 'status':
        return answer(route.status, {})
      case 'endless': {
        requests.push({ path, headers: request.headers, status: 200 })
        response.writeHead(200, { 'Content-Type': 'application/rss+xml' })
        const chunk = Buffer.alloc(64 * 1024, 'a')
        let left = Math.ceil((route.megabytes * 1024 * 1024) / chunk.byteLength)
        const write = (): void => {
          while (left > 0) {
            left -= 1
            if (!response.write(chunk)) {
              response.once('drain', write)
              return
            }
          }
          response.end()
        }
        // The harvester hangs up once the cap is passed: that is the point, not a failure.
        response.on('error', () => undefined)
        write()
        return
      }
    }
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return {
    origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    routes,
    requests,
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
}
