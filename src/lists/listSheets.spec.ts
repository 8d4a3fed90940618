import { describe, expect, it } from 'vitest'

import {
  changedColumns,
  documentDataOf,
  LIST_SHEETS,
  normalizeRow,
  parentsFirst,
  rowOfDocument,
  sheetColumns,
  unknownColumns,
} from './listSheets'

const noKeys = () => ''

describe('the lists sheets columns', () => {
  it('writes a column per locale for a localized field, <field>_<locale>, vi to km', () => {
    const columns = sheetColumns({ sheet: LIST_SHEETS.topics })
    expect(columns.slice(0, 4)).toEqual(['slug', 'parent', 'name_vi', 'name_en'])
    expect(columns).toContain('name_km')
    expect(columns).toContain('description_ja')
    expect(columns).toHaveLength(2 + 8 + 8)
  })

  it('names the agencies focal points leader_* and officer_*', () => {
    const columns = sheetColumns({ sheet: LIST_SHEETS.agencies })
    expect(columns).toEqual(
      expect.arrayContaining(['code', 'kind', 'leader_name', 'leader_phone', 'officer_language']),
    )
  })

  it('reports columns the sheet does not know and ignores empty header cells', () => {
    expect(
      unknownColumns({
        sheet: LIST_SHEETS.places,
        header: ['slug', 'kind', 'name_xx', '', 'variants'],
      }),
    ).toEqual(['name_xx'])
  })

  it('exports only the values a locale stores, never another locale in its place', () => {
    const row = rowOfDocument({
      sheet: LIST_SHEETS.topics,
      doc: { id: 3, slug: 'du-lich', parent: 1, name: { vi: 'Du lịch', en: 'Tourism', ja: null } },
      keyOf: ({ list, id }) => (list === 'topics' && id === 1 ? 'van-hoa' : ''),
    })
    expect(row).toMatchObject({
      slug: 'du-lich',
      parent: 'van-hoa',
      name_vi: 'Du lịch',
      name_en: 'Tourism',
    })
    expect(row.name_ja).toBe('')
    expect(row.name_fr).toBe('')
    expect(row.description_vi).toBe('')
  })

  it('joins and splits a place variants with semicolons', () => {
    const sheet = LIST_SHEETS.places
    const stored = rowOfDocument({
      sheet,
      doc: { slug: 'dong-nai', kind: 'province', variants: ['Dongnai', 'Донай'] },
      keyOf: noKeys,
    })
    expect(stored.variants).toBe('Dongnai; Донай')
    const incoming = normalizeRow({
      sheet,
      cells: { slug: 'dong-nai', kind: 'province', variants: ' Dongnai ;Донай; ' },
    })
    expect(changedColumns({ sheet, stored, incoming })).toEqual([])
    expect(documentDataOf({ sheet, row: incoming, idOf: () => undefined }).shared.variants).toEqual(
      ['Dongnai', 'Донай'],
    )
  })

  it('reads an empty focal point language as the field default, so a re-import is unchanged', () => {
    const sheet = LIST_SHEETS.agencies
    const stored = rowOfDocument({
      sheet,
      doc: {
        code: 'so-a',
        kind: 'newsroom',
        name: { vi: 'A' },
        focalPoints: { leader: { language: 'vi' } },
      },
      keyOf: noKeys,
    })
    const incoming = normalizeRow({
      sheet,
      cells: { code: 'so-a', kind: 'newsroom', name_vi: 'A' },
    })
    expect(incoming.leader_language).toBe('vi')
    expect(changedColumns({ sheet, stored, incoming })).toEqual([])
  })

  it('lists the columns an edited row changes', () => {
    const sheet = LIST_SHEETS.topics
    const stored = normalizeRow({ sheet, cells: { slug: 'a', name_vi: 'A', name_en: 'A' } })
    const incoming = normalizeRow({
      sheet,
      cells: { slug: 'a', name_vi: 'A', name_en: 'Ay', name_ko: '에이' },
    })
    expect(changedColumns({ sheet, stored, incoming })).toEqual(['name_en', 'name_ko'])
  })

  it('writes an empty translation as an explicit null and every shared field, focal points as a set', () => {
    const data = documentDataOf({
      sheet: LIST_SHEETS.agencies,
      row: normalizeRow({
        sheet: LIST_SHEETS.agencies,
        cells: {
          code: 'so-a',
          kind: 'newsroom',
          name_vi: 'A',
          name_en: 'Agency A',
          leader_name: 'Lê B',
        },
      }),
      idOf: () => undefined,
    })
    expect(data.byLocale.vi).toEqual({ name: 'A' })
    expect(data.byLocale.en).toEqual({ name: 'Agency A' })
    expect(data.byLocale.ja).toEqual({ name: null })
    expect(data.shared).toMatchObject({
      code: 'so-a',
      website: null,
      focalPoints: {
        leader: { name: 'Lê B', position: null, email: null, phone: null, language: 'vi' },
        officer: { name: null, language: 'vi' },
      },
    })
  })

  it('writes the settings localized group field per locale under its group', () => {
    const sheet = LIST_SHEETS.settings
    const data = documentDataOf({
      sheet,
      row: normalizeRow({
        sheet,
        cells: { pressOffice_name_en: 'Press office', managingAgency: 'so-a' },
      }),
      idOf: ({ list, key }) => (list === 'agencies' && key === 'so-a' ? 7 : undefined),
    })
    expect(data.byLocale.en).toMatchObject({ pressOffice: { name: 'Press office' } })
    expect(data.shared).toMatchObject({ managingAgency: 7, pressOffice: { email: null } })
  })

  it('leaves out a reference it cannot resolve yet, and clears an empty one', () => {
    const sheet = LIST_SHEETS.topics
    const pending = documentDataOf({
      sheet,
      row: normalizeRow({ sheet, cells: { slug: 'b', parent: 'a' } }),
      idOf: () => undefined,
    })
    expect('parent' in pending.shared).toBe(false)
    const root = documentDataOf({
      sheet,
      row: normalizeRow({ sheet, cells: { slug: 'a' } }),
      idOf: () => 1,
    })
    expect(root.shared.parent).toBeNull()
  })

  it('orders topics parents first whatever the file order, and flags a cycle', () => {
    const rows = [
      { key: 'grandchild', parent: 'child' },
      { key: 'child', parent: 'root' },
      { key: 'root', parent: '' },
      { key: 'elsewhere', parent: 'stored-in-database' },
      { key: 'x', parent: 'y' },
      { key: 'y', parent: 'x' },
    ]
    const { ordered, cyclic } = parentsFirst({ rows })
    expect(ordered.map((row) => row.key)).toEqual([
      'root',
      'elsewhere',
      'child',
      'grandchild',
      'x',
      'y',
    ])
    expect([...cyclic].sort()).toEqual(['x', 'y'])
  })
})
