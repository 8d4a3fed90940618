import { describe, expect, it } from 'vitest'

import { slugify } from './slug'

describe('slugify', () => {
  it('folds Vietnamese diacritics and đ the way Vietnamese URLs are written', () => {
    expect(slugify({ text: 'Đồng Nai thu hút đầu tư: 1,2 tỷ USD vào khu công nghiệp' })).toBe(
      'dong-nai-thu-hut-dau-tu-1-2-ty-usd-vao-khu-cong-nghiep',
    )
  })

  it('keeps letters of scripts without diacritics to fold', () => {
    expect(slugify({ text: '同奈省 投资 2026' })).toBe('同奈省-投资-2026')
    expect(slugify({ text: 'Донгнай — инвестиции' })).toBe('донгнай-инвестиции')
    expect(slugify({ text: 'ខេត្តដុងណៃ' })).toBe('ខេត្តដុងណៃ')
  })

  it('folds French accents and trims to the maximum length without a trailing hyphen', () => {
    expect(slugify({ text: 'Coopération économique à Biên Hòa', maxLength: 24 })).toBe(
      'cooperation-economique-a',
    )
  })

  it('gives an empty slug for text with no letters or digits', () => {
    expect(slugify({ text: ' — ! ' })).toBe('')
  })
})
