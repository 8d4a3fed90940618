import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'

/** What a portal on loopback was pushed: the event header and the ninjs uri and version. */
export type PortalPush = { event: string; uri: string; version: string }

export type LoopbackPortal = { url: string; pushes: PortalPush[]; stop: () => Promise<void> }

/**
 * A syndication target on 127.0.0.1 that acknowledges every push (200) and notes what it was
 * sent, in order. It does not check signatures: suites about signing use their own receiver.
 */
export async function startLoopbackPortal(): Promise<LoopbackPortal> {
  const pushes: PortalPush[] = []
  const server: Server = createServer((request, response) => {
    let body = ''
    request.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')))
    request.on('end', () => {
      const { uri, version } = JSON.parse(body) as { uri: string; version: string }
      pushes.push({ event: String(request.headers['x-ttdn-event']), uri, version })
      response.writeHead(200).end()
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/ttdn`,
    pushes,
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
}
