import { describe, expect, it } from 'vitest'

import {
  hasPrivateTags,
  keywordsByLocale,
  localeOfLanguageTag,
  metadataFromTags,
  parseEmbeddedDate,
} from './embeddedMetadata'

describe('metadataFromTags', () => {
  it('maps IPTC, XMP and EXIF to our fields, XMP first', () => {
    const metadata = metadataFromTags({
      tags: {
        'IPTC:Credit': 'IPTC credit',
        'XMP-photoshop:Credit': 'Báo Đồng Nai',
        'IPTC:By-line': 'Trần Văn B',
        'IFD0:Copyright': '© Báo Đồng Nai 2024',
        'IPTC:Keywords': ['cầu', 'Đồng Nai', 'cầu'],
        'ExifIFD:DateTimeOriginal': '2024:05:01 10:00:00',
        'IPTC:Sub-location': 'Cầu Hóa An',
        'IPTC:City': 'Biên Hòa',
        'IPTC:Province-State': 'Đồng Nai',
      },
    })
    expect(metadata).toEqual({
      captions: {},
      headlines: {},
      usageTerms: {},
      credit: 'Báo Đồng Nai',
      creator: 'Trần Văn B',
      copyrightNotice: '© Báo Đồng Nai 2024',
      keywords: { vi: ['cầu', 'Đồng Nai'] },
      dateTaken: '2024-05-01T03:00:00.000Z',
      placeShown: 'Cầu Hóa An, Biên Hòa, Đồng Nai',
    })
  })

  it('maps XMP language alternatives to our locales and x-default to Vietnamese', () => {
    const metadata = metadataFromTags({
      tags: {
        'XMP-dc:Description': 'Cầu Đồng Nai lúc bình minh',
        'XMP-dc:Description-en-US': 'Dong Nai bridge at dawn',
        'XMP-dc:Description-zh-Hans': '同奈桥',
        'XMP-dc:Description-de': 'Brücke',
        'XMP-xmpRights:UsageTerms-en': 'Editorial use only',
        'IPTC:Caption-Abstract': 'IIM caption',
      },
    })
    expect(metadata.captions).toEqual({
      vi: 'Cầu Đồng Nai lúc bình minh',
      en: 'Dong Nai bridge at dawn',
      zh: '同奈桥',
    })
    expect(metadata.usageTerms).toEqual({ en: 'Editorial use only' })
  })

  it('reads the headline from XMP and IPTC, and titles in other languages from dc:title', () => {
    const metadata = metadataFromTags({
      tags: {
        'IPTC:Headline': 'Khánh thành nhà ga Long Thành',
        'XMP-dc:Title': 'Nhà ga Long Thành',
        'XMP-dc:Title-ja': 'ロンタイン空港ターミナル開業',
        'IPTC:ObjectName': 'nha-ga',
      },
    })
    expect(metadata.headlines).toEqual({
      vi: 'Khánh thành nhà ga Long Thành',
      ja: 'ロンタイン空港ターミナル開業',
    })
  })

  it('files keywords under the locale their script is written for', () => {
    const metadata = metadataFromTags({
      tags: { 'XMP-dc:Subject': ['sân bay', '空港', 'ドンナイ', '공항', 'аэропорт', 'ព្រលាន'] },
    })
    expect(metadata.keywords).toEqual({
      vi: ['sân bay'],
      zh: ['空港'],
      ja: ['空港', 'ドンナイ'],
      ko: ['공항'],
      ru: ['аэропорт'],
      km: ['ព្រលាន'],
    })
    expect(keywordsByLocale({ keywords: [] })).toEqual({})
  })

  it('does not take an English x-default for the Vietnamese caption', () => {
    const metadata = metadataFromTags({
      tags: { 'XMP-dc:Description': 'Bridge', 'XMP-dc:Description-en': 'Bridge' },
    })
    expect(metadata.captions).toEqual({ en: 'Bridge' })
  })

  it('falls back to the IPTC caption and location', () => {
    const metadata = metadataFromTags({
      tags: {
        'IPTC:Caption-Abstract': 'Chú thích IPTC',
        'XMP-iptcExt:LocationShownSublocation': ['Biên Hòa', 'Long Thành'],
      },
    })
    expect(metadata.captions).toEqual({ vi: 'Chú thích IPTC' })
    expect(metadata.placeShown).toBe('Biên Hòa')
  })
})

describe('hasPrivateTags', () => {
  it('sees GPS, serial numbers and owner names, but not composite echoes alone', () => {
    expect(hasPrivateTags({ tags: { 'GPS:GPSLatitude': '10' } })).toBe(true)
    expect(hasPrivateTags({ tags: { 'XMP-aux:SerialNumber': 'x' } })).toBe(true)
    expect(hasPrivateTags({ tags: { 'Canon:InternalSerialNumber': 'x' } })).toBe(true)
    expect(hasPrivateTags({ tags: { 'ExifIFD:OwnerName': 'x' } })).toBe(true)
    expect(hasPrivateTags({ tags: { 'XMP-iptcExt:LocationShownGPSLatitude': '1' } })).toBe(true)
    expect(hasPrivateTags({ tags: { 'UserData:LocationInformation': 'Lat=10.9' } })).toBe(true)
    expect(hasPrivateTags({ tags: { 'IPTC:Credit': 'x', 'Composite:GPSPosition': '' } })).toBe(
      false,
    )
  })
})

describe('localeOfLanguageTag', () => {
  it('matches on the primary language subtag', () => {
    expect(localeOfLanguageTag({ tag: 'vi-VN' })).toBe('vi')
    expect(localeOfLanguageTag({ tag: 'zh-Hant-TW' })).toBe('zh')
    expect(localeOfLanguageTag({ tag: 'KM' })).toBe('km')
    expect(localeOfLanguageTag({ tag: 'de' })).toBeUndefined()
  })
})

describe('parseEmbeddedDate', () => {
  it('reads EXIF, XMP and IPTC forms', () => {
    expect(parseEmbeddedDate({ value: '2024:05:01 10:00:00' })).toBe('2024-05-01T03:00:00.000Z')
    expect(parseEmbeddedDate({ value: '2024:05:01 10:00:00+0200' })).toBe(
      '2024-05-01T08:00:00.000Z',
    )
    expect(parseEmbeddedDate({ value: '2024-05-01T10:00:00Z' })).toBe('2024-05-01T10:00:00.000Z')
    expect(parseEmbeddedDate({ value: '2024:05:01' })).toBe('2024-05-01T05:00:00.000Z')
  })

  it('ignores empty and malformed dates', () => {
    expect(parseEmbeddedDate({ value: '0000:00:00 00:00:00' })).toBeUndefined()
    expect(parseEmbeddedDate({ value: 'yesterday' })).toBeUndefined()
  })
})
