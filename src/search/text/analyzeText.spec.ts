import { describe, expect, it } from 'vitest'

import { foldDiacritics, isUnspacedScript, tokenize } from './analyzeText'

const words = (text: string, locale: Parameters<typeof tokenize>[0]['locale']) =>
  tokenize({ text, locale }).map((token) => token.exact)

describe('foldDiacritics', () => {
  it('folds Vietnamese tones and vowel marks, with đ → d', () => {
    expect(foldDiacritics('Đồng Nai')).toBe('Dong Nai')
    expect(foldDiacritics('đường dương ưu tiên Biên Hòa')).toBe('duong duong uu tien Bien Hoa')
    expect(foldDiacritics('Nguyễn Thị Hoà, Phước Tân')).toBe('Nguyen Thi Hoa, Phuoc Tan')
  })

  it('folds French accents and ligatures and Russian ё and й', () => {
    expect(foldDiacritics('cœur été façade')).toBe('coeur ete facade')
    expect(foldDiacritics('ёлка йогурт')).toBe('елка иогурт')
  })

  it('keeps the marks that change a letter in Japanese, Khmer and Korean', () => {
    expect(foldDiacritics('がぎぐ パン')).toBe('がぎぐ パン')
    expect(foldDiacritics('ខេត្តដុងណៃ')).toBe('ខេត្តដុងណៃ')
    expect(foldDiacritics('동나이')).toBe('동나이')
  })
})

describe('tokenize', () => {
  it('splits spaced scripts on non-letters, lower-cased, with folded forms and offsets', () => {
    expect(tokenize({ text: 'Sông Đồng Nai, 2024', locale: 'vi' })).toEqual([
      { exact: 'sông', folded: 'song', start: 0, end: 4 },
      { exact: 'đồng', folded: 'dong', start: 5, end: 9 },
      { exact: 'nai', folded: 'nai', start: 10, end: 13 },
      { exact: '2024', folded: '2024', start: 15, end: 19 },
    ])
  })

  it('segments Chinese into words with the ICU dictionary', () => {
    expect(words('同奈省举办国际投资促进会议', 'zh')).toEqual([
      '同',
      '奈',
      '省',
      '举办',
      '国际',
      '投资',
      '促进',
      '会议',
    ])
  })

  it('segments Japanese, keeping the prolonged sound mark inside its word', () => {
    expect(words('ドンナイ省で国際投資促進会議が開催', 'ja')).toEqual(
      expect.arrayContaining(['国際', '投資', '促進', '会議', '開催']),
    )
    expect(words('コーヒーの産地', 'ja')).toContain('コーヒー')
  })

  it('segments Khmer, which has no spaces between words', () => {
    expect(words('ខេត្តដុងណៃរៀបចំសន្និសីទវិនិយោគ', 'km')).toEqual([
      'ខេត្ត',
      'ដុង',
      'ណៃ',
      'រៀបចំ',
      'សន្និសីទ',
      'វិនិយោគ',
    ])
  })

  it('segments by script, not by the document locale, and keeps offsets into the text', () => {
    const text = 'Photo: 投资促进 in Dong Nai'
    const tokens = tokenize({ text, locale: 'en' })
    expect(tokens.map((token) => token.exact)).toEqual([
      'photo',
      '投资',
      '促进',
      'in',
      'dong',
      'nai',
    ])
    for (const token of tokens) {
      expect(text.slice(token.start, token.end).toLowerCase()).toBe(token.exact)
    }
  })

  it('knows which words belong to unspaced scripts', () => {
    expect(isUnspacedScript('投资')).toBe(true)
    expect(isUnspacedScript('ដុង')).toBe(true)
    expect(isUnspacedScript('investment')).toBe(false)
  })
})
