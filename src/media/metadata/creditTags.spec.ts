import { describe, expect, it } from 'vitest'

import { creditTags, cutUtf8 } from './creditTags'

describe('creditTags', () => {
  it('writes credit, creator, copyright, usage terms and caption to XMP and IPTC', () => {
    expect(
      creditTags({
        credit: 'Báo Đồng Nai',
        creator: 'Trần Văn B',
        copyrightNotice: '© Báo Đồng Nai',
        usageTerms: 'Editorial use only',
        caption: 'Dong Nai bridge at dawn',
        locale: 'en',
      }),
    ).toEqual({
      'XMP-photoshop:Credit': 'Báo Đồng Nai',
      'IPTC:Credit': 'Báo Đồng Nai',
      'XMP-dc:Creator': ['Trần Văn B'],
      'IPTC:By-line': 'Trần Văn B',
      'XMP-dc:Rights': '© Báo Đồng Nai',
      'IPTC:CopyrightNotice': '© Báo Đồng Nai',
      'XMP-xmpRights:UsageTerms': 'Editorial use only',
      'XMP-xmpRights:UsageTerms-en': 'Editorial use only',
      'XMP-dc:Description': 'Dong Nai bridge at dawn',
      'XMP-dc:Description-en': 'Dong Nai bridge at dawn',
      'IPTC:Caption-Abstract': 'Dong Nai bridge at dawn',
    })
  })

  it('leaves out empty values and tags the caption with the locale’s language', () => {
    expect(creditTags({ credit: ' ', caption: 'Cầu', locale: 'vi' })).toEqual({
      'XMP-dc:Description': 'Cầu',
      'XMP-dc:Description-vi-VN': 'Cầu',
      'IPTC:Caption-Abstract': 'Cầu',
    })
  })

  it('cuts IIM credit to 32 bytes without splitting a Vietnamese letter', () => {
    const credit = 'Trung tâm Truyền thông tỉnh Đồng Nai'
    const tags = creditTags({ credit, locale: 'vi' })
    expect(tags['XMP-photoshop:Credit']).toBe(credit)
    expect(Buffer.byteLength(tags['IPTC:Credit'] as string)).toBeLessThanOrEqual(32)
    expect(credit.startsWith(tags['IPTC:Credit'] as string)).toBe(true)
  })
})

describe('cutUtf8', () => {
  it('keeps whole characters', () => {
    expect(cutUtf8({ text: 'Đồng', maxBytes: 4 })).toBe('Đ')
    expect(cutUtf8({ text: 'abc', maxBytes: 10 })).toBe('abc')
  })
})
