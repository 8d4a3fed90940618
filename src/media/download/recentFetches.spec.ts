import { describe, expect, it } from 'vitest'

import { RecentFetches } from './recentFetches'

describe('RecentFetches', () => {
  it('claims a key once per window', () => {
    const recent = new RecentFetches({ windowMs: 1000 })
    expect(recent.claim({ key: 'a', now: 0 })).toBe(true)
    expect(recent.claim({ key: 'a', now: 999 })).toBe(false)
    expect(recent.claim({ key: 'b', now: 999 })).toBe(true)
    expect(recent.claim({ key: 'a', now: 1000 })).toBe(true)
  })

  it('lets a released key be claimed again at once', () => {
    const recent = new RecentFetches({ windowMs: 1000 })
    recent.claim({ key: 'a', now: 0 })
    recent.release({ key: 'a' })
    expect(recent.claim({ key: 'a', now: 1 })).toBe(true)
  })

  it('forgets the oldest keys past its size', () => {
    const recent = new RecentFetches({ windowMs: 10_000, maxEntries: 2 })
    for (const key of ['a', 'b', 'c']) recent.claim({ key, now: 0 })
    expect(recent.claim({ key: 'a', now: 1 })).toBe(true)
    expect(recent.claim({ key: 'c', now: 1 })).toBe(false)
  })
})
