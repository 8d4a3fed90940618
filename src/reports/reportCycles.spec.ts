import { describe, expect, it } from 'vitest'

import {
  DEFAULT_REPORTING_CALENDAR,
  cycleDeadline,
  cyclePeriod,
  cyclesDueIn,
  cyclesPastDeadline,
  isDayOfYear,
  reportSubject,
} from './reportCycles'

const calendar = DEFAULT_REPORTING_CALENDAR

describe('report cycles', () => {
  it('accepts days of the year written DD/MM that exist every year', () => {
    expect(['15/05', '31/12', '28/02'].every(isDayOfYear)).toBe(true)
    expect(['29/02', '31/04', '5/5', '2026-05-15', 15, null].some(isDayOfYear)).toBe(false)
  })

  it('covers the first six months or the calendar year by default', () => {
    expect(cyclePeriod({ cycle: 'half-year', year: 2026 })).toEqual({
      from: '2026-01-01',
      to: '2026-06-30',
    })
    expect(cyclePeriod({ cycle: 'annual', year: 2026 })).toEqual({
      from: '2026-01-01',
      to: '2026-12-31',
    })
  })

  it('dates the deadlines of the Đồng Nai draft for agencies and for the Sở', () => {
    expect(cycleDeadline({ calendar, audience: 'agency', cycle: 'half-year', year: 2026 })).toBe(
      '2026-05-15',
    )
    expect(cycleDeadline({ calendar, audience: 'agency', cycle: 'annual', year: 2026 })).toBe(
      '2026-11-15',
    )
    expect(
      cycleDeadline({ calendar, audience: 'department', cycle: 'half-year', year: 2026 }),
    ).toBe('2026-06-10')
    expect(cycleDeadline({ calendar, audience: 'department', cycle: 'annual', year: 2026 })).toBe(
      '2026-12-20',
    )
  })

  it('finds the cycles due exactly at an offset, across the new year', () => {
    expect(
      cyclesDueIn({ calendar, audience: 'agency', today: '2026-05-08', offsetDays: [7, 1] }),
    ).toEqual([{ cycle: 'half-year', year: 2026, deadline: '2026-05-15', offsetDays: 7 }])
    expect(
      cyclesDueIn({ calendar, audience: 'agency', today: '2026-05-09', offsetDays: [7, 1] }),
    ).toEqual([])
    const early = {
      agency: { 'half-year': '05/01', annual: '15/11' },
      department: calendar.department,
    }
    expect(
      cyclesDueIn({ calendar: early, audience: 'agency', today: '2026-12-29', offsetDays: [7] }),
    ).toEqual([{ cycle: 'half-year', year: 2027, deadline: '2027-01-05', offsetDays: 7 }])
  })

  it('lists each cycle’s latest passed deadline, latest first', () => {
    expect(cyclesPastDeadline({ calendar, audience: 'agency', today: '2026-05-20' })).toEqual([
      { cycle: 'half-year', year: 2026, deadline: '2026-05-15' },
      { cycle: 'annual', year: 2025, deadline: '2025-11-15' },
    ])
    // On the deadline day itself the deadline has not passed yet.
    expect(cyclesPastDeadline({ calendar, audience: 'agency', today: '2026-05-15' })).toEqual([
      { cycle: 'annual', year: 2025, deadline: '2025-11-15' },
      { cycle: 'half-year', year: 2025, deadline: '2025-05-15' },
    ])
  })

  it('titles the report as the regulation words it', () => {
    expect(reportSubject({ cycle: 'half-year', year: 2026 })).toBe(
      'Kết quả công tác thông tin đối ngoại 6 tháng đầu năm 2026',
    )
    expect(reportSubject({ cycle: 'annual', year: 2026 })).toBe(
      'Kết quả công tác thông tin đối ngoại năm 2026',
    )
  })
})
