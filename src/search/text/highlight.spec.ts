import { describe, expect, it } from 'vitest'

import { highlightText, markersToHtml, snippetOf } from './highlight'

describe('highlightText', () => {
  it('marks words whose folded form matched, whatever diacritics they carry', () => {
    expect(
      highlightText({ text: 'Đồng Nai và Dong Nai', locale: 'vi', terms: new Set(['dong']) }),
    ).toBe('<mark>Đồng</mark> Nai và <mark>Dong</mark> Nai')
  })

  it('escapes HTML in the text', () => {
    expect(
      highlightText({ text: '<b>Biên Hòa</b> & co', locale: 'vi', terms: new Set(['bien']) }),
    ).toBe('&lt;b&gt;<mark>Biên</mark> Hòa&lt;/b&gt; &amp; co')
  })

  it('marks adjacent Chinese words as one passage', () => {
    expect(
      highlightText({ text: '国际投资促进会议', locale: 'zh', terms: new Set(['投资', '促进']) }),
    ).toBe('国际<mark>投资促进</mark>会议')
  })
})

describe('snippetOf', () => {
  const text = Array.from({ length: 60 }, (_, index) => `word${index}`).join(' ')

  it('cuts a passage around the first match, with ellipses where it was cut', () => {
    const snippet = snippetOf({ text, locale: 'en', terms: new Set(['word30']), words: 9 })
    expect(snippet).toBe(
      '…word27 word28 word29 <mark>word30</mark> word31 word32 word33 word34 word35…',
    )
  })

  it('starts at the beginning when the match is near it, and returns null without a match', () => {
    expect(snippetOf({ text, locale: 'en', terms: new Set(['word1']), words: 4 })).toBe(
      'word0 <mark>word1</mark> word2 word3…',
    )
    expect(snippetOf({ text, locale: 'en', terms: new Set(['nothing']) })).toBeNull()
  })
})

describe('markersToHtml', () => {
  it('turns engine markers into <mark> and escapes everything else', () => {
    expect(markersToHtml({ text: 'a <\u0002b\u0003> c', open: '\u0002', close: '\u0003' })).toBe(
      'a &lt;<mark>b</mark>&gt; c',
    )
  })
})
