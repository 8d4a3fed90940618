import { describe, expect, it } from 'vitest'

import { dashboardTitle, languagesAt, sentBackTo } from './dashboardEntries'

const step = (action: string, locale: string, by: number, at: string, reason?: string) => ({
  action,
  locale,
  by,
  at,
  reason,
})

describe('dashboardTitle', () => {
  it('names an article by its title in the language of the row, Vietnamese when missing', () => {
    const doc = { id: 7, title: { vi: 'Cầu mới', en: 'New bridge', fr: '' } }
    expect(dashboardTitle({ collection: 'articles', doc, locale: 'en' })).toBe('New bridge')
    expect(dashboardTitle({ collection: 'articles', doc, locale: 'fr' })).toBe('Cầu mới')
    expect(dashboardTitle({ collection: 'articles', doc: { id: 7 } })).toBe('#7')
  })

  it('names a media item by its display title, headline or file name, never only its stored name', () => {
    expect(
      dashboardTitle({ collection: 'media', doc: { id: 3, displayTitle: { vi: 'Chợ nổi' } } }),
    ).toBe('Chợ nổi')
    expect(
      dashboardTitle({
        collection: 'media',
        doc: { id: 3, filename: '0b6e….jpg', originalFilename: 'cho-noi.jpg' },
      }),
    ).toBe('cho-noi.jpg')
  })
})

describe('languagesAt', () => {
  it('lists the submitted source and each translation in review, with when it was submitted', () => {
    const doc = {
      workflowState: 'submitted',
      translation: {
        vi: { status: 'missing' },
        en: { status: 'in-review' },
        fr: { status: 'approved' },
      },
      transitions: [step('submit', 'vi', 1, '2026-01-01'), step('submit', 'en', 1, '2026-01-02')],
    }
    expect(languagesAt({ doc, sourceState: 'submitted', translationStatus: 'in-review' })).toEqual([
      { locale: 'vi', at: '2026-01-01' },
      { locale: 'en', at: '2026-01-02' },
    ])
  })

  it('leaves the source out when only translations are asked for', () => {
    const doc = { workflowState: 'submitted', translation: { ko: { status: 'in-translation' } } }
    expect(languagesAt({ doc, translationStatus: 'in-translation' })).toEqual([
      { locale: 'ko', at: null },
    ])
  })
})

describe('sentBackTo', () => {
  it('finds each language whose submission by the user was sent back, with the reason', () => {
    const doc = {
      transitions: [
        step('submit', 'vi', 5, '2026-01-01'),
        step('submit', 'en', 5, '2026-01-01'),
        step('reject', 'vi', 9, '2026-01-02', 'Thiếu nguồn'),
        step('reject', 'en', 9, '2026-01-03', 'Sai tên'),
      ],
    }
    expect(sentBackTo({ doc, userId: 5 })).toEqual([
      { locale: 'vi', at: '2026-01-02', reason: 'Thiếu nguồn', by: '9' },
      { locale: 'en', at: '2026-01-03', reason: 'Sai tên', by: '9' },
    ])
    expect(sentBackTo({ doc, userId: 6 })).toEqual([])
  })

  it('forgets a sent-back language once it was submitted again', () => {
    const doc = {
      transitions: [
        step('submit', 'vi', 5, '2026-01-01'),
        step('reject', 'vi', 9, '2026-01-02', 'Thiếu nguồn'),
        step('submit', 'vi', 5, '2026-01-03'),
      ],
    }
    expect(sentBackTo({ doc, userId: 5 })).toEqual([])
  })

  it('falls back to the creator when the submitter is unknown', () => {
    const doc = {
      createdBy: 5,
      transitions: [step('reject', 'vi', 9, '2026-01-02', 'Không phù hợp')].map((entry) => ({
        ...entry,
      })),
    }
    expect(sentBackTo({ doc, userId: 5 })).toHaveLength(1)
  })
})
