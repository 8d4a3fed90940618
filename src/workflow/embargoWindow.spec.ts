import { describe, expect, it } from 'vitest'

import { embargoWindowProblem, isStillEmbargoed, staleEmbargoMarkers } from './embargoWindow'

const PUBLIC = '2026-05-02T03:00:00.000Z'
const PRESS = '2026-05-01T03:00:00.000Z'

describe('embargoWindowProblem', () => {
  it('accepts no press time, and a press time strictly before the public one', () => {
    expect(embargoWindowProblem({ embargoUntil: PUBLIC })).toBeNull()
    expect(embargoWindowProblem({ embargoUntil: null, pressReleaseAt: null })).toBeNull()
    expect(embargoWindowProblem({ embargoUntil: PUBLIC, pressReleaseAt: PRESS })).toBeNull()
    expect(
      embargoWindowProblem({ embargoUntil: new Date(PUBLIC), pressReleaseAt: new Date(PRESS) }),
    ).toBeNull()
  })

  it('refuses a press time without an embargo', () => {
    expect(embargoWindowProblem({ pressReleaseAt: PRESS })).toBe('embargo.pressReleaseNeedsEmbargo')
    expect(embargoWindowProblem({ embargoUntil: null, pressReleaseAt: PRESS })).toBe(
      'embargo.pressReleaseNeedsEmbargo',
    )
  })

  it('refuses a press time at or after the public release time', () => {
    expect(embargoWindowProblem({ embargoUntil: PUBLIC, pressReleaseAt: PUBLIC })).toBe(
      'embargo.pressReleaseNotBeforeEmbargo',
    )
    expect(embargoWindowProblem({ embargoUntil: PRESS, pressReleaseAt: PUBLIC })).toBe(
      'embargo.pressReleaseNotBeforeEmbargo',
    )
  })
})

describe('staleEmbargoMarkers', () => {
  const original = { embargoUntil: PUBLIC, pressReleaseAt: PRESS }

  it('keeps both markers when neither time is sent or a time is sent unchanged', () => {
    expect(staleEmbargoMarkers({ original, next: {} })).toEqual([])
    expect(
      staleEmbargoMarkers({
        original,
        next: { embargoUntil: new Date(PUBLIC), pressReleaseAt: PRESS },
      }),
    ).toEqual([])
  })

  it('reopens press access when the press time changes, and both when the public time does', () => {
    expect(staleEmbargoMarkers({ original, next: { pressReleaseAt: null } })).toEqual([
      'pressAccessOpenedAt',
    ])
    expect(
      staleEmbargoMarkers({ original, next: { embargoUntil: '2026-06-01T00:00:00Z' } }),
    ).toEqual(['embargoLiftedAt', 'pressAccessOpenedAt'])
    expect(staleEmbargoMarkers({ original: undefined, next: { embargoUntil: PUBLIC } })).toEqual([
      'embargoLiftedAt',
      'pressAccessOpenedAt',
    ])
  })
})

describe('isStillEmbargoed', () => {
  const now = new Date('2026-05-01T00:00:00.000Z')

  it('holds until the public release time, and not from it on', () => {
    expect(isStillEmbargoed({ embargoUntil: '2026-05-01T00:00:01.000Z', now })).toBe(true)
    expect(isStillEmbargoed({ embargoUntil: '2026-05-01T00:00:00.000Z', now })).toBe(false)
    expect(isStillEmbargoed({ embargoUntil: '2026-04-30T00:00:00.000Z', now })).toBe(false)
  })

  it('does not hold without a time, or with one that cannot be read', () => {
    expect(isStillEmbargoed({ embargoUntil: null, now })).toBe(false)
    expect(isStillEmbargoed({ embargoUntil: undefined, now })).toBe(false)
    expect(isStillEmbargoed({ embargoUntil: 'soon', now })).toBe(false)
  })
})
