import { describe, expect, it } from 'vitest'

import { LOCALES } from '../../i18n/locales'
import { findClassificationStamps } from '../../security/findClassificationStamps'
import { PHOTO_SCENES } from '../demoImages'
import { agencySeeds } from './agencies'
import { demoPhotos } from './demoPhotos'

describe('demoPhotos', () => {
  it('has at least 30 photos with unique keys safe to use in file names', () => {
    expect(demoPhotos.length).toBeGreaterThanOrEqual(30)
    expect(new Set(demoPhotos.map((photo) => photo.key)).size).toBe(demoPhotos.length)
    for (const photo of demoPhotos) expect(photo.key).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/)
  })

  it('files photos under seeded agencies, mostly public, some for the press, two internal', () => {
    const agencies = new Set(agencySeeds.map((agency) => agency.code))
    for (const photo of demoPhotos) expect(agencies.has(photo.agency), photo.key).toBe(true)
    const tiers = demoPhotos.map((photo) => photo.accessTier)
    expect(tiers.filter((tier) => tier === 'internal')).toHaveLength(2)
    expect(tiers.filter((tier) => tier === 'press').length).toBeGreaterThanOrEqual(2)
    expect(tiers.filter((tier) => tier === 'restricted')).toHaveLength(0)
    expect(tiers.filter((tier) => tier === 'public').length).toBeGreaterThan(tiers.length / 2)
  })

  it('describes every photo in each language its caption is in', () => {
    for (const photo of demoPhotos) {
      for (const locale of LOCALES.filter((candidate) => photo.caption[candidate])) {
        expect(photo.alt[locale], `${photo.key} ${locale}`).toBeTruthy()
      }
      expect(Number.isNaN(new Date(photo.dateTaken).getTime()), photo.key).toBe(false)
    }
  })

  it('draws every scene at least once and stamps no caption', () => {
    expect(new Set(demoPhotos.map((photo) => photo.recipe.scene))).toEqual(new Set(PHOTO_SCENES))
    for (const photo of demoPhotos) {
      const text = [...Object.values(photo.caption), ...Object.values(photo.alt)].join('\n')
      expect(findClassificationStamps({ text }), photo.key).toEqual([])
    }
  })
})
