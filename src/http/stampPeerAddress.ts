import type { IncomingMessage } from 'node:http'

import { markPeerAddressStamped, PEER_ADDRESS_HEADER } from './clientAddress'
import { addListenerHook } from './listenerHooks'
import { setRequestHeader } from './requestHeaders'

/**
 * Makes every HTTP(S) listener of this process write the connection's peer address into
 * {@link PEER_ADDRESS_HEADER} of each request before any handler sees it, replacing whatever a
 * client sent under that name. Next.js gives route handlers a `Request` without the socket, so
 * this is how src/http/clientAddress.ts learns who is really connected and which
 * `X-Forwarded-For` entries a trusted proxy wrote. Installed once, from the instrumentation
 * hook (src/instrumentation.ts), before the first request, as the first listener hook.
 */
export function stampPeerAddresses({
  strictTransportSecurity,
}: {
  /** The `Strict-Transport-Security` value to send on every answer, or null for none. Set when
   * `PUBLIC_URL` is https: Next.js fixes its `headers()` rules at build time, before the
   * deployment's address is known, so this is the run-time place that knows it. */
  strictTransportSecurity: string | null
}): void {
  addListenerHook({
    name: 'stampPeerAddress',
    hook: ({ request, response, next }) => {
      stamp({ request })
      if (strictTransportSecurity !== null)
        response.setHeader('Strict-Transport-Security', strictTransportSecurity)
      next()
    },
  })
  markPeerAddressStamped()
}

function stamp({ request }: { request: IncomingMessage | undefined }): void {
  if (!request?.headers) return
  // Never left as the client sent it: an empty stamp reads as an unknown peer.
  setRequestHeader({
    request,
    name: PEER_ADDRESS_HEADER,
    value: request.socket?.remoteAddress ?? '',
  })
}
