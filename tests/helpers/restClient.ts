import {
  GRAPHQL_POST,
  REST_DELETE,
  REST_GET,
  REST_PATCH,
  REST_POST,
  REST_PUT,
} from '@payloadcms/next/routes'
import type { SanitizedConfig } from 'payload'

type Method = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE'

export type RestRequest = {
  headers?: Record<string, string>
  /** A value to send as JSON, a FormData for uploads, or a string sent as it is. */
  body?: unknown
  /** A JWT from {@link RestClient.login}; sent as `Authorization: JWT …`. */
  token?: string
}

export type RestClient = {
  request: (method: Method, path: string, init?: RestRequest) => Promise<Response>
  login: (args: { collection: string; email: string; password: string }) => Promise<string>
  /** Posts a GraphQL query to Payload's GraphQL route handler. */
  graphql: (args: {
    query: string
    variables?: Record<string, unknown>
    token?: string
    headers?: Record<string, string>
  }) => Promise<{
    status: number
    body: { data?: Record<string, unknown>; errors?: Array<{ message: string }> }
  }>
}

/**
 * Calls Payload's Next.js REST route handlers in-process with real `Request` objects, the way
 * Next.js would, without starting a server. `path` is everything after `/api`.
 */
export function restClient({ config }: { config: SanitizedConfig }): RestClient {
  const handlers = restRouteHandlers({ config })
  const graphqlHandler = GRAPHQL_POST(config)

  const request: RestClient['request'] = async (method, path, init = {}) => {
    const url = new URL(`/api${path}`, 'http://127.0.0.1:3000')
    const headers = new Headers(init.headers)
    if (init.token) headers.set('Authorization', `JWT ${init.token}`)
    let body: BodyInit | undefined
    if (init.body instanceof FormData || typeof init.body === 'string') {
      body = init.body
    } else if (init.body !== undefined) {
      body = JSON.stringify(init.body)
      headers.set('Content-Type', 'application/json')
    }
    const slug = url.pathname
      .replace(/^\/api\//, '')
      .split('/')
      .map(decodeURIComponent)
    return handlers[method](new Request(url, { method, headers, body }), {
      params: Promise.resolve({ slug }),
    })
  }

  return {
    request,
    graphql: async ({ query, variables, token, headers: extraHeaders }) => {
      const headers = new Headers(extraHeaders)
      headers.set('Content-Type', 'application/json')
      if (token) headers.set('Authorization', `JWT ${token}`)
      const response = await graphqlHandler(
        new Request('http://127.0.0.1:3000/api/graphql', {
          method: 'POST',
          headers,
          body: JSON.stringify({ query, variables }),
        }),
      )
      return { status: response.status, body: (await response.json()) as never }
    },
    login: async ({ collection, email, password }) => {
      const response = await request('POST', `/${collection}/login`, { body: { email, password } })
      const json = (await response.json()) as { token?: string; errors?: unknown }
      if (!response.ok || !json.token) {
        throw new Error(`Login as ${email} failed with ${response.status}: ${JSON.stringify(json)}`)
      }
      return json.token
    },
  }
}

/** Payload's Next.js REST route handlers for `config`, by HTTP method, as `app/(payload)/api` mounts them. */
export function restRouteHandlers({
  config,
}: {
  config: SanitizedConfig
}): Record<Method, ReturnType<typeof REST_GET>> {
  return {
    GET: REST_GET(config),
    POST: REST_POST(config),
    PATCH: REST_PATCH(config),
    PUT: REST_PUT(config),
    DELETE: REST_DELETE(config),
  }
}
