import { describe, expect, it } from 'vitest'

import { formatFileSize, pictureOf, type RenditionRecord } from './pictures'

const rendition = (size: string, format: string, width: number): RenditionRecord => ({
  size,
  format,
  width,
  height: Math.round((width * 2) / 3),
  filesize: width * 100,
  url: `/api/media/7/renditions/${size}.${format === 'jpeg' ? 'jpg' : format}`,
})

describe('pictureOf', () => {
  it('offers WebP first and JPEG as the fallback, with the size for layout', () => {
    const picture = pictureOf({
      renditions: [rendition('thumb', 'webp', 400), rendition('thumb', 'jpeg', 400)],
      size: 'thumb',
      placeholder: 'data:image/webp;base64,AA',
      alt: 'Cầu Đồng Nai',
    })
    expect(picture).toEqual({
      src: '/api/media/7/renditions/thumb.jpg',
      webp: '/api/media/7/renditions/thumb.webp',
      width: 400,
      height: 267,
      placeholder: 'data:image/webp;base64,AA',
      alt: 'Cầu Đồng Nai',
    })
  })

  it('falls back to a smaller size, never a larger one', () => {
    const renditions = [rendition('thumb', 'jpeg', 400), rendition('large', 'jpeg', 2560)]
    expect(pictureOf({ renditions, size: 'web', alt: '' })?.width).toBe(400)
    expect(
      pictureOf({ renditions: [rendition('large', 'jpeg', 2560)], size: 'web', alt: '' }),
    ).toBe(null)
  })

  it('answers null for an item without renditions', () => {
    expect(pictureOf({ renditions: undefined, size: 'thumb', alt: '' })).toBe(null)
  })
})

describe('formatFileSize', () => {
  it('uses decimal units and the reader’s number format', () => {
    expect(formatFileSize({ bytes: 532, locale: 'en' })).toBe('532 byte')
    expect(formatFileSize({ bytes: 2_400_000, locale: 'en' })).toBe('2.4 MB')
    expect(formatFileSize({ bytes: 2_400_000, locale: 'fr' })).toMatch(/^2,4\s?Mo$/)
  })
})
