import { describe, expect, it } from 'vitest'

import { toSingleLine } from './singleLine'

describe('toSingleLine', () => {
  it('turns line breaks, tabs and other control characters into single spaces and trims', () => {
    expect(toSingleLine('Tanaka\r\nYui\n\nhttps://evil.example\t\u0000 ')).toBe(
      'Tanaka Yui https://evil.example',
    )
    expect(toSingleLine('A\u0085B\u2028C\u2029D\u007fE')).toBe('A B C D E')
  })

  it('removes bidirectional overrides that would make a name read backwards', () => {
    expect(toSingleLine('Báo \u202eTuổi Trẻ\u202c')).toBe('Báo Tuổi Trẻ')
  })

  it('keeps letters of every script and the zero-width characters they need', () => {
    expect(toSingleLine('ព័ត៌មាន\u200bខេត្ត')).toBe('ព័ត៌មាន\u200bខេត្ត')
    expect(toSingleLine('Nguyễn Văn An — 日本経済新聞')).toBe('Nguyễn Văn An — 日本経済新聞')
  })
})
