import { describe, expect, it } from 'vitest'

import { MAX_PUBLIC_LIMIT, limitedReadArgs } from './publicReadLimits'

describe('limitedReadArgs', () => {
  it('caps the page size of non-staff lists and always paginates them', () => {
    const list = { limit: 5000, page: 2, pagination: false, depth: 1 }
    expect(limitedReadArgs({ args: list, isStaff: false })).toEqual({
      args: { limit: MAX_PUBLIC_LIMIT, page: 2, pagination: true, depth: 1 },
    })
    // 0 means "all documents" to Payload.
    expect(limitedReadArgs({ args: { limit: 0 }, isStaff: false })).toEqual({
      args: { limit: MAX_PUBLIC_LIMIT, pagination: true },
    })
    expect(limitedReadArgs({ args: { limit: 20, pagination: undefined }, isStaff: false })).toEqual(
      { args: { limit: 20, pagination: true } },
    )
  })

  it('leaves staff lists and single-document reads as asked', () => {
    const list = { limit: 5000, pagination: false }
    expect(limitedReadArgs({ args: list, isStaff: true })).toEqual({ args: list })
    expect(limitedReadArgs({ args: { depth: 2 }, isStaff: false })).toEqual({
      args: { depth: 2 },
    })
  })

  it.each([
    [{ limit: -1 }, 'limit'],
    [{ limit: 'abc' }, 'limit'],
    [{ limit: ['1'] }, 'limit'],
    [{ limit: 1.5 }, 'limit'],
    [{ page: 0 }, 'page'],
    [{ page: -3 }, 'page'],
    [{ page: 1e12 }, 'page'],
    [{ depth: -1 }, 'depth'],
    [{ depth: { a: 1 } }, 'depth'],
  ])('refuses %j for everyone', (args, name) => {
    for (const isStaff of [true, false]) {
      const result = limitedReadArgs({ args, isStaff })
      expect(result).toMatchObject({ error: { name } })
    }
  })
})
