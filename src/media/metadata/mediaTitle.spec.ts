import { describe, expect, it } from 'vitest'

import { MEDIA_TITLE_MAX_CHARS, displayTitleFor, mediaTitle } from './mediaTitle'

const UUID_NAME = '3f2b7c1e-9d4a-4f0e-8a51-2c6d9e7b1a30.jpg'

describe('mediaTitle', () => {
  it('uses the stored display title when there is one', () => {
    expect(
      mediaTitle({ item: { id: 7, displayTitle: 'Lễ hội hoa xuân', filename: UUID_NAME } }),
    ).toBe('Lễ hội hoa xuân')
  })

  it('prefers the headline to the alternative text, which describes the picture', () => {
    expect(
      mediaTitle({
        item: { headline: 'Lễ hội hoa xuân', alt: 'Hai em bé cầm hoa mai', caption: 'Chú thích' },
      }),
    ).toBe('Lễ hội hoa xuân')
  })

  it('without a headline: the alternative text, then the caption’s first line, then the uploaded name', () => {
    const base = { id: 7, filename: UUID_NAME, originalFilename: 'IMG_2041.JPG' }
    expect(mediaTitle({ item: { ...base, alt: 'Cầu Đồng Nai', caption: 'Chú thích' } })).toBe(
      'Cầu Đồng Nai',
    )
    expect(
      mediaTitle({ item: { ...base, caption: '\n  Cầu Đồng Nai lúc hoàng hôn\nẢnh: TTXVN' } }),
    ).toBe('Cầu Đồng Nai lúc hoàng hôn')
    expect(mediaTitle({ item: { ...base, alt: '  ', caption: '' } })).toBe('IMG_2041.JPG')
  })

  it('falls back to the stored name, then the id, and never throws on odd values', () => {
    expect(mediaTitle({ item: { id: 7, filename: UUID_NAME } })).toBe(UUID_NAME)
    expect(mediaTitle({ item: { id: 7, alt: 42, caption: null } })).toBe('#7')
    expect(mediaTitle({ item: {} })).toBe('')
  })

  it('shortens a long caption at a word, with an ellipsis, on one line', () => {
    const caption = `${'Người dân   tham gia lễ hội '.repeat(10)}cuối`
    const title = mediaTitle({ item: { caption } })
    expect(title.length).toBeLessThanOrEqual(MEDIA_TITLE_MAX_CHARS)
    expect(title.endsWith('…')).toBe(true)
    expect(title).not.toMatch(/\s{2}|\s…$/)
    expect(caption.replace(/\s+/g, ' ').startsWith(title.slice(0, -1))).toBe(true)
  })
})

describe('displayTitleFor', () => {
  const item = { filename: UUID_NAME, originalFilename: 'le-hoi-hoa-xuan.jpg' }

  it('gives Vietnamese the uploaded file name until a headline or caption is written', () => {
    expect(displayTitleFor({ item, locale: 'vi' })).toBe('le-hoi-hoa-xuan.jpg')
    expect(displayTitleFor({ item: { ...item, caption: 'Lễ hội hoa xuân' }, locale: 'vi' })).toBe(
      'Lễ hội hoa xuân',
    )
  })

  it('gives a translation a title only from its own text, so reads fall back to Vietnamese', () => {
    expect(displayTitleFor({ item, locale: 'en' })).toBeNull()
    expect(
      displayTitleFor({ item: { ...item, alt: 'Spring flower festival' }, locale: 'en' }),
    ).toBe('Spring flower festival')
  })
})
