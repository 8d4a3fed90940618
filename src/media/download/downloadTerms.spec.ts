import { describe, expect, it } from 'vitest'

import { downloadTermsOf, requiresDownloadTerms } from './downloadTerms'

const journalist = { kind: 'journalist', id: 1, isAccredited: true } as const

describe('download terms', () => {
  it('are required of journalists for the large size and the original only', () => {
    expect(requiresDownloadTerms({ requester: journalist, variant: 'original' })).toBe(true)
    expect(requiresDownloadTerms({ requester: journalist, variant: 'large' })).toBe(true)
    expect(requiresDownloadTerms({ requester: journalist, variant: 'web' })).toBe(false)
    expect(
      requiresDownloadTerms({
        requester: { kind: 'staff', id: 2, roles: ['publisher'], agencyId: null },
        variant: 'original',
      }),
    ).toBe(false)
    expect(requiresDownloadTerms({ requester: { kind: 'anonymous' }, variant: 'web' })).toBe(false)
  })

  it('count as accepted only with the box ticked and a known use', () => {
    expect(downloadTermsOf(new URLSearchParams('terms=accepted&use=news&useDetails=NHK'))).toEqual({
      use: 'news',
      details: 'NHK',
    })
    expect(downloadTermsOf(new URLSearchParams('use=news'))).toBe(null)
    expect(downloadTermsOf(new URLSearchParams('terms=accepted&use=resale'))).toBe(null)
    expect(downloadTermsOf(new URLSearchParams('terms=accepted'))).toBe(null)
  })
})
