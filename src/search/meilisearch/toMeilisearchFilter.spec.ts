import { describe, expect, it } from 'vitest'

import { searchFilterFor } from '../filter/searchFilterFor'
import { toMeilisearchFilter } from './toMeilisearchFilter'

describe('toMeilisearchFilter', () => {
  it('writes the anonymous reader’s filter as a Meilisearch expression', () => {
    const now = new Date(Date.UTC(2026, 4, 1))
    expect(toMeilisearchFilter(searchFilterFor({ requester: { kind: 'anonymous' }, now }))).toBe(
      '(status = "published") AND (accessTier IN ["public"]) AND ' +
        `((embargoUntil IS NULL OR embargoUntil IS EMPTY OR embargoUntil NOT EXISTS) OR (embargoUntil <= ${now.getTime()})) AND ` +
        '(withdrawnAt IS NULL OR withdrawnAt IS EMPTY OR withdrawnAt NOT EXISTS) AND ' +
        '(isLocalePublished = true)',
    )
  })

  it('matches everything without an expression and nothing with an impossible one', () => {
    expect(toMeilisearchFilter({ kind: 'all' })).toBeUndefined()
    expect(toMeilisearchFilter({ kind: 'none' })).toBe('NOT id EXISTS')
  })

  it('quotes and escapes strings, and negates groups', () => {
    expect(
      toMeilisearchFilter({
        kind: 'not',
        node: { kind: 'in', field: 'agency', values: ['a"b', 'c\\d'] },
      }),
    ).toBe('NOT (agency IN ["a\\"b", "c\\\\d"])')
    expect(toMeilisearchFilter({ kind: 'compare', field: 'topics', op: 'ne', value: '4' })).toBe(
      'topics != "4"',
    )
  })
})
