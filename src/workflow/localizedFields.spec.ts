import type { Field } from 'payload'
import { describe, expect, it } from 'vitest'

import { localizedContentPaths, localizedFieldPaths, parentAt } from './localizedFields'

const FIELDS: Field[] = [
  { name: 'title', type: 'text', localized: true },
  { name: 'credit', type: 'text' },
  { type: 'row', fields: [{ name: 'alt', type: 'text', localized: true }] },
  {
    name: 'place',
    type: 'group',
    fields: [
      { name: 'name', type: 'text', localized: true },
      { name: 'latitude', type: 'number' },
    ],
  },
  {
    name: 'translation',
    type: 'group',
    localized: true,
    fields: [{ name: 'status', type: 'text' }],
  },
]

describe('localizedFieldPaths', () => {
  it('lists localized fields through rows and named groups, a localized group as one field', () => {
    expect(localizedFieldPaths({ fields: FIELDS })).toEqual([
      ['title'],
      ['alt'],
      ['place', 'name'],
      ['translation'],
    ])
  })

  it('leaves the workflow record out of the content fields', () => {
    expect(localizedContentPaths({ fields: FIELDS })).toEqual([
      ['title'],
      ['alt'],
      ['place', 'name'],
    ])
  })
})

describe('parentAt', () => {
  it('finds the object holding a nested field, creating it only when asked', () => {
    const doc: Record<string, unknown> = { title: 'x' }
    expect(parentAt({ doc, path: ['title'], create: false })).toBe(doc)
    expect(parentAt({ doc, path: ['place', 'name'], create: false })).toBeUndefined()
    const created = parentAt({ doc, path: ['place', 'name'], create: true })
    expect(doc.place).toBe(created)
  })
})
