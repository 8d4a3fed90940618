import { describe, expect, it } from 'vitest'

import { libraryTranslator } from '../../i18n'
import { basketCreditsText, uniqueEntryName } from './basketCredits'

describe('basketCreditsText', () => {
  it('lists every file with its credit and page in the reader’s language, then what was left out', () => {
    const text = basketCreditsText({
      t: libraryTranslator('ja'),
      downloadedAt: '2026/12/4 22:00 (UTC)',
      files: [
        {
          entryName: 'cau-large.jpg',
          title: 'ドンナイ橋',
          credit: 'Báo Đồng Nai',
          creator: 'Nguyễn Văn A',
          usageTerms: 'Editorial use\nonly',
          url: 'http://127.0.0.1:3000/ja/media/7',
        },
      ],
      leftOut: [{ title: 'Cảng', size: 'オリジナル', reason: '含まれません' }],
    })
    expect(text.split('\r\n')).toEqual([
      'クレジットと利用条件',
      'ダウンロード日時: 2026/12/4 22:00 (UTC)',
      '',
      '1. ファイル: cau-large.jpg',
      '   タイトル: ドンナイ橋',
      '   クレジット: Báo Đồng Nai',
      '   撮影・作成者: Nguyễn Văn A',
      '   利用条件: Editorial use only',
      '   リンク: http://127.0.0.1:3000/ja/media/7',
      '',
      '含まれないもの:',
      '- Cảng (オリジナル): 含まれません',
      '',
    ])
  })
})

describe('uniqueEntryName', () => {
  it('numbers a name already taken, whatever its case, before the extension', () => {
    const taken = new Set<string>()
    expect(uniqueEntryName({ name: 'Cầu-web.jpg', taken })).toBe('Cầu-web.jpg')
    expect(uniqueEntryName({ name: 'cầu-WEB.jpg', taken })).toBe('cầu-WEB (2).jpg')
    expect(uniqueEntryName({ name: 'Cầu-web.jpg', taken })).toBe('Cầu-web (3).jpg')
    expect(uniqueEntryName({ name: 'README', taken })).toBe('README')
    expect(uniqueEntryName({ name: 'README', taken })).toBe('README (2)')
  })
})
