import { describe, expect, it } from 'vitest'

import { InvalidParameterError } from '../errors/AppError'
import { parseSyncParams, syncCursor } from './syncParams'

const parse = (query: string) => parseSyncParams({ searchParams: new URLSearchParams(query) })

describe('parseSyncParams', () => {
  it('reads every parameter, with defaults', () => {
    expect(parse(`since=${syncCursor(42)}&locale=km&limit=200&wait=30`)).toEqual({
      since: 42,
      locale: 'km',
      limit: 200,
      waitSeconds: 30,
    })
    expect(parse('')).toEqual({ since: 0, locale: null, limit: 50, waitSeconds: 0 })
  })

  it.each([
    ['since', 'since=nonsense'],
    ['locale', 'locale=xx'],
    ['limit', 'limit=201'],
    ['limit', 'limit=-1'],
    ['wait', 'wait=31'],
    ['wait', 'wait=1.5'],
  ])('refuses a bad %s with the translated 400 (%s)', (name, query) => {
    expect(() => parse(query)).toThrow(InvalidParameterError)
    try {
      parse(query)
    } catch (error) {
      expect((error as InvalidParameterError).parameter).toBe(name)
    }
  })
})
