import { describe, expect, it } from 'vitest'

import { DEFAULT_LOCALE, LOCALES } from '../../i18n/locales'
import { findClassificationStamps } from '../../security/findClassificationStamps'
import { demoArticleSlug } from '../demo'
import { agencySeeds } from './agencies'
import { demoArticles } from './demoArticles'
import { demoPhotos } from './demoPhotos'
import { topicSeeds } from './topics'

describe('demoArticles', () => {
  it('has at least 24 articles with unique keys and Vietnamese slugs', () => {
    expect(demoArticles.length).toBeGreaterThanOrEqual(24)
    expect(new Set(demoArticles.map((article) => article.key)).size).toBe(demoArticles.length)
    const slugs = demoArticles.map((article) => demoArticleSlug({ article }))
    expect(new Set(slugs).size).toBe(demoArticles.length)
  })

  it('refers only to seeded topics, agencies, demo photos and earlier articles', () => {
    const topics = new Set(topicSeeds.map((topic) => topic.slug))
    const agencies = new Set(agencySeeds.map((agency) => agency.code))
    const photos = new Set(demoPhotos.map((photo) => photo.key))
    demoArticles.forEach((article, index) => {
      const earlier = new Set(demoArticles.slice(0, index).map((entry) => entry.key))
      expect(
        article.topics.filter((topic) => !topics.has(topic)),
        article.key,
      ).toEqual([])
      expect(agencies.has(article.agency), article.key).toBe(true)
      expect(
        article.photos.filter((photo) => !photos.has(photo)),
        article.key,
      ).toEqual([])
      expect(
        (article.related ?? []).filter((key) => !earlier.has(key)),
        article.key,
      ).toEqual([])
    })
  })

  it('cites only official pages of the province portal', () => {
    for (const article of demoArticles) {
      expect(article.sources.length, article.key).toBeGreaterThan(0)
      for (const source of article.sources) {
        const url = new URL(source.url)
        expect(url.protocol, source.url).toBe('https:')
        expect(url.hostname === 'dongnai.gov.vn' || url.hostname.endsWith('.dongnai.gov.vn')).toBe(
          true,
        )
      }
    }
  })

  it('mixes statuses and tiers: three drafts, one embargo, one withdrawal, every tier', () => {
    const count = (predicate: (article: (typeof demoArticles)[number]) => boolean) =>
      demoArticles.filter(predicate).length
    expect(count((article) => article.status === 'draft')).toBe(3)
    expect(count((article) => article.embargoDaysAfterSeeding !== undefined)).toBe(1)
    expect(count((article) => article.withdrawalReason !== undefined)).toBe(1)
    expect(count((article) => article.accessTier === 'internal')).toBe(2)
    expect(count((article) => article.accessTier === 'restricted')).toBe(1)
    expect(count((article) => article.accessTier === 'press')).toBeGreaterThanOrEqual(2)
    expect(count((article) => article.accessTier === 'public')).toBeGreaterThan(
      demoArticles.length / 2,
    )
    // Embargoed and withdrawn items are published ones; a draft is neither.
    for (const article of demoArticles.filter(
      (entry) => entry.embargoDaysAfterSeeding !== undefined || entry.withdrawalReason,
    )) {
      expect(article.status).toBe('published')
    }
  })

  it('translates most articles into English and some into at least four other languages', () => {
    expect(demoArticles.filter((article) => article.text.en).length).toBeGreaterThan(
      demoArticles.length / 2,
    )
    const others = LOCALES.filter(
      (locale) =>
        locale !== DEFAULT_LOCALE &&
        locale !== 'en' &&
        demoArticles.some((article) => article.text[locale]),
    )
    expect(others.length).toBeGreaterThanOrEqual(4)
  })

  it('gives published translations every paragraph of the Vietnamese source', () => {
    for (const article of demoArticles.filter((entry) => entry.status === 'published')) {
      for (const locale of LOCALES) {
        const text = article.text[locale]
        if (!text) continue
        expect(text.title.trim(), `${article.key} ${locale}`).not.toBe('')
        expect(text.summary.trim(), `${article.key} ${locale}`).not.toBe('')
        expect(text.body.length, `${article.key} ${locale}`).toBe(article.text.vi.body.length)
      }
    }
  })

  it('carries no classification stamp, so the security guard holds none of them', () => {
    for (const article of demoArticles) {
      for (const text of Object.values(article.text)) {
        const all = [text.title, text.summary, ...text.body, article.edNote ?? ''].join('\n')
        expect(findClassificationStamps({ text: all }), article.key).toEqual([])
      }
    }
  })
})
