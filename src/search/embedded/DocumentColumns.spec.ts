import { describe, expect, it } from 'vitest'

import { searchDocument } from '../../../tests/helpers/searchDocuments'
import type { FilterNode } from '../filter/FilterNode'
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

  it('gives back the values it was given', () => {
    const document = searchDocument({ topics: ['3', '1'], embargoUntil: 7, agency: null })
    const values = new DocumentColumns()
    values.set({ number: 0, values: document })
    const stored = values.values(0)
    expect(Object.keys(stored).sort()).toEqual(
      Object.keys(document)
        .filter((key) => !['id', 'itemId', 'fingerprint', 'title', 'summary'].includes(key))
        .filter((key) => !['caption', 'credit', 'text', 'labels'].includes(key))
        .sort(),
    )
    expect(stored).toEqual(
      Object.fromEntries(
        Object.keys(stored).map((key) => [key, document[key as keyof typeof document]]),
      ),
    )
  })

  it('gives as bit sets exactly the documents its predicates let through, before and after a write', () => {
    const many = new DocumentColumns()
    const documents = Array.from({ length: 70 }, (_, number) =>
      searchDocument({
        topics: number % 3 === 0 ? [] : [String(number % 5)],
        embargoUntil: number % 4 === 0 ? null : number * 10,
        year: 2020 + (number % 7),
        agency: number % 6 === 0 ? null : String(number % 2),
        isLocalePublished: number % 2 === 0,
      }),
    )
    documents.forEach((values, number) => many.set({ number, values }))
    const nodes: FilterNode[] = [
      { kind: 'all' },
      { kind: 'none' },
      { kind: 'in', field: 'topics', values: ['1', '4'] },
      { kind: 'compare', field: 'topics', op: 'ne', value: '2' },
      { kind: 'isNull', field: 'topics' },
      { kind: 'compare', field: 'embargoUntil', op: 'lte', value: 300 },
      {
        kind: 'and',
        nodes: [
          { kind: 'compare', field: 'isLocalePublished', op: 'eq', value: true },
          {
            kind: 'or',
            nodes: [
              { kind: 'isNull', field: 'embargoUntil' },
              { kind: 'not', node: { kind: 'in', field: 'year', values: [2021, 2022] } },
            ],
          },
        ],
      },
      { kind: 'not', node: { kind: 'isNull', field: 'agency' } },
    ]
    const members = (bits: Uint32Array, count: number) =>
      Array.from({ length: count }, (_, number) => number).filter(
        (number) => ((bits[number >>> 5]! >>> (number & 31)) & 1) === 1,
      )
    const expectAgreement = (count: number) => {
      for (const node of nodes) {
        const predicate = many.compile(node)
        const expected = Array.from({ length: count }, (_, number) => number).filter(predicate)
        expect(members(many.bits({ node, count }), count)).toEqual(expected)
        // Asked again, the kept bit sets give the same.
        expect(members(many.bits({ node, count }), count)).toEqual(expected)
      }
    }
    expectAgreement(70)
    many.set({ number: 5, values: searchDocument({ topics: ['4'], embargoUntil: null }) })
    many.set({ number: 70, values: searchDocument({ topics: ['1'], isLocalePublished: false }) })
    expectAgreement(71)
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
