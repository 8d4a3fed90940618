import type { IncomingMessage, ServerResponse } from 'node:http'
import { Server } from 'node:net'

import { markPeerAddressStamped, PEER_ADDRESS_HEADER } from './clientAddress'

/**
 * Makes every HTTP(S) listener of this process write the connection's peer address into
 * {@link PEER_ADDRESS_HEADER} of each request before any handler sees it, replacing whatever a
 * client sent under that name. Next.js starts its own listener and gives route handlers a
 * `Request` without the socket, so this is how src/http/clientAddress.ts learns who is really
 * connected and which `X-Forwarded-For` entries a trusted proxy wrote. Installed once, from
 * the instrumentation hook (src/instrumentation.ts), before the first request.
 *
 * `net.Server` is where both `http.Server` and `https.Server` inherit `emit` from; only their
 * `request` events are touched.
 */
export function stampPeerAddresses({
  strictTransportSecurity,
}: {
  /** The `Strict-Transport-Security` value to send on every answer, or null for none. Set when
   * `PUBLIC_URL` is https: Next.js fixes its `headers()` rules at build time, before the
   * deployment's address is known, so this is the run-time place that knows it. */
  strictTransportSecurity: string | null
}): void {
  const prototype = Server.prototype as Server & { [STAMP_INSTALLED]?: boolean }
  if (prototype[STAMP_INSTALLED]) return
  // Called with `.call(this, …)` below: the listener's own server.
  // eslint-disable-next-line @typescript-eslint/unbound-method
  const emit = prototype.emit as (event: string | symbol, ...args: unknown[]) => boolean
  prototype.emit = function emitWithPeerAddress(
    this: Server,
    event: string | symbol,
    ...args: unknown[]
  ): boolean {
    if (event === 'request') {
      stamp({ request: args[0] as IncomingMessage | undefined })
      if (strictTransportSecurity !== null) {
        ;(args[1] as ServerResponse | undefined)?.setHeader(
          'Strict-Transport-Security',
          strictTransportSecurity,
        )
      }
    }
    return emit.call(this, event, ...args)
  } as typeof prototype.emit
  prototype[STAMP_INSTALLED] = true
  markPeerAddressStamped()
}

const STAMP_INSTALLED = Symbol.for('ttdn.peerAddressStampInstalled')

function stamp({ request }: { request: IncomingMessage | undefined }): void {
  if (!request?.headers) return
  const peer = request.socket?.remoteAddress
  // Never left as the client sent it: an empty stamp reads as an unknown peer.
  request.headers[PEER_ADDRESS_HEADER] = peer ?? ''
  // Node keeps the raw pairs as well; some adapters rebuild headers from them.
  if (Array.isArray(request.rawHeaders)) {
    const raw: string[] = []
    for (let index = 0; index + 1 < request.rawHeaders.length; index += 2) {
      if (request.rawHeaders[index]!.toLowerCase() === PEER_ADDRESS_HEADER) continue
      raw.push(request.rawHeaders[index]!, request.rawHeaders[index + 1]!)
    }
    raw.push(PEER_ADDRESS_HEADER, peer ?? '')
    request.rawHeaders.splice(0, request.rawHeaders.length, ...raw)
  }
}
