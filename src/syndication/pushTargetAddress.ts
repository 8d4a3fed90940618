import { lookup as dnsLookup, type LookupAddress } from 'node:dns'
import { isIP, type LookupFunction } from 'node:net'

import ipaddr from 'ipaddr.js'

/** The ranges a private-network setting (`PUSH_ALLOW_PRIVATE_NETWORKS`) opens to pushes. */
const PRIVATE_NETWORK_RANGES = new Set([
  'loopback',
  'private',
  'linkLocal',
  'uniqueLocal',
  'carrierGradeNat',
])

/** Why a push target's address is refused: the host and the address it resolved to. */
export type AddressRefusal = { host: string; address: string }

/** Thrown (through the connection's lookup) when a push would connect to a refused address. */
export class RefusedAddressError extends Error {
  readonly refusal: AddressRefusal

  constructor({ refusal }: { refusal: AddressRefusal }) {
    super(
      refusal.host === refusal.address
        ? `Refused: ${refusal.address} is not a public address`
        : `Refused: ${refusal.host} resolves to ${refusal.address}, not a public address`,
    )
    this.name = 'RefusedAddressError'
    this.refusal = refusal
  }
}

/**
 * Whether a push may connect to `address` (an IPv4 or IPv6 literal). Only global unicast
 * addresses are allowed: loopback, private (10/8, 172.16/12, 192.168/16), link-local
 * (169.254/16 — cloud metadata —, fe80::/10), unique-local (fc00::/7), CGNAT (100.64/10),
 * unspecified, multicast, broadcast and reserved ranges are not, nor IPv6 forms that embed an
 * IPv4 address (mapped, NAT64, 6to4, Teredo) — unless `allowPrivate` opens the private ranges,
 * which deployments whose portals live on an internal network set explicitly. Classification
 * is ipaddr.js's, which maps `::ffff:a.b.c.d` to its IPv4 address first.
 */
export function isAllowedAddress({
  address,
  allowPrivate,
  allowLoopback = false,
}: AddressPolicy & { address: string }): boolean {
  if (!ipaddr.isValid(address)) return false
  const range = ipaddr.process(address).range()
  if (range === 'loopback' && allowLoopback) return true
  return range === 'unicast' || (allowPrivate && PRIVATE_NETWORK_RANGES.has(range))
}

/**
 * Which non-public addresses a caller opens: `allowPrivate` every private range (pushes to an
 * internal portal), `allowLoopback` loopback alone (the harvester's tests, never production).
 */
export type AddressPolicy = { allowPrivate: boolean; allowLoopback?: boolean }

/**
 * The refusal of a push target URL when its host is, or resolves to, an address a push may not
 * connect to; `null` when it may be saved. Checked when a target is saved; a host that does not
 * resolve now is accepted (the push is checked again when it is sent, see
 * {@link guardedLookup}), so a portal can be configured before its DNS record exists.
 */
export async function pushTargetRefusal({
  url,
  allowPrivate,
  allowLoopback,
}: AddressPolicy & { url: string }): Promise<AddressRefusal | null> {
  const host = hostOf({ url })
  if (host === null) return null
  if (isIP(host) !== 0) {
    return isAllowedAddress({ address: host, allowPrivate, allowLoopback })
      ? null
      : { host, address: host }
  }
  const addresses = await new Promise<LookupAddress[]>((resolve) => {
    dnsLookup(host, { all: true }, (error, found) => {
      // Not resolvable now: the send-time check decides (see above).
      resolve(error ? [] : found)
    })
  })
  const refused = addresses.find(
    (candidate) => !isAllowedAddress({ address: candidate.address, allowPrivate, allowLoopback }),
  )
  return refused ? { host, address: refused.address } : null
}

/**
 * A DNS lookup for `http.request` that refuses a host any of whose addresses is not allowed.
 * The connection goes to the address checked here, so a record that changes between the check
 * and the connection (DNS rebinding) cannot redirect the push. IP literals never reach a
 * lookup: check them with {@link isAllowedAddress} before connecting.
 */
export function guardedLookup({ allowPrivate, allowLoopback }: AddressPolicy): LookupFunction {
  return (hostname, options, callback) => {
    dnsLookup(hostname, { ...options, all: true }, (error, addresses) => {
      if (error) {
        callback(error, '', undefined)
        return
      }
      const refused = addresses.find(
        (candidate) =>
          !isAllowedAddress({ address: candidate.address, allowPrivate, allowLoopback }),
      )
      if (refused || addresses.length === 0) {
        const refusal = { host: hostname, address: refused?.address ?? 'none' }
        callback(new RefusedAddressError({ refusal }), '', undefined)
        return
      }
      if (options.all) {
        callback(null, addresses)
        return
      }
      callback(null, addresses[0]!.address, addresses[0]!.family)
    })
  }
}

/** The host of an http(s) URL without IPv6 brackets, or `null` when it is not one. */
export function hostOf({ url }: { url: string }): string | null {
  try {
    const parsed = new URL(url)
    if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null
    return parsed.hostname.replace(/^\[(.*)\]$/, '$1')
  } catch {
    return null
  }
}
