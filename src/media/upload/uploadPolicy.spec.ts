import { describe, expect, it } from 'vitest'

import {
  ACCEPTED_MIME_TYPES,
  byteLimitFor,
  extensionOf,
  formatBytes,
  screenFileType,
} from './uploadPolicy'

const limits = { imageBytes: 10, videoBytes: 20, documentBytes: 30, imagePixels: 40 }

describe('screenFileType', () => {
  it('accepts a JPEG whose content, name and declared type agree', () => {
    expect(
      screenFileType({
        detectedMimeType: 'image/jpeg',
        declaredMimeType: 'image/jpeg',
        filename: 'Cau Dong Nai.JPG',
        requestedKind: 'image',
      }),
    ).toMatchObject({ isAccepted: true, kind: 'image', extension: 'jpg' })
  })

  it('accepts the aliases clients declare for the same format', () => {
    expect(
      screenFileType({
        detectedMimeType: 'image/jpeg',
        declaredMimeType: 'image/pjpeg',
        filename: 'a.jpeg',
        requestedKind: undefined,
      }),
    ).toMatchObject({ isAccepted: true, kind: 'image' })
  })

  it('refuses content nothing recognises (HTML, SVG, scripts) with 415', () => {
    expect(
      screenFileType({
        detectedMimeType: undefined,
        declaredMimeType: 'image/jpeg',
        filename: 'page.jpg',
        requestedKind: 'image',
      }),
    ).toEqual({ isAccepted: false, reason: 'type-not-allowed', status: 415 })
  })

  it('refuses executables and other recognised types that are not on the list', () => {
    expect(
      screenFileType({
        detectedMimeType: 'application/x-msdownload',
        declaredMimeType: 'application/pdf',
        filename: 'report.pdf',
        requestedKind: 'document',
      }),
    ).toMatchObject({ isAccepted: false, reason: 'type-not-allowed' })
  })

  it('refuses a PNG named .jpg and a JPEG declared as PNG', () => {
    expect(
      screenFileType({
        detectedMimeType: 'image/png',
        declaredMimeType: 'image/png',
        filename: 'photo.jpg',
        requestedKind: 'image',
      }),
    ).toMatchObject({ isAccepted: false, reason: 'type-mismatch', status: 415 })
    expect(
      screenFileType({
        detectedMimeType: 'image/jpeg',
        declaredMimeType: 'image/png',
        filename: 'photo.jpg',
        requestedKind: 'image',
      }),
    ).toMatchObject({ isAccepted: false, reason: 'type-mismatch' })
  })

  it('refuses a PDF uploaded as an image with 422', () => {
    expect(
      screenFileType({
        detectedMimeType: 'application/pdf',
        declaredMimeType: 'application/pdf',
        filename: 'a.pdf',
        requestedKind: 'image',
      }),
    ).toEqual({ isAccepted: false, reason: 'kind-mismatch', status: 422 })
  })

  it('lists no SVG, HTML or script type among the accepted MIME types', () => {
    expect(ACCEPTED_MIME_TYPES.some((type) => /svg|html|javascript|\/xml|\+xml/.test(type))).toBe(
      false,
    )
  })
})

describe('byteLimitFor and formatBytes', () => {
  it('picks the limit of the kind', () => {
    expect(byteLimitFor({ kind: 'image', limits })).toBe(10)
    expect(byteLimitFor({ kind: 'video', limits })).toBe(20)
    expect(byteLimitFor({ kind: 'document', limits })).toBe(30)
  })

  it('formats sizes the way editors read them', () => {
    expect(formatBytes({ bytes: 300 * 1024 ** 2 })).toBe('300 MB')
    expect(formatBytes({ bytes: 5 * 1024 ** 3 })).toBe('5 GB')
    expect(formatBytes({ bytes: 1536 })).toBe('1.5 KB')
    expect(formatBytes({ bytes: 12 })).toBe('12 B')
  })
})

describe('extensionOf', () => {
  it('reads the last extension in lower case and ignores dot-files', () => {
    expect(extensionOf({ filename: 'a.b.TIFF' })).toBe('tiff')
    expect(extensionOf({ filename: '.jpg' })).toBe('')
    expect(extensionOf({ filename: 'noext' })).toBe('')
    expect(extensionOf({ filename: 'dir/x.png' })).toBe('png')
  })
})
