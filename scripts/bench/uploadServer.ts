/**
 * The server of `npm run bench:media`'s `upload_memory` figure, run as a child process so its
 * memory is its own: the real Payload app (the environment the parent gives it: a scratch
 * SQLite file and folders, the local folder or an S3 server, `JOBS_AUTORUN=false` so no
 * transcode runs) behind Payload's REST route handlers on a plain `node:http` server on
 * 127.0.0.1. Requests and responses are streamed through, as Next.js does, so no build is
 * needed. It samples its own resident set size every 50 ms.
 *
 * Talks to the parent over IPC:
 * - sends `{ type: 'ready', port, agencyId, email, password }` once it listens;
 * - on `{ type: 'start' }` takes the current RSS as the baseline and starts the peak afresh,
 *   then sends `{ type: 'started' }`;
 * - on `{ type: 'stop' }` sends `{ type: 'memory', baselineBytes, peakBytes, samples }`;
 * - on `{ type: 'exit' }` shuts Payload down and exits.
 */
import { randomBytes } from 'node:crypto'
import http from 'node:http'
import { Readable } from 'node:stream'
import { pipeline } from 'node:stream/promises'

import { loadPayloadApp } from '../lib/loadPayloadApp'

type ParentMessage = { type: 'start' | 'stop' | 'exit' }

const SAMPLE_INTERVAL_MS = 50

const { config, getPayload } = await loadPayloadApp()
const { restRouteHandlers } = await import('../../tests/helpers/restClient')
const { slugs } = await import('../../collections/slugs')
const { endExifTool } = await import('../../src/media/metadata/exiftool')

const payload = await getPayload({ config })
const handlers = restRouteHandlers({ config })

const agency = await payload.create({
  collection: slugs.agencies,
  data: { name: 'Đài Phát thanh - Truyền hình', code: 'bench-agency', kind: 'newsroom' },
})
const email = 'bench@ttdn.test'
const password = randomBytes(12).toString('hex')
await payload.create({
  collection: slugs.users,
  data: { email, password, name: 'Bench', roles: ['admin'], agency: agency.id },
})

const server = http.createServer((incoming, outgoing) => {
  void serve({ incoming, outgoing }).catch((error: unknown) => {
    payload.logger.error({ msg: 'Bench server: the request failed', err: error })
    if (!outgoing.headersSent) outgoing.statusCode = 500
    outgoing.end()
  })
})
await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
const address = server.address()
const port = typeof address === 'object' && address ? address.port : 0

let baselineBytes = process.memoryUsage.rss()
let peakBytes = baselineBytes
let samples = 0
const sampler = setInterval(() => {
  const rss = process.memoryUsage.rss()
  samples += 1
  if (rss > peakBytes) peakBytes = rss
}, SAMPLE_INTERVAL_MS)

process.on('message', (message: ParentMessage) => {
  if (message.type === 'start') {
    global.gc?.()
    baselineBytes = process.memoryUsage.rss()
    peakBytes = baselineBytes
    samples = 0
    process.send?.({ type: 'started' })
  } else if (message.type === 'stop') {
    peakBytes = Math.max(peakBytes, process.memoryUsage.rss())
    process.send?.({ type: 'memory', baselineBytes, peakBytes, samples })
  } else if (message.type === 'exit') {
    clearInterval(sampler)
    server.close()
    // ExifTool's `-stay_open` processes would outlive this one.
    void payload
      .destroy()
      .then(() => endExifTool())
      .then(() => process.exit(0))
  }
})
process.send?.({ type: 'ready', port, agencyId: agency.id, email, password })

/** Hands one request to Payload's REST route handler the way Next.js would, body streamed. */
async function serve({
  incoming,
  outgoing,
}: {
  incoming: http.IncomingMessage
  outgoing: http.ServerResponse
}): Promise<void> {
  const url = new URL(incoming.url ?? '/', `http://127.0.0.1:${port}`)
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
  outgoing.writeHead(response.status, Object.fromEntries(response.headers))
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
function bodyOf({ incoming }: { incoming: http.IncomingMessage }): ReadableStream<Uint8Array> {
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
