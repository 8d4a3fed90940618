import { describe, expect, it } from 'vitest'

import { meilisearchSynonyms } from './meilisearchSynonyms'

describe('meilisearchSynonyms', () => {
  it('maps each name of a place to every other name, in every script', () => {
    expect(meilisearchSynonyms({ groups: [['Đồng Nai', 'ドンナイ', '동나이']] })).toEqual({
      'Đồng Nai': ['ドンナイ', '동나이'],
      ドンナイ: ['Đồng Nai', '동나이'],
      동나이: ['Đồng Nai', 'ドンナイ'],
    })
  })

  it('sends names that differ only in case or diacritics once, as Meilisearch folds them itself', () => {
    const synonyms = meilisearchSynonyms({ groups: [['Đồng Nai', 'Dong Nai', 'DONG NAI', '同奈']] })
    expect(synonyms).toEqual({ 'Đồng Nai': ['同奈'], 同奈: ['Đồng Nai'] })
  })

  it('uses names of more than three words only as synonyms, never as terms', () => {
    const synonyms = meilisearchSynonyms({
      groups: [['Cảng hàng không quốc tế Long Thành', 'Long Thanh Airport', 'ロンタイン国際空港']],
    })
    expect(Object.keys(synonyms)).not.toContain('Cảng hàng không quốc tế Long Thành')
    expect(synonyms['Long Thanh Airport']).toContain('Cảng hàng không quốc tế Long Thành')
  })

  it('merges the groups a name belongs to, and leaves out a group of one name', () => {
    const synonyms = meilisearchSynonyms({
      groups: [['Biên Hòa', 'ビエンホア'], ['Biên Hòa', '边和'], ['Trị An']],
    })
    expect(synonyms['Biên Hòa']).toEqual(['ビエンホア', '边和'])
    expect(synonyms['Trị An']).toBeUndefined()
  })
})
