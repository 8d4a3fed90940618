/** What a verification token looks like: Payload makes 40 hexadecimal characters. */
const VERIFICATION_TOKEN = /^[a-f0-9]{20,128}$/i

/**
 * The token of `GET /api/journalists/verify-email?token=…`, or null when it cannot be one: the
 * page then says the link did not work, as it does for an unknown token.
 */
export function parseVerifyEmailParams({ searchParams }: { searchParams: URLSearchParams }): {
  token: string | null
} {
  const token = searchParams.get('token') ?? ''
  return { token: VERIFICATION_TOKEN.test(token) ? token : null }
}
