import { describe, expect, it } from 'vitest'

import { matchesWhere } from '../access/matchesWhere'
import type { Locale } from '../i18n/locales'
import {
  awaitsApprovalFor,
  isSelectedByTarget,
  OPEN_TARGET_FILTER,
  requiresDepartmentApproval,
  targetArticleWhere,
  targetFilterOf,
  type TargetSettings,
} from './targetFilter'

const investment = { id: 1, slug: 'dau-tu' }
const tourism = { id: 2, slug: 'du-lich' }
const heritage = { id: 3, slug: 'di-san' }

/** Articles as the feeds query them and as their change-log entries describe them. */
const articles = [
  { topics: [investment], infoType: 'official' },
  { topics: [tourism], infoType: 'promotional' },
  { topics: [investment, heritage], infoType: 'promotional' },
  { topics: [], infoType: 'world' },
  { topics: [heritage], infoType: 'clarification' },
]

const targets: Record<string, TargetSettings> = {
  everything: {},
  english: { languages: ['en'] },
  investment: { topics: [investment] },
  promotion: { infoTypes: ['promotional'] },
  narrow: { languages: ['vi', 'ja'], topics: [investment, tourism], infoTypes: ['promotional'] },
}

describe('syndication target filters', () => {
  it('takes everything when the target sets no filter', () => {
    const filter = targetFilterOf({ target: { languages: [], topics: [], infoTypes: null } })
    expect(filter).toEqual({
      languages: null,
      topicIds: null,
      topicSlugs: null,
      infoTypes: null,
      requiresApproval: false,
    })
    expect(
      isSelectedByTarget({ filter, entry: { kind: 'upsert', locale: 'km', topics: [] } }),
    ).toBe(true)
  })

  it('selects by language, topic slug and kind of information together', () => {
    const filter = targetFilterOf({ target: targets.narrow! })
    const entry = { kind: 'upsert', locale: 'vi', topics: ['du-lich'], infoType: 'promotional' }
    expect(isSelectedByTarget({ filter, entry })).toBe(true)
    expect(isSelectedByTarget({ filter, entry: { ...entry, locale: 'en' } })).toBe(false)
    expect(isSelectedByTarget({ filter, entry: { ...entry, topics: ['di-san'] } })).toBe(false)
    expect(isSelectedByTarget({ filter, entry: { ...entry, infoType: 'official' } })).toBe(false)
  })

  it('leaves out an entry without topics or kind when the target filters on them', () => {
    const photo = { kind: 'upsert', locale: 'vi', topics: [], infoType: null }
    expect(
      isSelectedByTarget({ filter: targetFilterOf({ target: targets.investment! }), entry: photo }),
    ).toBe(false)
    expect(
      isSelectedByTarget({ filter: targetFilterOf({ target: targets.promotion! }), entry: photo }),
    ).toBe(false)
    expect(
      isSelectedByTarget({ filter: targetFilterOf({ target: targets.english! }), entry: photo }),
    ).toBe(false)
  })

  it('matches no entry on a topic known only by its id', () => {
    const filter = targetFilterOf({ target: { topics: [7] } })
    expect(filter.topicIds).toEqual(['7'])
    expect(
      isSelectedByTarget({ filter, entry: { kind: 'upsert', locale: 'vi', topics: ['7'] } }),
    ).toBe(false)
  })

  it.each(Object.keys(targets))(
    'the feed query of the %s target selects exactly the articles its pushes take',
    (name) => {
      const filter = targetFilterOf({ target: targets[name]! })
      for (const locale of ['vi', 'en', 'ja'] as Locale[]) {
        const where = targetArticleWhere({ filter, locale })
        for (const article of articles) {
          const pushed = isSelectedByTarget({
            filter,
            entry: {
              kind: 'upsert',
              locale,
              topics: article.topics.map((topic) => topic.slug),
              infoType: article.infoType,
            },
          })
          const queried = where !== null && matchesWhere({ doc: article, where })
          expect(queried, `${name} ${locale} ${JSON.stringify(article)}`).toBe(pushed)
        }
      }
    },
  )

  describe('department approval', () => {
    const national = targetFilterOf({ target: { kind: 'vietnam-vn', languages: ['vi', 'en'] } })
    const published = { kind: 'upsert', locale: 'en', topics: [] }
    const release = { ...published, isApprovalRelease: true }
    const tombstone = { kind: 'tombstone', locale: 'en', topics: [] }

    it('is on by default for the national portal only, and follows the setting when set', () => {
      expect(requiresDepartmentApproval({ target: { kind: 'vietnam-vn' } })).toBe(true)
      expect(requiresDepartmentApproval({ target: { kind: 'provincial-portal' } })).toBe(false)
      expect(requiresDepartmentApproval({ target: {} })).toBe(false)
      expect(
        requiresDepartmentApproval({
          target: { kind: 'vietnam-vn', requiresDepartmentApproval: false },
        }),
      ).toBe(false)
      expect(
        requiresDepartmentApproval({
          target: { kind: 'generic', requiresDepartmentApproval: true },
        }),
      ).toBe(true)
    })

    it('sends a target requiring approval the release of a version, never the publication', () => {
      expect(isSelectedByTarget({ filter: national, entry: published })).toBe(false)
      expect(isSelectedByTarget({ filter: national, entry: release })).toBe(true)
      expect(awaitsApprovalFor({ filter: national, entry: published })).toBe(true)
      expect(awaitsApprovalFor({ filter: national, entry: release })).toBe(false)
    })

    it('sends every other target and the open sync the publication, never the release', () => {
      expect(isSelectedByTarget({ filter: OPEN_TARGET_FILTER, entry: published })).toBe(true)
      expect(isSelectedByTarget({ filter: OPEN_TARGET_FILTER, entry: release })).toBe(false)
      expect(awaitsApprovalFor({ filter: OPEN_TARGET_FILTER, entry: published })).toBe(false)
    })

    it('sends a withdrawal to both at once', () => {
      expect(isSelectedByTarget({ filter: national, entry: tombstone })).toBe(true)
      expect(isSelectedByTarget({ filter: OPEN_TARGET_FILTER, entry: tombstone })).toBe(true)
      expect(awaitsApprovalFor({ filter: national, entry: tombstone })).toBe(false)
    })

    it('does not queue a version the target would not take anyway', () => {
      expect(awaitsApprovalFor({ filter: national, entry: { ...published, locale: 'ja' } })).toBe(
        false,
      )
    })

    it('lists in the feed exactly the approved articles, and nothing before any approval', () => {
      expect(targetArticleWhere({ filter: national, locale: 'en', approvedIds: [] })).toBeNull()
      const where = targetArticleWhere({ filter: national, locale: 'en', approvedIds: [2, 5] })!
      expect([1, 2, 5].map((id) => matchesWhere({ doc: { id, topics: [] }, where }))).toEqual([
        false,
        true,
        true,
      ])
    })
  })
})
