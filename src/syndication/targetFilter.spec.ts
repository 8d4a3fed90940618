import { describe, expect, it } from 'vitest'

import { matchesWhere } from '../access/matchesWhere'
import type { Locale } from '../i18n/locales'
import {
  isSelectedByTarget,
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
    expect(filter).toEqual({ languages: null, topicIds: null, topicSlugs: null, infoTypes: null })
    expect(isSelectedByTarget({ filter, entry: { locale: 'km', topics: [] } })).toBe(true)
  })

  it('selects by language, topic slug and kind of information together', () => {
    const filter = targetFilterOf({ target: targets.narrow! })
    const entry = { locale: 'vi', topics: ['du-lich'], infoType: 'promotional' }
    expect(isSelectedByTarget({ filter, entry })).toBe(true)
    expect(isSelectedByTarget({ filter, entry: { ...entry, locale: 'en' } })).toBe(false)
    expect(isSelectedByTarget({ filter, entry: { ...entry, topics: ['di-san'] } })).toBe(false)
    expect(isSelectedByTarget({ filter, entry: { ...entry, infoType: 'official' } })).toBe(false)
  })

  it('leaves out an entry without topics or kind when the target filters on them', () => {
    const photo = { locale: 'vi', topics: [], infoType: null }
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
    expect(isSelectedByTarget({ filter, entry: { locale: 'vi', topics: ['7'] } })).toBe(false)
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
})
