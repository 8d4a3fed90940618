import { describe, expect, it } from 'vitest'

import { matchesWhere } from './matchesWhere'
import { contentVisibility } from './visibility'

const now = new Date('2026-11-23T08:00:00Z')
const anonymous = contentVisibility({ requester: { kind: 'anonymous' }, now })
const journalist = contentVisibility({
  requester: { kind: 'journalist', id: 3, isAccredited: true },
  now,
})

const base = {
  _status: 'published',
  accessTier: 'public',
  embargoUntil: null,
  withdrawnAt: null,
}

describe('matchesWhere with the visibility rule', () => {
  it('agrees with the rule for anonymous readers across tiers and states', () => {
    const check = (doc: Record<string, unknown>) =>
      typeof anonymous === 'boolean' ? anonymous : matchesWhere({ doc, where: anonymous })
    expect(check(base)).toBe(true)
    expect(check({ ...base, accessTier: 'press' })).toBe(false)
    expect(check({ ...base, _status: 'draft' })).toBe(false)
    expect(check({ ...base, embargoUntil: '2026-11-24T00:00:00Z' })).toBe(false)
    expect(check({ ...base, embargoUntil: '2026-11-22T00:00:00Z' })).toBe(true)
    expect(check({ ...base, withdrawnAt: '2026-11-20T00:00:00Z' })).toBe(false)
    expect(check({ ...base, embargoUntil: undefined, withdrawnAt: undefined })).toBe(true)
  })

  it('lets an accredited journalist match press items', () => {
    expect(
      typeof journalist !== 'boolean' &&
        matchesWhere({ doc: { ...base, accessTier: 'press' }, where: journalist }),
    ).toBe(true)
  })

  it('matches has-many relations by id and fails closed on unknown operators', () => {
    expect(
      matchesWhere({ doc: { allowedUsers: [{ id: 4 }, 7] }, where: { allowedUsers: { in: [7] } } }),
    ).toBe(true)
    expect(matchesWhere({ doc: { title: 'x' }, where: { title: { like: 'x' } } })).toBe(false)
  })
})
