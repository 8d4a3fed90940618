import { describe, expect, it } from 'vitest'

import { accountKey, addressKey, requesterKey } from './keys'

describe('rate-limit keys', () => {
  it('counts one address under one key whatever its case or spaces, without storing it', () => {
    const key = accountKey({ collection: 'users', email: ' Quan.Tri@TTDN.test ' })
    expect(key).toBe(accountKey({ collection: 'users', email: 'quan.tri@ttdn.test' }))
    expect(key).not.toContain('ttdn')
    expect(key).not.toBe(accountKey({ collection: 'journalists', email: 'quan.tri@ttdn.test' }))
  })

  it('gives requests of unknown address no key rather than one shared by everyone', () => {
    expect(addressKey({ address: null })).toBeNull()
    expect(requesterKey({ user: null, address: null })).toBeNull()
    expect(addressKey({ address: '203.0.113.7' })).toBe('address:203.0.113.7')
  })

  it('counts a signed-in requester by account and an anonymous one by address', () => {
    expect(
      requesterKey({ user: { collection: 'journalists', id: 7 }, address: '203.0.113.7' }),
    ).toBe('account:journalists:7')
    expect(requesterKey({ user: null, address: '203.0.113.7' })).toBe('address:203.0.113.7')
  })
})
