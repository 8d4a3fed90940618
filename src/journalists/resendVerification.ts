import { randomBytes } from 'node:crypto'

import type { Payload } from 'payload'

import { slugs } from '../../collections/slugs'
import { clientAddress } from '../http/clientAddress'
import { accountKey, addressKey } from '../rateLimits/keys'
import { consumeLimits, type RateVerdict } from '../rateLimits/limits'
import { verificationEmail } from './verificationEmail'

/**
 * "Send the confirmation link again": mails the verification link of the account with `email`
 * again, when there is one that still waits for confirmation. The caller answers the same
 * whether or not there is (a confirmed account, no account, a new link): only the limits tell
 * anything, and they count every address alike. The limits are forgot-password's
 * (`RATE_LIMIT_FORGOT_PASSWORD_PER_IP`, `…_PER_ADDRESS`): both doors mail a link to an address
 * on request, so one budget covers both. The mail leaves after the answer, so its time does
 * not show either; a failed delivery is logged.
 */
export async function resendVerificationLink({
  payload,
  email,
  headers,
}: {
  payload: Payload
  /** As typed; compared trimmed and in lower case, as accounts store it. */
  email: string
  /** The request's headers: the client address the limit counts. */
  headers: Headers
}): Promise<RateVerdict> {
  const address = email.trim().toLowerCase()
  const verdict = await consumeLimits({
    payload,
    checks: [
      { rule: 'forgotPasswordPerIp', key: addressKey({ address: clientAddress({ headers }) }) },
      {
        rule: 'forgotPasswordPerAddress',
        key: accountKey({ collection: slugs.journalists, email: address }),
      },
    ],
  })
  if (verdict.limited) return verdict
  void mailLinkAgain({ payload, email: address })
  return verdict
}

type WaitingAccount = {
  id: number | string
  email: string
  _verified?: boolean | null
  _verificationToken?: string | null
  preferredLanguage?: unknown
  name?: unknown
}

async function mailLinkAgain({
  payload,
  email,
}: {
  payload: Payload
  email: string
}): Promise<void> {
  try {
    const account = await payload.db.findOne<WaitingAccount>({
      collection: slugs.journalists,
      where: { email: { equals: email } },
    })
    if (!account || account._verified !== false) return
    // The link already mailed stays valid: a second one must not break the first.
    let token = account._verificationToken
    if (!token) {
      token = randomBytes(20).toString('hex')
      await payload.db.updateOne({
        collection: slugs.journalists,
        id: account.id,
        data: { _verificationToken: token },
      })
    }
    const message = verificationEmail({ user: account, token })
    await payload.sendEmail({ to: account.email, subject: message.subject, html: message.html })
  } catch (error) {
    payload.logger.error({
      msg: 'Could not mail a journalist’s confirmation link again',
      err: error,
    })
  }
}
