import { describe, expect, it } from 'vitest'

import { localizedCredit } from './localizedCredit'

const newsroom = {
  vi: 'Báo và Phát thanh, Truyền hình Đồng Nai',
  en: 'Dong Nai Newspaper, Radio and Television',
  ja: 'ドンナイ新聞・ラジオ・テレビ',
}

describe('localizedCredit', () => {
  it('gives the agency’s official name in the reader’s language, keeping the photographer', () => {
    expect(localizedCredit({ credit: newsroom.vi, agencyNames: newsroom, locale: 'en' })).toBe(
      newsroom.en,
    )
    expect(
      localizedCredit({ credit: `${newsroom.vi}/Huy Anh`, agencyNames: newsroom, locale: 'ja' }),
    ).toBe(`${newsroom.ja}/Huy Anh`)
  })

  it('keeps the credit as written where the agency has no official name in that language', () => {
    expect(localizedCredit({ credit: newsroom.vi, agencyNames: newsroom, locale: 'km' })).toBe(
      newsroom.vi,
    )
  })

  it('leaves another source’s credit alone, even one that begins like the agency’s name', () => {
    expect(localizedCredit({ credit: 'TTXVN/Huy Anh', agencyNames: newsroom, locale: 'en' })).toBe(
      'TTXVN/Huy Anh',
    )
    expect(
      localizedCredit({
        credit: 'Sở Văn hóa, Thể thao và Du lịch Đồng Nai',
        agencyNames: { vi: 'Sở Văn hóa, Thể thao và Du lịch', en: 'Department of Culture' },
        locale: 'en',
      }),
    ).toBe('Sở Văn hóa, Thể thao và Du lịch Đồng Nai')
    expect(localizedCredit({ credit: '  ', agencyNames: newsroom, locale: 'en' })).toBe(null)
  })
})
