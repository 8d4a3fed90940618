import { randomBytes } from 'node:crypto'

import type { CollectionAfterChangeHook, CollectionBeforeChangeHook } from 'payload'

import type { Journalist } from '../../payload-types'
import { verificationEmail } from '../verificationEmail'

/**
 * A changed e-mail address is not verified until its owner confirms it: whoever changes it, the
 * account loses `_verified` (and with it the press tier and the ability to log in) and gets a
 * new verification token, which {@link mailNewAddressVerification} sends to the new address.
 */
export const unverifyChangedEmail: CollectionBeforeChangeHook<Journalist> = ({
  data,
  originalDoc,
  operation,
  req,
}) => {
  if (operation !== 'update' || typeof data.email !== 'string') return data
  const previous = typeof originalDoc?.email === 'string' ? originalDoc.email : ''
  if (data.email.trim().toLowerCase() === previous.trim().toLowerCase()) return data
  const token = randomBytes(20).toString('hex')
  req.context.journalistNewAddressToken = token
  return { ...data, _verified: false, _verificationToken: token }
}

/** Sends the verification link for a changed address to that address, in the account's language. */
export const mailNewAddressVerification: CollectionAfterChangeHook<Journalist> = async ({
  doc,
  operation,
  req,
}) => {
  const token = req.context.journalistNewAddressToken
  if (operation !== 'update' || typeof token !== 'string') return doc
  delete req.context.journalistNewAddressToken
  const message = verificationEmail({ user: doc, token })
  try {
    await req.payload.sendEmail({ to: doc.email, subject: message.subject, html: message.html })
  } catch (error) {
    // The change is saved either way; the journalist can ask a press officer to resend.
    req.payload.logger.error({
      msg: `Could not send the verification e-mail for journalist ${String(doc.id)}`,
      err: error,
    })
  }
  return doc
}
