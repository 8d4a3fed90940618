import { describe, expect, it } from 'vitest'

import { LOCALES, LOCALE_TAGS } from '../i18n/locales'
import { countryOptions, isCountryCode } from './countries'

describe('countryOptions', () => {
  it('names the countries in the reader’s language, sorted for that language', () => {
    const french = countryOptions({ lang: 'fr' })
    expect(french.find((option) => option.value === 'VN')?.label).toBe('Vietnam')
    expect(french.find((option) => option.value === 'DE')?.label).toBe('Allemagne')
    const labels = french.map((option) => option.label)
    const collator = new Intl.Collator('fr')
    expect(labels).toEqual([...labels].sort((a, b) => collator.compare(a, b)))
  })

  it.each(LOCALES)('lists each current country once, under one name, in %s', (lang) => {
    const options = countryOptions({ lang })
    const codes = options.map((option) => option.value)
    const labels = options.map((option) => option.label)
    expect(new Set(codes).size).toBe(codes.length)
    expect(new Set(labels).size).toBe(labels.length)
    expect(options.every((option) => option.label !== option.value)).toBe(true)
    const collator = new Intl.Collator(LOCALE_TAGS[lang])
    expect(labels).toEqual([...labels].sort((a, b) => collator.compare(a, b)))
  })

  it('offers current ISO 3166-1 codes only: no withdrawn codes, no groupings', () => {
    const codes = countryOptions({ lang: 'en' }).map((option) => option.value)
    expect(codes.length).toBeGreaterThanOrEqual(249)
    expect(codes).toEqual(expect.arrayContaining(['VN', 'JP', 'KH', 'FR', 'GB']))
    for (const withdrawn of ['UK', 'SU', 'DD', 'YU', 'VD', 'CS', 'ZR', 'BU', 'EU', 'UN', 'ZZ']) {
      expect(codes).not.toContain(withdrawn)
    }
    expect(codes.every((code) => /^[A-Z]{2}$/.test(code))).toBe(true)
  })

  it('names Vietnam and Cambodia in Vietnamese, Japanese and Khmer', () => {
    const name = (lang: 'vi' | 'ja' | 'km', code: string) =>
      countryOptions({ lang }).find((option) => option.value === code)?.label
    expect(name('vi', 'VN')).toBe('Việt Nam')
    expect(name('ja', 'VN')).toBe('ベトナム')
    expect(name('km', 'KH')).toBeTruthy()
    expect(name('km', 'KH')).not.toBe('KH')
  })
})

describe('isCountryCode', () => {
  it('accepts current codes in upper case and nothing else', () => {
    expect(isCountryCode('VN')).toBe(true)
    expect(isCountryCode('vn')).toBe(false)
    expect(isCountryCode('UK')).toBe(false)
    expect(isCountryCode('SU')).toBe(false)
    expect(isCountryCode(undefined)).toBe(false)
  })
})
