import { describe, expect, it } from 'vitest'

import { NotFoundError } from '../errors/AppError'
import { parseSavedSearchFeedParams } from './savedSearchFeedParams'

describe('parseSavedSearchFeedParams', () => {
  it('reads a feed token', () => {
    const token = 'aB3_-'.repeat(6) + 'xy'
    expect(parseSavedSearchFeedParams({ token })).toEqual({ token })
  })

  it('answers a token that cannot be one as not found', () => {
    for (const token of ['short', 'x'.repeat(65), '../../etc/passwd', undefined, 12345]) {
      expect(() => parseSavedSearchFeedParams({ token })).toThrow(NotFoundError)
    }
  })
})
