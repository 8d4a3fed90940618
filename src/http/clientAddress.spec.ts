import { afterEach, describe, expect, it } from 'vitest'

import { clientAddress, markPeerAddressStamped, PEER_ADDRESS_HEADER } from './clientAddress'
import { normaliseProxyRange } from './ipAddresses'

const STAMPED = Symbol.for('ttdn.peerAddressStamped')

function headers(values: Record<string, string>): Headers {
  return new Headers(values)
}

describe('clientAddress', () => {
  afterEach(() => {
    delete (globalThis as Record<symbol, unknown>)[STAMPED]
  })

  it('answers the peer and ignores X-Forwarded-For when no proxy is trusted', () => {
    expect(
      clientAddress({
        headers: headers({ 'x-forwarded-for': '203.0.113.7' }),
        remoteAddress: '198.51.100.4',
        trustedProxies: [],
      }),
    ).toBe('198.51.100.4')
  })

  it('believes X-Forwarded-For only as far as trusted proxies wrote it', () => {
    const forwarded = headers({ 'x-forwarded-for': '1.1.1.1, 203.0.113.7, 10.0.0.2' })
    // 10.0.0.2 is our second proxy (trusted), 203.0.113.7 is not: it is the client, and the
    // 1.1.1.1 it claims to forward for is its own invention.
    expect(
      clientAddress({
        headers: forwarded,
        remoteAddress: '127.0.0.1',
        trustedProxies: ['127.0.0.1', '10.0.0.0/8'],
      }),
    ).toBe('203.0.113.7')
  })

  it('does not believe a header without a known peer', () => {
    expect(
      clientAddress({
        headers: headers({ 'x-forwarded-for': '203.0.113.7', 'x-real-ip': '203.0.113.8' }),
        trustedProxies: ['0.0.0.0/0'],
      }),
    ).toBeNull()
  })

  it('reads the peer from the listener stamp only when the stamp is installed', () => {
    const stamped = headers({ [PEER_ADDRESS_HEADER]: '192.0.2.9' })
    expect(clientAddress({ headers: stamped, trustedProxies: [] })).toBeNull()
    markPeerAddressStamped()
    expect(clientAddress({ headers: stamped, trustedProxies: [] })).toBe('192.0.2.9')
  })

  it('treats IPv4-mapped IPv6 peers as IPv4 and stops at a malformed entry', () => {
    expect(
      clientAddress({
        headers: headers({ 'x-forwarded-for': 'not-an-ip, 203.0.113.7' }),
        remoteAddress: '::ffff:127.0.0.1',
        trustedProxies: ['127.0.0.1/32', '203.0.113.0/24'],
      }),
    ).toBe('203.0.113.7')
  })

  it('normalises proxy ranges and refuses what is neither an address nor a range', () => {
    expect(normaliseProxyRange({ entry: '127.0.0.1' })).toBe('127.0.0.1/32')
    expect(normaliseProxyRange({ entry: '::1' })).toBe('::1/128')
    expect(normaliseProxyRange({ entry: '::ffff:10.0.0.0/104' })).toBe('10.0.0.0/8')
    expect(normaliseProxyRange({ entry: 'proxy.local' })).toBeNull()
    expect(normaliseProxyRange({ entry: '10.0.0.0/33' })).toBeNull()
  })
})
