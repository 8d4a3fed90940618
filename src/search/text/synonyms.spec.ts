import { describe, expect, it } from 'vitest'

import { tokenize } from './analyzeText'
import { buildSynonymTable, querySlots } from './synonyms'

const DONG_NAI = ['Đồng Nai', 'Dong Nai', '同奈', 'ドンナイ', '동나이', 'Донгнай', 'ដុងណៃ']
const table = buildSynonymTable({ groups: [DONG_NAI, ['Biên Hòa', 'Bien Hoa', 'ビエンホア']] })

/** Each slot as its alternatives' folded words, space-joined. */
function slotsOf(query: string, locale: 'vi' | 'ja' | 'en' = 'en') {
  return querySlots({ words: tokenize({ text: query, locale }), table }).map((slot) =>
    slot.alternatives.map((run) => run.map((word) => word.folded).join(' ')),
  )
}

describe('querySlots', () => {
  it('expands a place name of several words, typed in Latin letters, to its names in every script', () => {
    expect(slotsOf('dong nai')).toEqual([
      ['dong nai', '同 奈', 'ドン ナイ', '동나이', 'донгнаи', 'ដុង ណៃ'],
    ])
  })

  it('matches a name only as a whole run of words: "dong" or "nai" alone is no place', () => {
    expect(slotsOf('dong')).toEqual([['dong']])
    expect(slotsOf('nai dong')).toEqual([['nai'], ['dong']])
  })

  it('expands a name typed in another script, and keeps the other words of the query apart', () => {
    expect(slotsOf('ドンナイ 投資', 'ja')[0]).toContain('dong nai')
    expect(slotsOf('ドンナイ 投資', 'ja').at(-1)).toEqual(['投資'])
  })

  it('keeps the words as typed first, with their diacritics, for the exact-spelling bonus', () => {
    const [slot] = querySlots({ words: tokenize({ text: 'Đồng Nai', locale: 'vi' }), table })
    expect(slot?.alternatives[0]?.map((word) => word.exact)).toEqual(['đồng', 'nai'])
    expect(slot?.isPlace).toBe(true)
  })

  it('finds the longest name at each word, and several places in one query', () => {
    expect(slotsOf('gốm biên hòa dong nai', 'vi')).toEqual([
      ['gom'],
      ['bien hoa', 'ビエンホア'],
      ['dong nai', '同 奈', 'ドン ナイ', '동나이', 'донгнаи', 'ដុង ណៃ'],
    ])
  })

  it('ignores a group whose names all come out as the same words', () => {
    const single = buildSynonymTable({ groups: [['Long Khánh', 'Long Khanh', 'LONG KHANH']] })
    expect(single.byKey.size).toBe(0)
  })
})
