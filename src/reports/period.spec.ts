import { describe, expect, it } from 'vitest'

import { isCalendarDay, periodInstants, provinceDay } from './period'

describe('the days of the province', () => {
  it('puts an instant on the day it is in Vietnam (UTC+7), not in UTC', () => {
    expect(provinceDay({ at: new Date('2025-06-30T16:59:59.999Z') })).toBe('2025-06-30')
    expect(provinceDay({ at: new Date('2025-06-30T17:00:00.000Z') })).toBe('2025-07-01')
  })

  it('covers a period from its first local midnight to the local midnight after its last day', () => {
    expect(periodInstants({ from: '2026-01-01', to: '2026-06-30' })).toEqual({
      start: '2025-12-31T17:00:00.000Z',
      end: '2026-06-30T17:00:00.000Z',
    })
  })

  it.each([
    ['2026-02-28', true],
    ['2024-02-29', true],
    ['2026-02-29', false],
    ['2026-13-01', false],
    ['2026-1-01', false],
    ['01-01-2026', false],
  ])('reads %s as a calendar day: %s', (value, expected) => {
    expect(isCalendarDay(value)).toBe(expected)
  })
})
