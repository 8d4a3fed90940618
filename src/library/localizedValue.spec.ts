import { describe, expect, it } from 'vitest'

import { pickLocalized } from './localizedValue'

describe('pickLocalized', () => {
  const name = { vi: 'Sở Ngoại vụ', en: 'Department of Foreign Affairs', ja: '外務局', ko: '' }

  it("gives the reader's language when it is filled in", () => {
    expect(pickLocalized({ values: name, lang: 'ja' })).toEqual({ text: '外務局', locale: 'ja' })
  })

  it('falls back to English, then Vietnamese, and says which it gave', () => {
    expect(pickLocalized({ values: name, lang: 'ko' })).toEqual({
      text: 'Department of Foreign Affairs',
      locale: 'en',
    })
    expect(pickLocalized({ values: { vi: 'Đồng Nai', zh: '同奈' }, lang: 'fr' })).toEqual({
      text: 'Đồng Nai',
      locale: 'vi',
    })
  })

  it('takes any filled language last, and nothing when none is', () => {
    expect(pickLocalized({ values: { zh: '同奈' }, lang: 'fr' })).toEqual({
      text: '同奈',
      locale: 'zh',
    })
    expect(pickLocalized({ values: { vi: '  ', en: null }, lang: 'en' })).toBeNull()
    expect(pickLocalized({ values: undefined, lang: 'en' })).toBeNull()
  })

  it("counts a plain string as the reader's language", () => {
    expect(pickLocalized({ values: 'ttdn', lang: 'km' })).toEqual({ text: 'ttdn', locale: 'km' })
  })
})
