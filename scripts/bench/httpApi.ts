/**
 * The app's REST API over HTTP, as a client outside the server calls it: JSON bodies and a
 * Payload JWT (`Authorization: JWT …`). For the benches that drive a running server.
 */

/** One request to `baseUrl` + `path`; the answer whatever its status. */
export function callApi({
  baseUrl,
  path,
  method = 'GET',
  token,
  body,
}: {
  baseUrl: string
  path: string
  method?: string
  token?: string
  body?: unknown
}): Promise<Response> {
  return fetch(`${baseUrl}${path}`, {
    method,
    headers: {
      ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
      ...(token ? { Authorization: `JWT ${token}` } : {}),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  })
}

/** Like {@link callApi}, and fails with the answer's text unless its status is `expected`. */
export async function expectApi<Body>({
  expected,
  ...request
}: Parameters<typeof callApi>[0] & { expected: number }): Promise<Body> {
  const response = await callApi(request)
  const text = await response.text()
  if (response.status !== expected) {
    throw new Error(
      `${request.method ?? 'GET'} ${request.path} answered ${response.status}: ${text.slice(0, 300)}`,
    )
  }
  return (text ? JSON.parse(text) : null) as Body
}

/** Signs an account in through `POST /api/<collection>/login` and returns its JWT. */
export async function signIn({
  baseUrl,
  collection,
  email,
  password,
}: {
  baseUrl: string
  collection: 'users' | 'journalists'
  email: string
  password: string
}): Promise<string> {
  const { token } = await expectApi<{ token: string }>({
    baseUrl,
    path: `/api/${collection}/login`,
    method: 'POST',
    body: { email, password },
    expected: 200,
  })
  return token
}
