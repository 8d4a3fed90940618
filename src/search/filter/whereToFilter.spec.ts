import { describe, expect, it } from 'vitest'

import { UnsupportedWhereError, whereToFilter } from './whereToFilter'

describe('whereToFilter', () => {
  it('maps true and false to everything and nothing', () => {
    expect(whereToFilter({ where: true })).toEqual({ kind: 'all' })
    expect(whereToFilter({ where: false })).toEqual({ kind: 'none' })
  })

  it('translates fields, operators, nesting and value types of the visibility rule', () => {
    expect(
      whereToFilter({
        where: {
          and: [
            { _status: { equals: 'published' } },
            { accessTier: { in: ['public', 'press'] } },
            {
              or: [
                { embargoUntil: { equals: null } },
                { embargoUntil: { less_than_equal: '2026-01-01T00:00:00.000Z' } },
              ],
            },
            { allowedUsers: { in: [7] } },
            { withdrawnAt: { exists: false } },
          ],
        },
      }),
    ).toEqual({
      kind: 'and',
      nodes: [
        { kind: 'compare', field: 'status', op: 'eq', value: 'published' },
        { kind: 'in', field: 'accessTier', values: ['public', 'press'] },
        {
          kind: 'or',
          nodes: [
            { kind: 'isNull', field: 'embargoUntil' },
            { kind: 'compare', field: 'embargoUntil', op: 'lte', value: Date.UTC(2026, 0, 1) },
          ],
        },
        { kind: 'in', field: 'allowedUsers', values: ['7'] },
        { kind: 'isNull', field: 'withdrawnAt' },
      ],
    })
  })

  it('reads several conditions in one object as all of them, and a null in a list as "is null"', () => {
    expect(
      whereToFilter({
        where: { agency: { equals: 3, not_equals: null }, infoType: { in: [null, 'world'] } },
      }),
    ).toEqual({
      kind: 'and',
      nodes: [
        { kind: 'compare', field: 'agency', op: 'eq', value: '3' },
        { kind: 'not', node: { kind: 'isNull', field: 'agency' } },
        {
          kind: 'or',
          nodes: [
            { kind: 'isNull', field: 'infoType' },
            { kind: 'in', field: 'infoType', values: ['world'] },
          ],
        },
      ],
    })
  })

  it('refuses what it cannot translate instead of dropping a condition', () => {
    expect(() => whereToFilter({ where: { edNote: { equals: 'x' } } })).toThrow(
      UnsupportedWhereError,
    )
    expect(() => whereToFilter({ where: { _status: { like: 'pub' } } })).toThrow(
      UnsupportedWhereError,
    )
    expect(() => whereToFilter({ where: { embargoUntil: { less_than: 'soon' } } })).toThrow(
      UnsupportedWhereError,
    )
  })
})
