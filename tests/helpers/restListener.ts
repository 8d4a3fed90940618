import http, { type IncomingMessage, type RequestListener, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { Readable } from 'node:stream'
import { pipeline } from 'node:stream/promises'

import type { Payload, SanitizedConfig } from 'payload'

import { restRouteHandlers } from './restClient'

/**
 * Serves `payload`'s REST API ({@link restRequestListener}) on 127.0.0.1 on a free port, and
 * resolves once it listens. A request whose handling threw is logged under `name`.
 */
export async function serveRestApi({
  config,
  payload,
  name,
}: {
  config: SanitizedConfig
  payload: Payload
  name: string
}): Promise<{ server: http.Server; port: number }> {
  const server = http.createServer(
    restRequestListener({
      config,
      onError: (error) => payload.logger.error({ msg: `${name}: the request failed`, err: error }),
    }),
  )
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return { server, port: (server.address() as AddressInfo).port }
}

/**
 * A `node:http` request listener that hands every `/api/*` request to Payload's REST route
 * handlers the way Next.js would, request and response bodies streamed; anything else is a 404.
 * For a process that serves the real app's API without a Next.js build (a bench's server, the
 * crash tests' app process). `onError` hears a request whose handling threw; it is answered 500.
 */
export function restRequestListener({
  config,
  onError,
}: {
  config: SanitizedConfig
  onError: (error: unknown) => void
}): RequestListener {
  const handlers = restRouteHandlers({ config })
  return (incoming, outgoing) => {
    void serve({ handlers, incoming, outgoing }).catch((error: unknown) => {
      onError(error)
      if (!outgoing.headersSent) outgoing.statusCode = 500
      outgoing.end()
    })
  }
}

async function serve({
  handlers,
  incoming,
  outgoing,
}: {
  handlers: ReturnType<typeof restRouteHandlers>
  incoming: IncomingMessage
  outgoing: ServerResponse
}): Promise<void> {
  const url = new URL(incoming.url ?? '/', `http://${incoming.headers.host ?? '127.0.0.1'}`)
  const method = (incoming.method ?? 'GET') as keyof typeof handlers
  const handler = handlers[method]
  if (!handler || !url.pathname.startsWith('/api/')) {
    outgoing.writeHead(404).end()
    return
  }
  const headers = new Headers()
  for (let index = 0; index < incoming.rawHeaders.length; index += 2) {
    headers.append(incoming.rawHeaders[index]!, incoming.rawHeaders[index + 1]!)
  }
  const hasBody = method !== 'GET' && method !== 'DELETE'
  const request = new Request(url, {
    method,
    headers,
    body: hasBody ? bodyOf({ incoming }) : undefined,
    // Node's fetch needs this to send a body that is a stream.
    duplex: 'half',
  } as RequestInit)
  const slug = url.pathname
    .replace(/^\/api\//, '')
    .split('/')
    .map(decodeURIComponent)
  const response = await handler(request, { params: Promise.resolve({ slug }) })
  const outgoingHeaders: Record<string, string | string[]> = Object.fromEntries(response.headers)
  // `Headers` joins several cookies into one line, which a client cannot split again.
  const cookies = response.headers.getSetCookie()
  if (cookies.length > 0) outgoingHeaders['set-cookie'] = cookies
  // An answer before the whole body arrived (a refused upload): the rest of the body is dropped
  // with the connection, which the client must therefore not use again.
  if (!incoming.complete) outgoingHeaders.connection = 'close'
  outgoing.writeHead(response.status, outgoingHeaders)
  if (response.body) {
    await pipeline(Readable.fromWeb(response.body as never), outgoing)
  } else {
    outgoing.end()
  }
}

/**
 * The request body as a web stream that reads only when Payload asks for more, so a slow
 * consumer holds back the socket. (Node 20's `Readable.toWeb` keeps pushing after the reader
 * has cancelled, and crashes the process with "Controller is already closed".) What is left
 * when the reader stops early is drained, so the response can still be sent.
 */
function bodyOf({ incoming }: { incoming: IncomingMessage }): ReadableStream<Uint8Array> {
  const chunks = incoming[Symbol.asyncIterator]() as AsyncIterator<Buffer>
  return new ReadableStream<Uint8Array>(
    {
      pull: async (controller) => {
        const next = await chunks.next()
        if (next.done) {
          controller.close()
          return
        }
        const chunk = next.value
        controller.enqueue(new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength))
      },
      cancel: () => {
        incoming.resume()
      },
    },
    { highWaterMark: 0 },
  )
}
