import { describe, expect, it } from 'vitest'

import { itemDatesOf } from './itemDates'

const publish = (locale: string, at: string) => ({ action: 'publish', locale, to: 'published', at })

describe('itemDatesOf', () => {
  it('dates an item by its first publication in the language, and by the last one as its update', () => {
    expect(
      itemDatesOf({
        transitions: [
          { action: 'submit', locale: 'ja', to: 'submitted', at: '2026-01-01T00:00:00.000Z' },
          publish('ja', '2026-01-02T03:00:00.000Z'),
          publish('vi', '2026-01-01T09:00:00.000Z'),
          publish('ja', '2026-02-05T10:30:00.000Z'),
        ],
        locale: 'ja',
        createdAt: '2025-12-30T00:00:00.000Z',
      }),
    ).toEqual({ publishedAt: '2026-01-02T03:00:00.000Z', updatedAt: '2026-02-05T10:30:00.000Z' })
  })

  it('gives no update for an item published once', () => {
    expect(
      itemDatesOf({
        transitions: [publish('en', '2026-01-02T03:00:00.000Z')],
        locale: 'en',
        createdAt: null,
      }),
    ).toEqual({ publishedAt: '2026-01-02T03:00:00.000Z', updatedAt: null })
  })

  it('dates an item without a recorded publication by its creation', () => {
    expect(
      itemDatesOf({ transitions: [], locale: 'vi', createdAt: '2025-12-30T00:00:00.000Z' }),
    ).toEqual({ publishedAt: '2025-12-30T00:00:00.000Z', updatedAt: null })
  })
})
