import { describe, expect, it } from 'vitest'

import { entitledVariants, isDownloadVariant } from './entitlements'

describe('entitledVariants', () => {
  it('gives the public and unaccredited journalists web-sized files only', () => {
    expect(entitledVariants({ requester: { kind: 'anonymous' } })).toEqual(['thumb', 'web'])
    expect(
      entitledVariants({ requester: { kind: 'journalist', id: 1, isAccredited: false } }),
    ).toEqual(['thumb', 'web'])
  })

  it('gives accredited journalists the large rendition and the original', () => {
    expect(
      entitledVariants({ requester: { kind: 'journalist', id: 1, isAccredited: true } }),
    ).toEqual(['thumb', 'web', 'large', 'original'])
  })

  it('gives staff everything', () => {
    expect(
      entitledVariants({
        requester: { kind: 'staff', id: 1, roles: ['viewer'], agencyId: null },
      }),
    ).toEqual(['thumb', 'web', 'large', 'original'])
  })
})

describe('isDownloadVariant', () => {
  it('knows the variants', () => {
    expect(isDownloadVariant('large')).toBe(true)
    expect(isDownloadVariant('huge')).toBe(false)
  })
})
