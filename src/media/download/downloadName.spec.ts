import { describe, expect, it } from 'vitest'

import { asciiFilename, attachmentHeader, downloadFilename } from './downloadName'

describe('downloadFilename', () => {
  it('uses the uploaded name, the variant and the served extension', () => {
    expect(
      downloadFilename({ originalFilename: 'Cầu Đồng Nai.JPG', variant: 'web', extension: 'webp' }),
    ).toBe('Cầu Đồng Nai-web.webp')
    expect(
      downloadFilename({ originalFilename: 'bao-cao.pdf', variant: 'original', extension: 'pdf' }),
    ).toBe('bao-cao.pdf')
  })

  it('drops path parts and characters no file system accepts', () => {
    expect(
      downloadFilename({ originalFilename: '../a"b<c>.png', variant: 'thumb', extension: 'jpg' }),
    ).toBe('a b c-thumb.jpg')
    expect(downloadFilename({ originalFilename: '', variant: 'web', extension: 'jpg' })).toBe(
      'media-web.jpg',
    )
  })
})

describe('attachmentHeader', () => {
  it('writes an RFC 6266 header with a readable ASCII fallback', () => {
    expect(attachmentHeader({ filename: 'Cầu Đồng Nai-web.jpg' })).toBe(
      `attachment; filename="Cau Dong Nai-web.jpg"; filename*=UTF-8''C%E1%BA%A7u%20%C4%90%E1%BB%93ng%20Nai-web.jpg`,
    )
    expect(attachmentHeader({ filename: 'a.jpg', isInline: true })).toBe('inline; filename=a.jpg')
  })
})

describe('asciiFilename', () => {
  it('spells Vietnamese without marks and replaces other scripts', () => {
    expect(asciiFilename({ filename: 'Đường Hùng Vương.jpg' })).toBe('Duong Hung Vuong.jpg')
    expect(asciiFilename({ filename: '同奈.jpg' })).toBe('__.jpg')
  })
})
