import { describe, expect, it } from 'vitest'

import { InvalidParameterError, NotFoundError } from '../errors/AppError'
import { parseFeedParams } from './feedParams'

const parse = (format: unknown, query = '') =>
  parseFeedParams({ format, searchParams: new URLSearchParams(query) })

describe('parseFeedParams', () => {
  it('reads the format and the query, Vietnamese by default', () => {
    expect(parse('atom', 'locale=en&infoType=world&topic=kinh-te')).toEqual({
      format: 'atom',
      locale: 'en',
      infoType: 'world',
      topic: 'kinh-te',
    })
    expect(parse('rss')).toEqual({ format: 'rss', locale: 'vi', infoType: null, topic: null })
  })

  it('answers a path that names no feed as not found', () => {
    for (const format of ['xml', '..%2F', undefined, 42]) {
      expect(() => parse(format)).toThrow(NotFoundError)
    }
  })

  it('refuses an unknown locale or information type with the translated 400', () => {
    expect(() => parse('rss', 'locale=xx')).toThrow(InvalidParameterError)
    expect(() => parse('rss', 'infoType=rumour')).toThrow(InvalidParameterError)
  })
})
