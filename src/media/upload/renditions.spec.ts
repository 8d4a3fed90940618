import sharp from 'sharp'
import { describe, expect, it } from 'vitest'

import {
  UnreadableImageError,
  fitInside,
  jpegShrinkOnLoad,
  orientedDimensions,
  renderImageRenditions,
  renditionFilename,
} from './renditions'

describe('fitInside', () => {
  it('caps the longest edge and keeps the aspect ratio', () => {
    expect(fitInside({ width: 6000, height: 4000, maxEdge: 2560 })).toEqual({
      width: 2560,
      height: 1707,
    })
    expect(fitInside({ width: 3000, height: 4000, maxEdge: 400 })).toEqual({
      width: 300,
      height: 400,
    })
  })

  it('never enlarges', () => {
    expect(fitInside({ width: 300, height: 200, maxEdge: 400 })).toEqual({
      width: 300,
      height: 200,
    })
  })
})

describe('jpegShrinkOnLoad', () => {
  it('decodes at the smallest JPEG scale that still covers the largest rendition', () => {
    // 6000 / 2 = 3000 covers 2560; 6000 / 4 = 1500 does not.
    expect(jpegShrinkOnLoad({ width: 6000, height: 4000, maxEdge: 2560 })).toBe(2)
    expect(jpegShrinkOnLoad({ width: 4000, height: 6000, maxEdge: 2560 })).toBe(2)
    expect(jpegShrinkOnLoad({ width: 12000, height: 8000, maxEdge: 2560 })).toBe(4)
    expect(jpegShrinkOnLoad({ width: 24000, height: 16000, maxEdge: 2560 })).toBe(8)
    expect(jpegShrinkOnLoad({ width: 30000, height: 20000, maxEdge: 2560 })).toBe(8)
  })

  it('counts the rounded-up size libjpeg decodes, so a rendition is never enlarged', () => {
    // 5119 / 2 rounds up to 2560: just enough.
    expect(jpegShrinkOnLoad({ width: 5119, height: 3413, maxEdge: 2560 })).toBe(2)
    expect(jpegShrinkOnLoad({ width: 5118, height: 3412, maxEdge: 2560 })).toBe(1)
    expect(jpegShrinkOnLoad({ width: 5120, height: 3413, maxEdge: 2560 })).toBe(2)
  })

  it('decodes an image no larger than the largest rendition at full size', () => {
    expect(jpegShrinkOnLoad({ width: 2560, height: 1707, maxEdge: 2560 })).toBe(1)
    expect(jpegShrinkOnLoad({ width: 1600, height: 1067, maxEdge: 2560 })).toBe(1)
    expect(jpegShrinkOnLoad({ width: 1, height: 1, maxEdge: 2560 })).toBe(1)
  })
})

describe('orientedDimensions', () => {
  it('swaps width and height for EXIF orientations 5 to 8 only', () => {
    expect(orientedDimensions({ width: 60, height: 40, orientation: 6 })).toEqual({
      width: 40,
      height: 60,
    })
    expect(orientedDimensions({ width: 60, height: 40, orientation: 3 })).toEqual({
      width: 60,
      height: 40,
    })
    expect(orientedDimensions({ width: 60, height: 40, orientation: undefined })).toEqual({
      width: 60,
      height: 40,
    })
  })
})

describe('renditionFilename', () => {
  it('puts the size before the format extension', () => {
    expect(renditionFilename({ filename: 'a1b2.jpeg', size: 'thumb', format: 'webp' })).toBe(
      'a1b2-thumb.webp',
    )
    expect(renditionFilename({ filename: 'demo.cau.png', size: 'large', format: 'jpeg' })).toBe(
      'demo.cau-large.jpg',
    )
  })
})

describe('renderImageRenditions', () => {
  it('renders three sizes in two formats and a placeholder, honouring EXIF orientation', async () => {
    const photo = await sharp({
      create: { width: 3000, height: 2000, channels: 3, background: { r: 10, g: 120, b: 200 } },
    })
      .withMetadata({ orientation: 6 })
      .jpeg()
      .toBuffer()
    const rendered = await renderImageRenditions({ input: photo, maxPixels: 10_000_000 })
    expect({ width: rendered.width, height: rendered.height }).toEqual({
      width: 2000,
      height: 3000,
    })
    const summary = rendered.renditions
      .map(({ size, format, width, height }) => `${size}.${format} ${width}x${height}`)
      .sort()
    expect(summary).toEqual([
      'large.jpeg 1707x2560',
      'large.webp 1707x2560',
      'thumb.jpeg 267x400',
      'thumb.webp 267x400',
      'web.jpeg 853x1280',
      'web.webp 853x1280',
    ])
    for (const rendition of rendered.renditions) {
      const metadata = await sharp(rendition.data).metadata()
      expect(metadata.format).toBe(rendition.format)
      expect(metadata.exif).toBeUndefined()
    }
    expect(rendered.placeholder).toMatch(/^data:image\/webp;base64,/)
    expect(rendered.placeholder.length).toBeLessThan(1000)
  })

  it('refuses an image above the pixel limit and a truncated JPEG', async () => {
    const photo = await sharp({
      create: { width: 800, height: 600, channels: 3, background: '#808080' },
    })
      .jpeg()
      .toBuffer()
    await expect(renderImageRenditions({ input: photo, maxPixels: 1000 })).rejects.toBeInstanceOf(
      UnreadableImageError,
    )
    await expect(
      renderImageRenditions({ input: photo.subarray(0, photo.length / 2), maxPixels: 1e7 }),
    ).rejects.toBeInstanceOf(UnreadableImageError)
  })
})
