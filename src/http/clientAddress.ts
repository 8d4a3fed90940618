import ipaddr from 'ipaddr.js'

import { getEnv } from '../env'
import { normaliseAddress, normaliseProxyRange } from './ipAddresses'

/**
 * The header in which this server's own HTTP listener stamps the address of the peer that
 * opened the connection (src/http/stampPeerAddress.ts). Next.js route handlers never see the
 * socket, and Next.js keeps a client's own `X-Forwarded-For` as it came (it only fills the
 * header in when absent), so without the stamp a forged header and one written by our reverse
 * proxy look the same. Whatever a client sends under this name is overwritten by the stamp.
 */
export const PEER_ADDRESS_HEADER = 'x-ttdn-peer-address'

/**
 * The address of the client that made a request, for the audit log, rate limits and download
 * records: the connection's peer (`remoteAddress`), then, walking `X-Forwarded-For` from its
 * right end, each address that a trusted proxy reports — for as long as the address that
 * reported it is in `TRUSTED_PROXIES` (src/env.ts). The first address not vouched for by a
 * trusted proxy is the client; nothing a client writes about itself is believed.
 * `X-Real-IP` is not read: `X-Forwarded-For` is what every proxy appends to.
 *
 * `remoteAddress` defaults to the stamp of this server's listener ({@link peerAddressOf}).
 * Without a known peer (a request built in-process, or a listener that does not stamp) no
 * header is trusted and the answer is `null`: an unknown address, never a forged one.
 */
export function clientAddress({
  headers,
  remoteAddress,
  trustedProxies = getEnv().trustedProxies,
}: {
  headers: Headers | null | undefined
  /** The connection's peer; `undefined` reads the listener's stamp. */
  remoteAddress?: string | null
  /** Addresses and CIDR ranges (`TRUSTED_PROXIES`); defaults to the setting. */
  trustedProxies?: readonly string[]
}): string | null {
  const peer = normaliseAddress(
    remoteAddress === undefined ? peerAddressOf({ headers }) : remoteAddress,
  )
  if (peer === null) return null
  const ranges = parsedRanges({ cidrs: trustedProxies })
  const forwarded = (headers?.get('x-forwarded-for') ?? '')
    .split(',')
    .map((entry) => entry.trim())
    .filter((entry) => entry !== '')
  let client = peer
  for (let index = forwarded.length - 1; index >= 0; index -= 1) {
    if (!isInRanges({ address: client, ranges })) break
    const reported = normaliseAddress(forwarded[index])
    // A trusted proxy that passed on garbage: the last address vouched for is the answer.
    if (reported === null) break
    client = reported
  }
  return client
}

/**
 * The peer address stamped on a request by this server's listener when the stamp is in place
 * in this process; `null` otherwise (then a client could have written the header itself).
 */
export function peerAddressOf({ headers }: { headers: Headers | null | undefined }): string | null {
  if (!isPeerAddressStamped()) return null
  return headers?.get(PEER_ADDRESS_HEADER)?.trim() || null
}

/** Whether this process's HTTP listeners stamp {@link PEER_ADDRESS_HEADER} on every request. */
export function isPeerAddressStamped(): boolean {
  return (globalThis as Record<symbol, unknown>)[PEER_ADDRESS_STAMPED] === true
}

/**
 * Notes that this process's listeners stamp every request (src/http/stampPeerAddress.ts). Kept
 * on `globalThis`: Next.js bundles the instrumentation hook and the route handlers apart, each
 * with its own copy of this module, in one process.
 */
export function markPeerAddressStamped(): void {
  ;(globalThis as Record<symbol, unknown>)[PEER_ADDRESS_STAMPED] = true
}

const PEER_ADDRESS_STAMPED = Symbol.for('ttdn.peerAddressStamped')

type Range = [ipaddr.IPv4 | ipaddr.IPv6, number]

const rangesByList = new WeakMap<readonly string[], Range[]>()

function parsedRanges({ cidrs }: { cidrs: readonly string[] }): Range[] {
  let ranges = rangesByList.get(cidrs)
  if (!ranges) {
    // src/env.ts has refused whatever is neither an address nor a range.
    ranges = cidrs.flatMap((entry) => {
      const cidr = normaliseProxyRange({ entry })
      return cidr === null ? [] : [ipaddr.parseCIDR(cidr)]
    })
    rangesByList.set(cidrs, ranges)
  }
  return ranges
}

function isInRanges({ address, ranges }: { address: string; ranges: Range[] }): boolean {
  const parsed = ipaddr.parse(address)
  return ranges.some(
    ([base, prefix]) =>
      base.kind() === parsed.kind() && (parsed as ipaddr.IPv4).match(base as ipaddr.IPv4, prefix),
  )
}
