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

describe('eachToken', () => {
  // The tokenizer as a regular expression (what eachToken did before its look-up table).
  const UNSPACED =
    '\\p{Script_Extensions=Han}\\p{Script_Extensions=Hiragana}\\p{Script_Extensions=Katakana}\\p{Script_Extensions=Khmer}\\p{Script_Extensions=Thai}\\p{Script_Extensions=Lao}\\p{Script_Extensions=Myanmar}'
  const runsOf = (text: string) =>
    [
      ...text.matchAll(new RegExp(`([[\\p{L}\\p{N}\\p{M}]--[${UNSPACED}]]+)|[${UNSPACED}]+`, 'gv')),
    ].map((match) => ({ run: match[0], start: match.index, isSpaced: match[1] !== undefined }))

  it('splits text into the same runs as a Unicode regular expression, whatever it holds', () => {
    let seed = 7
    const random = () => {
      seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31
      return seed / 2 ** 31
    }
    const alphabet = [
      ...'Đồng Nai, sông 2024 — «Ελλάδα» Москва ё ß ﬁ',
      ...'同奈省举办国际投资 ドンナイ省で、コーヒー ខេត្តដុងណៃ 동나이 ไทย',
      '𠀋',
      '😀',
      '\u0301',
      '\ud800',
      '\udc00',
      '\u200b',
      '\n',
    ]
    for (let sample = 0; sample < 300; sample += 1) {
      const text = Array.from(
        { length: 1 + Math.floor(random() * 40) },
        () => alphabet[Math.floor(random() * alphabet.length)]!,
      ).join('')
      const expected = runsOf(text).flatMap(({ run, start, isSpaced }) =>
        isSpaced
          ? [{ word: run, start }]
          : tokenize({ text: run, locale: 'vi' }).map((token) => ({
              word: run.slice(token.start, token.end),
              start: start + token.start,
            })),
      )
      const words = tokenize({ text, locale: 'vi' }).map((token) => ({
        word: text.slice(token.start, token.end),
        start: token.start,
      }))
      expect(words).toEqual(expected.filter(({ word }) => word.length <= 48))
    }
  })
})
