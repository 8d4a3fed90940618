import { describe, expect, it } from 'vitest'

import { InvalidParameterError } from '../../errors/AppError'
import { errorResponseFor } from '../../errors/errorResponse'
import { parseDownloadParams, parseRenditionParams } from './downloadParams'

const download = (query: string, id: unknown = '5') =>
  parseDownloadParams({ id, searchParams: new URLSearchParams(query), defaultLocale: 'ko' })
const rendition = (name: unknown, query = '') =>
  parseRenditionParams({
    id: '5',
    name,
    searchParams: new URLSearchParams(query),
    defaultLocale: 'ko',
  })

describe('parseDownloadParams', () => {
  it('reads the variant, format and locale, with defaults', () => {
    expect(download('rendition=original&format=webp&locale=fr')).toEqual({
      id: '5',
      variant: 'original',
      format: 'webp',
      locale: 'fr',
    })
    expect(download('')).toEqual({ id: '5', variant: 'web', format: null, locale: 'ko' })
  })

  it('gives no id for a route that cannot name an item (answered 404)', () => {
    expect(download('', '../etc').id).toBeNull()
  })

  it.each([
    [
      'rendition=huge',
      'Invalid parameter “rendition”: expected one of thumb, web, large, original.',
    ],
    ['format=gif', 'Invalid parameter “format”: expected one of webp, jpeg, mp4.'],
    ['locale=xx', 'Invalid parameter “locale”: expected one of vi, en, zh, ja, ko, fr, ru, km.'],
  ])('refuses %s with the translated 400', (query, message) => {
    try {
      download(query)
      expect.unreachable()
    } catch (error) {
      expect(error).toBeInstanceOf(InvalidParameterError)
      expect(errorResponseFor({ error, locale: 'en' })?.body.errors[0]?.message).toBe(message)
    }
  })
})

describe('parseRenditionParams', () => {
  it('reads a display size and a served format from the file name', () => {
    expect(rendition('thumb.jpg')).toEqual({
      id: '5',
      variant: 'thumb',
      format: 'jpeg',
      locale: 'ko',
    })
    expect(rendition('large.webp', 'locale=vi')).toMatchObject({
      variant: 'large',
      format: 'webp',
      locale: 'vi',
    })
    expect(rendition('web.mp4')).toMatchObject({ variant: 'web', format: 'mp4' })
  })

  it.each(['original.jpg', 'web.gif', 'web', '', '..%2Fweb.jpg', undefined])(
    'refuses %s with the translated 400',
    (name) => {
      expect(() => rendition(name)).toThrow(InvalidParameterError)
    },
  )
})
