import { describe, expect, it } from 'vitest'

import { publicRenditionsOf } from './publicRenditions'

const rendition = (size: string, format: string, width: number, mimeType: string) => ({
  size,
  format,
  width,
  height: width / 2,
  filesize: width * 10,
  mimeType,
  url: `/api/media/4/renditions/${size}.${format}`,
})

describe('publicRenditionsOf', () => {
  it('offers the sizes anyone may fetch, largest first, JPEG before its WebP twin', () => {
    const renditions = [
      rendition('thumb', 'webp', 400, 'image/webp'),
      rendition('large', 'jpeg', 2560, 'image/jpeg'),
      rendition('web', 'webp', 1280, 'image/webp'),
      rendition('web', 'jpeg', 1280, 'image/jpeg'),
      rendition('thumb', 'jpeg', 400, 'image/jpeg'),
    ]
    expect(publicRenditionsOf({ renditions }).map(({ name, path }) => [name, path])).toEqual([
      ['web', '/api/media/4/renditions/web.jpeg'],
      ['web-webp', '/api/media/4/renditions/web.webp'],
      ['thumb', '/api/media/4/renditions/thumb.jpeg'],
      ['thumb-webp', '/api/media/4/renditions/thumb.webp'],
    ])
  })

  it('puts a video’s MP4 before its poster still of the same size', () => {
    const renditions = [
      rendition('web', 'jpeg', 1280, 'image/jpeg'),
      rendition('web', 'mp4', 1280, 'video/mp4'),
    ]
    expect(publicRenditionsOf({ renditions }).map(({ mimeType }) => mimeType)).toEqual([
      'video/mp4',
      'image/jpeg',
    ])
  })

  it('answers nothing for an item without renditions', () => {
    expect(publicRenditionsOf({})).toEqual([])
  })
})
