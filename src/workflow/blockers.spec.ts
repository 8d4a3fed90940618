import { describe, expect, it } from 'vitest'

import { publicationBlockers } from './blockers'

const now = new Date('2026-11-23T08:00:00Z')

describe('publicationBlockers', () => {
  it('names the next step for the source and every translation', () => {
    const blockers = publicationBlockers({
      now,
      item: {
        workflowState: 'submitted',
        sourceRevision: 3,
        publishedLocales: ['vi', 'en'],
        translations: {
          en: { status: 'approved', translatedFromRevision: 3 },
          fr: { status: 'approved', translatedFromRevision: 2 },
          ja: { status: 'in-review' },
          zh: { status: 'approved', translatedFromRevision: 3 },
          ko: { status: 'in-translation' },
        },
      },
    })
    expect(blockers).toEqual([
      { code: 'awaitingReview', locale: 'vi', at: undefined },
      { code: 'translationReady', locale: 'zh' },
      { code: 'translationInReview', locale: 'ja' },
      { code: 'translationInProgress', locale: 'ko' },
      { code: 'translationStale', locale: 'fr' },
      { code: 'translationMissing', locale: 'ru' },
      { code: 'translationMissing', locale: 'km' },
    ])
  })

  it('puts a security hold first and reports a future embargo and schedule with their dates', () => {
    const blockers = publicationBlockers({
      now,
      item: {
        workflowState: 'approved',
        isHeld: true,
        publishAt: '2026-11-24T01:00:00Z',
        embargoUntil: '2026-11-25T01:00:00Z',
        translations: {},
      },
    })
    expect(blockers.slice(0, 3)).toEqual([
      { code: 'securityHold', locale: 'vi', at: undefined },
      { code: 'scheduled', locale: 'vi', at: '2026-11-24T01:00:00Z' },
      { code: 'embargoed', locale: 'vi', at: '2026-11-25T01:00:00Z' },
    ])
  })

  it('has nothing to say about a published source with published, current translations', () => {
    const translations = Object.fromEntries(
      ['en', 'zh', 'ja', 'ko', 'fr', 'ru', 'km'].map((locale) => [
        locale,
        { status: 'approved', translatedFromRevision: 1 },
      ]),
    )
    expect(
      publicationBlockers({
        now,
        item: {
          workflowState: 'published',
          sourceRevision: 1,
          publishedLocales: ['vi', 'en', 'zh', 'ja', 'ko', 'fr', 'ru', 'km'],
          translations,
        },
      }),
    ).toEqual([])
  })
})
