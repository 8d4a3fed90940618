import { describe, expect, it } from 'vitest'

import { embargoTags } from './embargoTags'

describe('embargoTags', () => {
  const now = new Date('2026-05-01T00:00:00.000Z')

  it('writes the public release time into XMP and IIM instructions while the embargo holds', () => {
    expect(embargoTags({ embargoUntil: '2026-05-02T10:30:00+07:00', now })).toEqual({
      'XMP-photoshop:Instructions': 'Embargoed until 2026-05-02T03:30:00.000Z',
      'IPTC:SpecialInstructions': 'Embargoed until 2026-05-02T03:30:00.000Z',
    })
  })

  it('writes nothing without an embargo or once it has ended', () => {
    expect(embargoTags({ embargoUntil: null, now })).toEqual({})
    expect(embargoTags({ embargoUntil: '2026-04-30T00:00:00.000Z', now })).toEqual({})
  })
})
