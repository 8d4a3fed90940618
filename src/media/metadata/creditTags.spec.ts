import { describe, expect, it } from 'vitest'

import { creditTags, provinceDateTime } from './creditTags'

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

  it('cuts the IIM credit at a word and keeps it whole in XMP (the newsroom’s name)', () => {
    const credit = 'Báo và Phát thanh, Truyền hình Đồng Nai'
    const tags = creditTags({ credit, locale: 'vi' })
    expect(tags['XMP-photoshop:Credit']).toBe(credit)
    expect(tags['IPTC:Credit']).toBe('Báo và Phát thanh, Truyền')
  })

  it('writes the headline, keywords, date created and location within IIM’s byte limits', () => {
    const headline = 'ロンタイン国際空港の旅客ターミナル、蓮の花をかたどった屋根'
    const tags = creditTags({
      headline,
      keywords: [
        '空港',
        'ドンナイ',
        'Cảng hàng không quốc tế Long Thành và khu tái định cư Lộc An',
      ],
      dateCreated: '2024-04-30T23:15:00.000Z',
      location: {
        sublocation: 'ロンタイン国際空港旅客ターミナルビル',
        city: 'ロンタイン',
        provinceState: 'ドンナイ',
        countryName: 'ベトナム',
        countryCode: 'VNM',
      },
      locale: 'ja',
    })
    expect(tags).toMatchObject({
      'XMP-photoshop:Headline': headline,
      'XMP-dc:Title-ja': headline,
      'IPTC:Headline': headline,
      'XMP-dc:Subject': [
        '空港',
        'ドンナイ',
        'Cảng hàng không quốc tế Long Thành và khu tái định cư Lộc An',
      ],
      'IPTC:DateCreated': '2024:05:01',
      'IPTC:TimeCreated': '06:15:00+07:00',
      'XMP-photoshop:DateCreated': '2024:05:01 06:15:00+07:00',
      'IPTC:City': 'ロンタイン',
      'XMP-photoshop:City': 'ロンタイン',
      'XMP-iptcExt:LocationCreatedCity': 'ロンタイン',
      'XMP-iptcExt:LocationShownProvinceState': 'ドンナイ',
      'XMP-iptcExt:LocationShownCountryCode': 'VNM',
      'IPTC:Country-PrimaryLocationName': 'ベトナム',
      'IPTC:Country-PrimaryLocationCode': 'VNM',
      'XMP-iptcExt:LocationShownSublocation': 'ロンタイン国際空港旅客ターミナルビル',
    })
    // 64 bytes of ObjectName hold 21 Japanese characters at most; Sub-location 32 bytes.
    expect(Buffer.byteLength(tags['IPTC:ObjectName'] as string)).toBeLessThanOrEqual(64)
    expect(headline.startsWith(tags['IPTC:ObjectName'] as string)).toBe(true)
    expect(Buffer.byteLength(tags['IPTC:Sub-location'] as string)).toBeLessThanOrEqual(32)
    const keywords = tags['IPTC:Keywords'] as string[]
    expect(keywords.slice(0, 2)).toEqual(['空港', 'ドンナイ'])
    expect(Buffer.byteLength(keywords[2]!)).toBeLessThanOrEqual(64)
    expect(keywords[2]).toBe('Cảng hàng không quốc tế Long Thành và khu tái định')
  })
})

describe('provinceDateTime', () => {
  it('dates an instant on the province’s clocks (UTC+7)', () => {
    expect(provinceDateTime({ iso: '2024-12-31T20:00:00.000Z' })).toEqual({
      date: '2025:01:01',
      time: '03:00:00+07:00',
    })
    expect(provinceDateTime({ iso: 'not a date' })).toBe(null)
  })
})
