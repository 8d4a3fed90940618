import type { PayloadRequest } from 'payload'
import { describe, expect, it } from 'vitest'

import { InvalidInputError } from '../errors/AppError'
import { errorResponseFor } from '../errors/errorResponse'
import { readJsonBody } from './jsonBody'

const requestWith = (body: string | null) =>
  new Request('http://127.0.0.1/api/articles/1/workflow', {
    method: 'POST',
    body,
    headers: { 'Content-Type': 'application/json' },
  }) as unknown as PayloadRequest

describe('readJsonBody', () => {
  it('reads a JSON body', async () => {
    expect(await readJsonBody({ req: requestWith('{"action":"submit"}') })).toEqual({
      action: 'submit',
    })
  })

  it('reads a request without a body as an empty object', async () => {
    expect(await readJsonBody({ req: requestWith(null) })).toEqual({})
    expect(await readJsonBody({ req: requestWith('  ') })).toEqual({})
  })

  it('refuses a body that is not JSON with the translated 400', async () => {
    const error = await readJsonBody({ req: requestWith('{"action":') }).catch(
      (thrown: unknown) => thrown,
    )
    expect(error).toBeInstanceOf(InvalidInputError)
    expect(errorResponseFor({ error, locale: 'en' })).toEqual({
      status: 400,
      body: {
        errors: [
          { message: 'The request body could not be read: please send a valid JSON object.' },
        ],
      },
    })
  })
})
