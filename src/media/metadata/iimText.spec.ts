import { describe, expect, it } from 'vitest'

import { cutAtGrapheme, cutAtWord, IIM_LIMITS } from './iimText'

const bytes = (text: string) => Buffer.byteLength(text, 'utf8')

describe('cutAtWord', () => {
  it('keeps a text that fits whole', () => {
    expect(cutAtWord({ text: 'Báo Đồng Nai', maxBytes: IIM_LIMITS.credit })).toBe('Báo Đồng Nai')
  })

  it('cuts the newsroom’s Vietnamese name after a whole word, not inside "hình"', () => {
    const credit = 'Báo và Phát thanh, Truyền hình Đồng Nai'
    const cut = cutAtWord({ text: credit, maxBytes: IIM_LIMITS.credit, locale: 'vi' })
    expect(cut).toBe('Báo và Phát thanh, Truyền')
    expect(bytes(cut)).toBeLessThanOrEqual(32)
    // The old cut, at 32 bytes, ended "Truyền h".
    expect(cut.endsWith(' h')).toBe(false)
  })

  it('drops the space and punctuation left at the end of a cut', () => {
    expect(cutAtWord({ text: 'Phát thanh, Truyền hình', maxBytes: 14 })).toBe('Phát thanh')
  })

  it('cuts Japanese between words, though it writes no spaces', () => {
    const text = '蓮の花をかたどった屋根が特徴のロンタイン国際空港旅客ターミナル'
    const cut = cutAtWord({ text, maxBytes: 32, locale: 'ja' })
    expect(bytes(cut)).toBeLessThanOrEqual(32)
    expect(text.startsWith(cut)).toBe(true)
    const words = [...new Intl.Segmenter('ja', { granularity: 'word' }).segment(text)]
    expect(words.some(({ index, segment }) => index + segment.length === cut.length)).toBe(true)
    expect(cut.length).toBeGreaterThan(0)
  })

  it('cuts Khmer between words and never splits a consonant from its subscript or vowel', () => {
    const text = 'ខេត្តដុងណៃ ប្រទេសវៀតណាម ព្រលានយន្តហោះអន្តរជាតិឡុងថាញ់'
    const cut = cutAtWord({ text, maxBytes: 32, locale: 'km' })
    expect(bytes(cut)).toBeLessThanOrEqual(32)
    expect(text.startsWith(cut)).toBe(true)
    const words = [...new Intl.Segmenter('km', { granularity: 'word' }).segment(text)]
    const ends = words.filter((word) => word.isWordLike).map((w) => w.index + w.segment.length)
    expect(ends).toContain(cut.length)
  })

  it('cuts a single word longer than the limit between characters', () => {
    const cut = cutAtWord({ text: 'Nghiêngnghiêngnghiêngnghiêngnghiêng', maxBytes: 20 })
    expect(bytes(cut)).toBeLessThanOrEqual(20)
    expect(cut).toBe('Nghiêngnghiêngnghi')
  })

  it('never leaves half a character, even with one byte to spare', () => {
    expect(cutAtWord({ text: 'Đồng', maxBytes: 4 })).toBe('Đ')
    expect(cutAtWord({ text: '同奈', maxBytes: 5 })).toBe('同')
  })
})

describe('cutAtGrapheme', () => {
  it('keeps a decomposed Vietnamese letter with its marks', () => {
    const decomposed = 'Đồng'.normalize('NFD')
    const cut = cutAtGrapheme({ text: decomposed, maxBytes: 5 })
    expect(cut.normalize('NFC')).toBe('Đ')
  })

  it('keeps a Khmer cluster whole', () => {
    // ខ្មែរ: ខ + coeng + ម + vowel sign + រ; the first cluster takes 12 bytes.
    expect(cutAtGrapheme({ text: 'ខ្មែរ', maxBytes: 11 })).toBe('')
    expect(cutAtGrapheme({ text: 'ខ្មែរ', maxBytes: 12 })).toBe('ខ្មែ')
  })
})
