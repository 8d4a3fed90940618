import { pbkdf2, randomBytes } from 'node:crypto'
import { promisify } from 'node:util'

import type { CollectionAfterErrorHook, CollectionBeforeOperationHook } from 'payload'

import { requestLanguage, translate } from '../i18n'

/**
 * Before a login: when no account has the address, or the account is locked, Payload answers
 * without checking a password, several hundred milliseconds sooner than for a wrong password.
 * Hashing the given password the same way first makes the answers take comparable time, so the
 * timing does not tell which addresses have accounts.
 */
export const equalizeLoginTiming: CollectionBeforeOperationHook = async ({
  args,
  collection,
  operation,
  req,
}) => {
  if (operation !== 'login') return args
  const data = (args as { data?: { email?: unknown; password?: unknown } }).data
  const email = typeof data?.email === 'string' ? data.email.trim().toLowerCase() : ''
  const password = typeof data?.password === 'string' ? data.password : ''
  if (!email) return args
  const account = await req.payload.db.findOne<{ id: number | string; lockUntil?: string | null }>({
    collection: collection.slug,
    where: { email: { equals: email } },
    req,
  })
  const isLocked = Boolean(account?.lockUntil && new Date(account.lockUntil).getTime() > Date.now())
  if (!account || isLocked) await hashLikeLogin({ password })
  return args
}

/**
 * After a failed login: a wrong password, an unknown address, a locked account and an
 * unverified one all get the same 401 and the same message in the requester's language.
 */
export const genericLoginFailure: CollectionAfterErrorHook = ({ error, req }) => {
  if (
    !LOGIN_FAILURES.has(error.name) ||
    !/\/login\/?$/.test(new URL(req.url ?? '', 'http://x').pathname)
  ) {
    return undefined
  }
  const locale = requestLanguage({ searchParams: req.searchParams, headers: req.headers })
  return {
    status: 401,
    response: { errors: [{ message: translate({ locale, key: 'accounts.loginFailed' }) }] },
  }
}

const LOGIN_FAILURES = new Set(['AuthenticationError', 'LockedAuth', 'UnverifiedEmail'])

/** As long as Payload's check of a password (PBKDF2-SHA256, 600,000 rounds). */
async function hashLikeLogin({ password }: { password: string }): Promise<void> {
  await promisify(pbkdf2)(password, randomBytes(32).toString('hex'), 600_000, 32, 'sha256')
}
