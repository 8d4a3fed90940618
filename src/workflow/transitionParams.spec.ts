import { describe, expect, it } from 'vitest'

import { InvalidParameterError } from '../errors/AppError'
import { errorResponseFor } from '../errors/errorResponse'
import { parseTransitionParams } from './transitionParams'

/** The English answer a refused body gets: the 400 an editor's client reads. */
function refusal(body: unknown): { status: number; message: string } {
  try {
    parseTransitionParams({ id: '1', body })
  } catch (error) {
    expect(error).toBeInstanceOf(InvalidParameterError)
    const answer = errorResponseFor({ error, locale: 'en' })!
    return { status: answer.status, message: answer.body.errors[0]!.message }
  }
  throw new Error('expected the body to be refused')
}

describe('parseTransitionParams', () => {
  it('reads the action, the translation it is for and a trimmed reason', () => {
    expect(
      parseTransitionParams({
        id: '12',
        body: { action: 'reject', locale: 'fr', reason: '  Ảnh sai chú thích  ' },
      }),
    ).toEqual({ id: '12', action: 'reject', locale: 'fr', reason: 'Ảnh sai chú thích' })
  })

  it('takes a step on the Vietnamese source when the body names no locale', () => {
    expect(parseTransitionParams({ id: 3, body: { action: 'submit' } })).toEqual({
      id: '3',
      action: 'submit',
      locale: 'vi',
      reason: undefined,
    })
  })

  it('keeps at most 2000 characters of a reason', () => {
    const { reason } = parseTransitionParams({
      id: '1',
      body: { action: 'withdraw', reason: 'x'.repeat(5000) },
    })
    expect(reason).toHaveLength(2000)
  })

  it.each([{}, { action: 'archive' }, { action: ['submit'] }, { action: 42 }, null, 'submit', []])(
    'refuses %j with the translated 400 that lists the actions',
    (body) => {
      expect(refusal(body)).toEqual({
        status: 400,
        message:
          'Invalid parameter “action”: expected one of submit, approve, reject, publish, unpublish, withdraw, translate.',
      })
    },
  )

  it.each(['xx', 'EN', { $ne: 'vi' }])(
    'refuses the locale %j with the translated 400',
    (locale) => {
      expect(refusal({ action: 'approve', locale }).message).toMatch(/^Invalid parameter “locale”/)
    },
  )

  it('gives no id for a route that cannot name an item', () => {
    expect(parseTransitionParams({ id: '../1', body: { action: 'submit' } }).id).toBeNull()
    expect(parseTransitionParams({ id: undefined, body: { action: 'submit' } }).id).toBeNull()
  })
})
