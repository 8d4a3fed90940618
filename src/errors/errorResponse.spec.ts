import { APIError, NotFound, ValidationError } from 'payload'
import { describe, expect, it } from 'vitest'

import { translate } from '../i18n'
import {
  AppError,
  ForbiddenError,
  InvalidParameterError,
  NotFoundError,
  NotSignedInError,
  TooLargeError,
  TooManyRequestsError,
  appErrorFor,
  isAppError,
} from './AppError'
import { errorResponseFor, translatedErrorResponse } from './errorResponse'
import { translatedError } from './translatedError'

describe('errorResponseFor', () => {
  it.each([
    [new NotSignedInError(), 401, 'errors.unauthorized'],
    [new ForbiddenError(), 403, 'errors.forbidden'],
    [new NotFoundError(), 404, 'errors.notFound'],
    [new TooLargeError({ messageKey: 'basket.empty' }), 413, 'basket.empty'],
    [new TooManyRequestsError(), 429, 'errors.tooManyRequests'],
    [
      new AppError({
        message: 'engine said no',
        status: 503,
        messageKey: 'health.searchUnavailable',
      }),
      503,
      'health.searchUnavailable',
    ],
  ] as const)(
    'answers %s with its status and its message in the requester’s language',
    (error, status, key) => {
      for (const locale of ['vi', 'en', 'km'] as const) {
        expect(errorResponseFor({ error, locale })).toEqual({
          status,
          body: { errors: [{ message: translate({ locale, key }) }] },
        })
      }
    },
  )

  it('translates the parts of a message that are messages themselves', () => {
    const error = new InvalidParameterError({
      name: 'limit',
      expected: { key: 'search.expectedInteger', params: { min: 1, max: 50 } },
    })
    expect(errorResponseFor({ error, locale: 'vi' })?.body.errors[0]?.message).toBe(
      'Tham số “limit” không hợp lệ: cần một số nguyên từ 1 đến 50.',
    )
    expect(errorResponseFor({ error, locale: 'en' })?.body.errors[0]?.message).toBe(
      'Invalid parameter “limit”: expected a whole number from 1 to 50.',
    )
  })

  it('sends an error’s data along, as Payload does for an APIError', () => {
    const error = new TooManyRequestsError({ data: { retryAfterSeconds: 42 } })
    expect(errorResponseFor({ error, locale: 'en' })?.body).toEqual({
      errors: [
        {
          name: 'TooManyRequestsError',
          data: { retryAfterSeconds: 42 },
          message: translate({ locale: 'en', key: 'errors.tooManyRequests' }),
        },
      ],
    })
  })

  it('never shows the log message of an error, only its translated key', () => {
    const error = new AppError({ message: 'ENOENT /var/secret/path', status: 500 })
    const answer = errorResponseFor({ error, locale: 'en' })
    expect(answer?.status).toBe(500)
    expect(JSON.stringify(answer)).not.toContain('/var/secret')
    expect(answer?.body.errors[0]?.message).toBe(
      translate({ locale: 'en', key: 'errors.internal' }),
    )
  })

  it('answers a body Payload could not parse with a 400', () => {
    const error = new SyntaxError('Unexpected token')
    error.stack =
      'SyntaxError: Unexpected token\n    at parseParams (payload/dist/utilities/parseParams.js:1:1)'
    expect(errorResponseFor({ error, locale: 'vi' })).toEqual({
      status: 400,
      body: { errors: [{ message: translate({ locale: 'vi', key: 'errors.malformedBody' }) }] },
    })
  })

  it('leaves Payload’s own errors and anything unexpected to Payload (a database failure stays a 500)', () => {
    for (const error of [
      new NotFound(),
      new APIError('plain', 400),
      new ValidationError({ errors: [{ message: 'x', path: 'title' }] }),
      new Error('SQLITE_IOERR: disk I/O error'),
      'a string',
      null,
    ]) {
      expect(errorResponseFor({ error, locale: 'en' })).toBeNull()
    }
  })
})

describe('appErrorFor and translatedError', () => {
  it('pick the class for the status, so a status chosen at run time is still one of ours', () => {
    expect(appErrorFor({ status: 404 })).toBeInstanceOf(NotFoundError)
    expect(appErrorFor({ status: 418, messageKey: 'errors.internal' })).toBeInstanceOf(AppError)
    const error = translatedError({
      req: {
        headers: new Headers({ 'accept-language': 'fr' }),
        searchParams: new URLSearchParams(),
      },
      status: 403,
      key: 'errors.forbidden',
    })
    expect(error).toBeInstanceOf(ForbiddenError)
    expect(error).toBeInstanceOf(APIError)
    expect(error.message).toBe(translate({ locale: 'fr', key: 'errors.forbidden' }))
    expect(isAppError(error)).toBe(true)
    expect(isAppError(new APIError('x', 403))).toBe(false)
  })
})

describe('translatedErrorResponse', () => {
  const req = (query: string, acceptLanguage = 'en') =>
    ({
      searchParams: new URLSearchParams(query),
      headers: new Headers({ 'accept-language': acceptLanguage }),
    }) as never

  it('answers in ?locale= first, then Accept-Language, and says which language it is in', async () => {
    const request = req('locale=ja', 'en')
    const result = await translatedErrorResponse({
      error: new NotFoundError(),
      req: request,
      context: {},
    })
    expect(result).toEqual({
      response: { errors: [{ message: translate({ locale: 'ja', key: 'errors.notFound' }) }] },
      status: 404,
    })
    expect((request as { responseHeaders: Headers }).responseHeaders.get('content-language')).toBe(
      'ja',
    )
  })

  it('rewrites the message of a GraphQL error from what the resolver threw', async () => {
    const wrapped = Object.assign(new Error('wrapped'), { originalError: new ForbiddenError() })
    const result = await translatedErrorResponse({
      error: wrapped,
      req: req('', 'vi'),
      context: {},
      graphqlResult: { message: 'You are not allowed to do this.' },
    })
    expect(result).toEqual({
      graphqlResult: { message: translate({ locale: 'vi', key: 'errors.forbidden' }) },
    })
  })

  it('leaves other errors alone', async () => {
    expect(
      await translatedErrorResponse({ error: new Error('db down'), req: req(''), context: {} }),
    ).toBeUndefined()
  })
})
