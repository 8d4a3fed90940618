import { describe, expect, it } from 'vitest'

import { hostOf, isAllowedAddress, pushTargetRefusal } from './pushTargetAddress'

describe('push target addresses', () => {
  it.each([
    '127.0.0.1',
    '127.8.9.10',
    '10.0.0.1',
    '172.16.0.5',
    '172.31.255.255',
    '192.168.1.10',
    '169.254.169.254',
    '100.64.0.1',
    '0.0.0.0',
    '255.255.255.255',
    '224.0.0.1',
    '::',
    '::1',
    'fe80::1',
    'fd00::1',
    'fc00::1',
    '::ffff:10.0.0.1',
    '::ffff:127.0.0.1',
    '::ffff:169.254.169.254',
    '64:ff9b::a00:1',
    'not an address',
  ])('refuses %s on a deployment without private networks', (address) => {
    expect(isAllowedAddress({ address, allowPrivate: false })).toBe(false)
  })

  it.each(['8.8.8.8', '1.1.1.1', '2001:4860:4860::8888', '::ffff:8.8.8.8'])(
    'allows the public address %s',
    (address) => {
      expect(isAllowedAddress({ address, allowPrivate: false })).toBe(true)
    },
  )

  it('opens loopback, private, link-local, unique-local and CGNAT ranges only when told to', () => {
    for (const address of ['127.0.0.1', '10.0.0.1', '169.254.1.1', 'fd00::1', '100.64.0.1'])
      expect(isAllowedAddress({ address, allowPrivate: true }), address).toBe(true)
    // Never a destination, whatever the setting.
    for (const address of ['0.0.0.0', '224.0.0.1', '255.255.255.255'])
      expect(isAllowedAddress({ address, allowPrivate: true }), address).toBe(false)
  })

  it('opens loopback alone when only loopback is allowed (the harvester’s tests)', () => {
    for (const address of ['127.0.0.1', '::1', '::ffff:127.0.0.1'])
      expect(isAllowedAddress({ address, allowPrivate: false, allowLoopback: true })).toBe(true)
    for (const address of ['10.0.0.1', '169.254.169.254', 'fd00::1', '192.168.1.1', '0.0.0.0'])
      expect(isAllowedAddress({ address, allowPrivate: false, allowLoopback: true })).toBe(false)
  })

  it('reads the host of a URL without IPv6 brackets, with the URL parser’s normalisation', () => {
    expect(hostOf({ url: 'http://[::ffff:10.0.0.1]:8080/x' })).toBe('::ffff:a00:1')
    // Decimal and hexadecimal IPv4 spellings are normalised, so they cannot slip past.
    expect(hostOf({ url: 'http://2130706433/' })).toBe('127.0.0.1')
    expect(hostOf({ url: 'http://0x7f.1/' })).toBe('127.0.0.1')
    expect(hostOf({ url: 'ftp://example.com/' })).toBeNull()
    expect(hostOf({ url: 'nonsense' })).toBeNull()
  })

  it('refuses a URL whose literal address or resolved name is private, without a network', async () => {
    expect(
      await pushTargetRefusal({ url: 'http://169.254.169.254/latest', allowPrivate: false }),
    ).toEqual({ host: '169.254.169.254', address: '169.254.169.254' })
    expect(
      (await pushTargetRefusal({ url: 'http://localhost:3000/', allowPrivate: false }))?.host,
    ).toBe('localhost')
    expect(await pushTargetRefusal({ url: 'http://localhost:3000/', allowPrivate: true })).toBe(
      null,
    )
    expect(await pushTargetRefusal({ url: 'https://8.8.8.8/ttdn', allowPrivate: false })).toBe(null)
  })
})
