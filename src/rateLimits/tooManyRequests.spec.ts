import { describe, expect, it } from 'vitest'

import {
  RateLimitedError,
  retryAfterOf,
  tooManyRequestsMessage,
  waitPhrase,
} from './tooManyRequests'

describe('the answer over a limit', () => {
  it.each([
    ['vi', 5, 'Quá nhiều yêu cầu. Vui lòng thử lại sau 5 giây nữa.'],
    ['en', 5, 'Too many requests. Please try again in 5 seconds.'],
    ['en', 600, 'Too many requests. Please try again in 10 minutes.'],
    ['vi', 7200, 'Quá nhiều yêu cầu. Vui lòng thử lại sau 2 giờ nữa.'],
  ] as const)('tells a %s reader to wait %i s: %s', (locale, retryAfterSeconds, message) => {
    expect(tooManyRequestsMessage({ locale, retryAfterSeconds })).toBe(message)
  })

  it('rounds the wait up to whole minutes past 90 seconds', () => {
    expect(waitPhrase({ locale: 'en', seconds: 90 })).toBe('in 90 seconds')
    expect(waitPhrase({ locale: 'en', seconds: 91 })).toBe('in 2 minutes')
  })

  it('reads the wait back from a limit error and from nothing else', () => {
    const error = new RateLimitedError({ message: 'Too many requests.', retryAfterSeconds: 42 })
    expect(error.status).toBe(429)
    expect(error.name).toBe('RateLimitedError')
    expect(retryAfterOf(error)).toBe(42)
    expect(retryAfterOf(new Error('nope'))).toBeNull()
    expect(retryAfterOf('429')).toBeNull()
  })
})
