import { GRAPHQL_POST } from '@payloadcms/next/routes'
import { APIError, type SanitizedConfig } from 'payload'

import { translatedError } from '../errors/translatedError'
import { isRequestParsingError } from './malformedInput'

/**
 * Payload's GraphQL route handler, answering a body it cannot read (broken JSON, a broken
 * multipart form, another content type) with 400 or 415 and a message in the requester's
 * language. Payload reads the body outside its error handling there, so the error would leave
 * the route and Next.js would answer 500.
 */
export function graphqlPost(
  config: Promise<SanitizedConfig> | SanitizedConfig,
): (request: Request) => Promise<Response> {
  const handler = GRAPHQL_POST(config)
  return async (request) => {
    try {
      const response = await handler(request)
      // graphql-http refuses a body that is not JSON with an empty 415.
      if (response.status !== 415) return response
      return malformedBody({ request, status: 415 })
    } catch (error) {
      const isRefusal = error instanceof APIError && error.status < 500
      if (isRefusal && error.status !== 400) {
        return Response.json({ errors: [{ message: error.message }] }, { status: error.status })
      }
      if (!isRefusal && !isRequestParsingError(error)) throw error
      return malformedBody({ request, status: 400 })
    }
  }
}

function malformedBody({ request, status }: { request: Request; status: number }): Response {
  const refusal = translatedError({
    req: { headers: request.headers, searchParams: new URL(request.url).searchParams },
    status,
    key: 'errors.malformedBody',
  })
  return Response.json({ errors: [{ message: refusal.message }] }, { status })
}
