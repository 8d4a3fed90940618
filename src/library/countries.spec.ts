import { describe, expect, it } from 'vitest'

import { countryOptions } from './countries'

describe('countryOptions', () => {
  it('names the countries in the reader’s language, sorted for that language', () => {
    const french = countryOptions('fr')
    expect(french.find((option) => option.value === 'VN')?.label).toBe('Viêt Nam')
    expect(french.find((option) => option.value === 'DE')?.label).toBe('Allemagne')
    const labels = french.map((option) => option.label)
    const collator = new Intl.Collator('fr')
    expect(labels).toEqual([...labels].sort((a, b) => collator.compare(a, b)))
  })

  it('offers two-letter codes of countries only', () => {
    const codes = countryOptions('en').map((option) => option.value)
    expect(codes.length).toBeGreaterThan(200)
    expect(codes).toEqual(expect.arrayContaining(['VN', 'JP', 'KH', 'FR']))
    expect(codes).not.toContain('EU')
    expect(codes).not.toContain('UN')
    expect(codes.every((code) => /^[A-Z]{2}$/.test(code))).toBe(true)
  })
})
