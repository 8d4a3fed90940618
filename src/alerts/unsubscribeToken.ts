import { createHmac, timingSafeEqual } from 'node:crypto'

/** Which alert a token turns off: one saved search's digest, the topics digest, or every one. */
export type AlertRef = { kind: 'savedSearch'; id: string } | { kind: 'topics' } | { kind: 'all' }

/** Who and what an unsubscribe token names. */
export type UnsubscribeClaim = { journalistId: string; alert: AlertRef }

/**
 * A token for the unsubscribe link of a digest: the journalist and the alert, signed with an
 * HMAC-SHA256 keyed by the app secret. It does not expire — all it can do is switch an alert
 * off, which its owner can undo on the account page — so a digest found in an old mailbox
 * still works. URL-safe (base64url and a dot).
 */
export function signUnsubscribeToken({
  claim,
  secret,
}: {
  claim: UnsubscribeClaim
  secret: string
}): string {
  const body = Buffer.from(`${claim.journalistId}:${alertCode(claim.alert)}`).toString('base64url')
  return `${body}.${signature({ body, secret })}`
}

/** The claim of a token this app signed, or null for anything else (tampered, cut, made up). */
export function verifyUnsubscribeToken({
  token,
  secret,
}: {
  token: unknown
  secret: string
}): UnsubscribeClaim | null {
  if (typeof token !== 'string' || token.length > 300) return null
  const [body, mac, extra] = token.split('.')
  if (!body || !mac || extra !== undefined) return null
  const expected = Buffer.from(signature({ body, secret }))
  const given = Buffer.from(mac)
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null
  const match = /^(\w{1,64}):(all|topics|s:\w{1,64})$/.exec(
    Buffer.from(body, 'base64url').toString('utf8'),
  )
  if (!match) return null
  const [, journalistId = '', code = ''] = match
  const alert: AlertRef =
    code === 'all' || code === 'topics'
      ? { kind: code }
      : { kind: 'savedSearch', id: code.slice(2) }
  return { journalistId, alert }
}

function alertCode(alert: AlertRef): string {
  return alert.kind === 'savedSearch' ? `s:${alert.id}` : alert.kind
}

function signature({ body, secret }: { body: string; secret: string }): string {
  // A purpose prefix, so this MAC can never stand for one the app computes for anything else.
  return createHmac('sha256', secret).update(`alert-unsubscribe:${body}`).digest('base64url')
}
