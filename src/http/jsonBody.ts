import type { PayloadRequest } from 'payload'

import { InvalidInputError } from '../errors/AppError'

/**
 * The JSON body of a request to a custom endpoint: `{}` when there is none, and the translated
 * 400 (`errors.malformedBody`) when it is not JSON. Read here rather than left to fail inside
 * `req.json()`, whose asynchronous stack no longer says it was reading the request
 * (src/http/malformedInput.ts, isRequestParsingError), so it would pass for a 500.
 */
export async function readJsonBody({ req }: { req: PayloadRequest }): Promise<unknown> {
  const text = (await req.text?.()) ?? ''
  if (text.trim() === '') return {}
  try {
    return JSON.parse(text) as unknown
  } catch (error) {
    if (error instanceof SyntaxError) throw new InvalidInputError({ cause: error })
    throw error
  }
}
