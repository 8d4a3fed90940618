import { describe, expect, it } from 'vitest'

import { wrapText } from './wrapText'

/** One unit per character: a line of width 12 holds twelve characters. */
const measure = { width: 12, of: (text: string) => text.length }

describe('wrapText', () => {
  it('breaks at the last space that keeps a line within the width', () => {
    expect(wrapText({ text: 'Đồng Nai – điểm đến đầu tư', measure })).toEqual([
      'Đồng Nai –',
      'điểm đến đầu',
      'tư',
    ])
  })

  it('gives a word wider than a line a line of its own', () => {
    expect(wrapText({ text: 'a supercalifragilistic b', measure })).toEqual([
      'a',
      'supercalifragilistic',
      'b',
    ])
  })

  it('returns no line for an empty or blank text', () => {
    expect(wrapText({ text: '  ', measure })).toEqual([])
  })
})
