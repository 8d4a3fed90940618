import { describe, expect, it } from 'vitest'

import { searchDocument } from '../../../tests/helpers/searchDocuments'
import { DocumentColumns } from './DocumentColumns'

describe('DocumentColumns', () => {
  const columns = new DocumentColumns()
  columns.set({
    number: 0,
    values: searchDocument({ topics: ['1', '2'], embargoUntil: 100, year: 2024 }),
  })
  columns.set({
    number: 1,
    values: searchDocument({ topics: [], embargoUntil: null, year: 2025, agency: null }),
  })
  const matching = (node: Parameters<DocumentColumns['compile']>[0]) =>
    [0, 1].filter((number) => columns.compile(node)(number))

  it('matches list fields when any value matches, and "not equal" when none does', () => {
    expect(matching({ kind: 'compare', field: 'topics', op: 'eq', value: '2' })).toEqual([0])
    expect(matching({ kind: 'compare', field: 'topics', op: 'ne', value: '2' })).toEqual([1])
    expect(matching({ kind: 'in', field: 'topics', values: ['9', '1'] })).toEqual([0])
  })

  it('treats null, missing and empty lists as null, and never lets them pass a comparison', () => {
    expect(matching({ kind: 'isNull', field: 'topics' })).toEqual([1])
    expect(matching({ kind: 'isNull', field: 'embargoUntil' })).toEqual([1])
    expect(matching({ kind: 'isNull', field: 'agency' })).toEqual([1])
    expect(matching({ kind: 'compare', field: 'embargoUntil', op: 'lte', value: 500 })).toEqual([0])
    expect(matching({ kind: 'compare', field: 'embargoUntil', op: 'ne', value: 100 })).toEqual([1])
  })

  it('compares coded values by type, and combines with and, or and not', () => {
    expect(matching({ kind: 'compare', field: 'year', op: 'gte', value: 2025 })).toEqual([1])
    expect(matching({ kind: 'compare', field: 'year', op: 'eq', value: '2025' })).toEqual([])
    expect(
      matching({
        kind: 'or',
        nodes: [
          { kind: 'in', field: 'year', values: [2024] },
          { kind: 'not', node: { kind: 'isNull', field: 'agency' } },
        ],
      }),
    ).toEqual([0])
  })

  it('counts facet values over a set of document numbers', () => {
    expect(columns.count({ field: 'topics', numbers: Int32Array.of(0, 1), count: 2 })).toEqual({
      '1': 1,
      '2': 1,
    })
    expect(columns.count({ field: 'year', numbers: Int32Array.of(1), count: 1 })).toEqual({
      '2025': 1,
    })
  })
})
