import { describe, expect, it } from 'vitest'

import { latestDigestSlot } from './digestSlot'

describe('latestDigestSlot', () => {
  const daily = { schedule: '0 0 7 * * *', timeZone: 'Asia/Ho_Chi_Minh' }

  it('is today at 07:00 Ho Chi Minh time (00:00 UTC) once that time has come', () => {
    expect(
      latestDigestSlot({ ...daily, now: new Date('2026-03-10T05:00:00Z') })?.toISOString(),
    ).toBe('2026-03-10T00:00:00.000Z')
    expect(
      latestDigestSlot({ ...daily, now: new Date('2026-03-10T00:00:00Z') })?.toISOString(),
    ).toBe('2026-03-10T00:00:00.000Z')
  })

  it('is yesterday at 07:00 before 07:00 on the province clock', () => {
    expect(
      latestDigestSlot({ ...daily, now: new Date('2026-03-09T23:59:00Z') })?.toISOString(),
    ).toBe('2026-03-09T00:00:00.000Z')
  })

  it('follows the zone it is given', () => {
    expect(
      latestDigestSlot({
        schedule: '0 0 7 * * *',
        timeZone: 'Europe/Paris',
        now: new Date('2026-07-01T12:00:00Z'),
      })?.toISOString(),
    ).toBe('2026-07-01T05:00:00.000Z')
  })
})
