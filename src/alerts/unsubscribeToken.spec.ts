import { describe, expect, it } from 'vitest'

import { signUnsubscribeToken, verifyUnsubscribeToken } from './unsubscribeToken'

const secret = 'a-test-secret-of-at-least-32-characters'

describe('unsubscribe tokens', () => {
  it.each([
    { journalistId: '12', alert: { kind: 'savedSearch', id: '34' } },
    { journalistId: '65f0c0ffee', alert: { kind: 'topics' } },
    { journalistId: '7', alert: { kind: 'all' } },
  ] as const)('give back the journalist and the alert they were signed for: %o', (claim) => {
    const token = signUnsubscribeToken({ claim, secret })
    expect(token).toMatch(/^[\w-]+\.[\w-]+$/)
    expect(verifyUnsubscribeToken({ token, secret })).toEqual(claim)
  })

  it('refuse a token whose alert or signature was changed, one signed with another secret, and junk', () => {
    const token = signUnsubscribeToken({
      claim: { journalistId: '12', alert: { kind: 'savedSearch', id: '34' } },
      secret,
    })
    const [, mac] = token.split('.')
    const otherBody = Buffer.from('12:all').toString('base64url')
    expect(verifyUnsubscribeToken({ token: `${otherBody}.${mac}`, secret })).toBeNull()
    const flipped = `${token.slice(0, -1)}${token.endsWith('A') ? 'B' : 'A'}`
    expect(verifyUnsubscribeToken({ token: flipped, secret })).toBeNull()
    expect(verifyUnsubscribeToken({ token, secret: `${secret}!` })).toBeNull()
    for (const junk of ['', '.', 'abc', `${token}.x`, 42, null]) {
      expect(verifyUnsubscribeToken({ token: junk, secret })).toBeNull()
    }
  })
})
