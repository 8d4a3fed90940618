import { describe, expect, it } from 'vitest'

import {
  IMPORT_COLUMNS,
  ImportColumnError,
  externalIdOf,
  itemDataFromRow,
  recordFromRow,
  rowChanges,
  rowFromItem,
  rowFromRecord,
  unknownColumns,
} from './columns'
import { lexicalParagraphs } from '../seed/lexical'
import type { BodyFormat } from '../text/markdownBody'
import { richTextToPlainText } from '../text/richTextToPlainText'

// Column mapping only: bodies as plain paragraphs. The Markdown of real bodies is
// src/text/markdownBody.ts, tested with Payload's editor in tests/int/markdownBody.int.spec.ts.
const bodyFormat: BodyFormat = {
  toLexical: (markdown) => lexicalParagraphs({ paragraphs: markdown.split(/\n+/) }),
  toMarkdown: (body) => richTextToPlainText({ value: body }),
}

const RECORD = {
  externalId: 'bai-1',
  kind: 'article',
  infoType: 'promotional',
  agency: 'so-vhttdl',
  topics: 'du-lich; le-hoi',
  accessTier: 'press',
  eventDate: '2025-04-30',
  title_vi: 'Lễ hội',
  title_en: 'Festival',
  body_vi: 'Đoạn một\r\n\r\nĐoạn hai',
  place: 'Biên Hòa',
  summary_km: 'ពិធីបុណ្យ',
}

describe('the sheet columns', () => {
  it('reads a row: every locale, ;-separated topics, `place` as the Vietnamese place', () => {
    const row = rowFromRecord({ record: RECORD, row: 2 })
    expect(row).toMatchObject({
      row: 2,
      externalId: 'bai-1',
      kind: 'article',
      topics: ['du-lich', 'le-hoi'],
      texts: {
        vi: { title: 'Lễ hội', body: 'Đoạn một\n\nĐoạn hai', place: 'Biên Hòa' },
        en: { title: 'Festival' },
        km: { summary: 'ពិធីបុណ្យ' },
      },
    })
  })

  it.each([
    ['kind', 'poster'],
    ['accessTier', 'secret'],
    ['classification', 'top'],
    ['eventDate', '30/04/2025'],
  ])('refuses %s “%s” naming the column', (column, value) => {
    expect(() => rowFromRecord({ record: { ...RECORD, [column]: value }, row: 2 })).toThrow(
      ImportColumnError,
    )
  })

  it('names the header cells no column matches', () => {
    expect(unknownColumns({ header: ['externalId', 'titel_vi', 'title_en', ''] })).toEqual([
      'titel_vi',
    ])
  })

  it('writes a row back to the same record, with every column of every locale', () => {
    const record = recordFromRow({ row: rowFromRecord({ record: RECORD, row: 2 }) })
    expect(Object.keys(record)).toEqual(IMPORT_COLUMNS)
    expect(record).toMatchObject({
      title_en: 'Festival',
      place_vi: 'Biên Hòa',
      topics: 'du-lich;le-hoi',
    })
  })

  it('a stored item read back equals its row, and an edited language is the only change', () => {
    const row = rowFromRecord({ record: RECORD, row: 2 })
    const references = { agency: 7, topics: [1, 2] }
    const item: Record<string, unknown> = { externalId: 'bai-1', classification: 'unclassified' }
    for (const locale of ['vi', 'en', 'km'] as const) {
      const data = itemDataFromRow({ row, locale, references, bodyFormat })
      for (const [field, value] of Object.entries(data)) {
        if (['title', 'summary', 'body', 'place'].includes(field))
          item[field] = {
            ...(item[field] as object),
            [locale]: field === 'place' ? (value as { name: string }).name : value,
          }
        else item[field] = value
      }
    }
    item.place = { name: item.place }
    const stored = rowFromItem({
      item,
      collection: 'articles',
      agencyCode: 'so-vhttdl',
      topicSlugs: ['le-hoi', 'du-lich'],
      bodyFormat,
    })
    expect(rowChanges({ row, stored, bodyFormat })).toEqual({ locales: [], shared: false })
    const edited = rowFromRecord({ record: { ...RECORD, title_en: 'Spring festival' }, row: 2 })
    expect(rowChanges({ row: edited, stored, bodyFormat })).toEqual({
      locales: ['en'],
      shared: false,
    })
  })

  it('links an article to its media by their identifiers, in order, and sees a change of them', () => {
    const row = rowFromRecord({ record: { ...RECORD, media: 'media:3; anh-2' }, row: 2 })
    expect(row.media).toEqual(['media:3', 'anh-2'])
    expect(recordFromRow({ row }).media).toBe('media:3;anh-2')
    const data = itemDataFromRow({
      row,
      locale: 'vi',
      references: { agency: 7, topics: [1, 2], media: [3, 9] },
      bodyFormat,
    })
    expect(data.media).toEqual([3, 9])
    const stored = {
      ...rowFromRecord({ record: RECORD, row: 2 }),
      media: ['anh-2', 'media:3'],
    }
    expect(rowChanges({ row, stored, bodyFormat }).shared).toBe(true)
    expect(
      rowChanges({ row, stored: { ...stored, media: ['media:3', 'anh-2'] }, bodyFormat }).shared,
    ).toBe(false)
  })

  it('exports an item without an identifier under its collection and id', () => {
    expect(externalIdOf({ collection: 'media', item: { id: 12 } })).toBe('media:12')
    expect(externalIdOf({ collection: 'articles', item: { id: 12, externalId: 'bai-1' } })).toBe(
      'bai-1',
    )
  })
})
