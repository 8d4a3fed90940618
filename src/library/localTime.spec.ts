import { describe, expect, it } from 'vitest'

import { formatLocalTime, LIBRARY_FALLBACK_TIME_ZONE } from './localTime'

const MOMENT = '2025-03-21T07:05:00.000Z'

describe('formatLocalTime', () => {
  it('writes the moment in the given zone and names the zone, in the reader’s language', () => {
    const tokyo = formatLocalTime({ dateTime: MOMENT, localeTag: 'ja', timeZone: 'Asia/Tokyo' })
    expect(tokyo).toContain('16:05')
    expect(tokyo).toContain('日本標準時')
    const paris = formatLocalTime({ dateTime: MOMENT, localeTag: 'fr', timeZone: 'Europe/Paris' })
    expect(paris).toContain('08:05')
    expect(paris).toMatch(/Europe centrale/)
  })

  it('falls back to the province’s clock, named as such, for the server’s first render', () => {
    const text = formatLocalTime({
      dateTime: MOMENT,
      localeTag: 'vi-VN',
      timeZone: LIBRARY_FALLBACK_TIME_ZONE,
    })
    expect(text).toContain('14:05')
    expect(text).toContain('Đông Dương')
  })

  it('uses the province’s clock when the zone is unknown', () => {
    expect(formatLocalTime({ dateTime: MOMENT, localeTag: 'en', timeZone: 'Mars/Olympus' })).toBe(
      formatLocalTime({ dateTime: MOMENT, localeTag: 'en', timeZone: LIBRARY_FALLBACK_TIME_ZONE }),
    )
  })

  it('writes nothing for a value that is not a date', () => {
    expect(formatLocalTime({ dateTime: 'soon', localeTag: 'en', timeZone: 'UTC' })).toBe('')
  })
})
