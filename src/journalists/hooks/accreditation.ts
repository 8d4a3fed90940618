import type { CollectionAfterChangeHook, CollectionBeforeChangeHook } from 'payload'

import type { Journalist } from '../../payload-types'

import { slugs } from '../../../collections/slugs'
import { relationId, requesterOf } from '../../access/requester'
import { renderMessage } from '../../email/renderMessage'
import { translatedError } from '../../errors/translatedError'
import { isLocale, type Locale } from '../../i18n'

/**
 * A press officer's decision on an accreditation: an approval needs an expiry date in the
 * future, a rejection or revocation needs a reason; who decided and when is recorded.
 */
export const recordAccreditationDecision: CollectionBeforeChangeHook<Journalist> = ({
  data,
  originalDoc,
  req,
  operation,
}) => {
  const previous =
    operation === 'update'
      ? (originalDoc as { accreditationStatus?: string }).accreditationStatus
      : undefined
  const next = data.accreditationStatus
  if (next === undefined || next === previous || (operation === 'create' && next === 'pending'))
    return data
  if (next === 'approved') {
    const expires = new Date(
      String(data.accreditationExpiresAt ?? originalDoc?.accreditationExpiresAt ?? ''),
    )
    if (Number.isNaN(expires.getTime()) || expires.getTime() <= Date.now()) {
      throw translatedError({ req, status: 400, key: 'access.accreditationNeedsExpiry' })
    }
  }
  if (next === 'rejected' || next === 'revoked') {
    const reason = String(data.decisionReason ?? '').trim()
    if (reason === '')
      throw translatedError({ req, status: 400, key: 'access.accreditationNeedsReason' })
  }
  const requester = requesterOf({ user: req.user, now: new Date() })
  return {
    ...data,
    accreditationDecidedAt: new Date().toISOString(),
    accreditationDecidedBy: requester.kind === 'staff' ? requester.id : null,
  }
}

/** Tells the journalist, in their language, that their accreditation was decided. */
export const notifyAccreditationDecision: CollectionAfterChangeHook<Journalist> = async ({
  doc,
  previousDoc,
  operation,
  req,
}) => {
  const status = doc.accreditationStatus
  if (operation !== 'update' || status === previousDoc?.accreditationStatus) return doc
  const keys = {
    approved: ['email.approvedSubject', 'email.approvedBody'],
    rejected: ['email.rejectedSubject', 'email.rejectedBody'],
    revoked: ['email.revokedSubject', 'email.revokedBody'],
  } as const
  if (!(status in keys)) return doc
  const [subjectKey, bodyKey] = keys[status as keyof typeof keys]
  const locale = journalistLocale(doc)
  const message = renderMessage({
    locale,
    subjectKey,
    bodyKey,
    params: {
      name: doc.name,
      reason: doc.decisionReason ?? '',
      expires: doc.accreditationExpiresAt
        ? new Intl.DateTimeFormat(locale, {
            dateStyle: 'long',
            timeZone: 'Asia/Ho_Chi_Minh',
          }).format(new Date(String(doc.accreditationExpiresAt)))
        : '',
    },
  })
  try {
    await req.payload.sendEmail({ to: doc.email, ...message })
  } catch (error) {
    // The decision stands even when the mail server is down; the journalist sees it on login.
    req.payload.logger.error({
      msg: `Could not send the accreditation e-mail to journalist ${String(doc.id)}`,
      err: error,
    })
  }
  return doc
}

/** The language a journalist chose, English when unset. */
export function journalistLocale(doc: { preferredLanguage?: unknown }): Locale {
  return isLocale(doc.preferredLanguage) ? doc.preferredLanguage : 'en'
}

/**
 * A journalist sending an accreditation request (a new press card scan or purpose of visit,
 * from the library's account page): the request is dated, and a request that was closed — not
 * approved, or approved and since expired — goes back to the press officers as pending. A
 * revoked accreditation stays revoked: that decision is the press officers' to undo.
 */
export const recordAccreditationRequest: CollectionBeforeChangeHook<Journalist> = ({
  data,
  originalDoc,
  operation,
  req,
}) => {
  if (operation !== 'update' || !originalDoc) return data
  const isSelf =
    req.user?.collection === slugs.journalists && String(req.user.id) === String(originalDoc.id)
  const isNewRequest =
    (data.pressCardScan !== undefined &&
      relationId(data.pressCardScan) !== relationId(originalDoc.pressCardScan)) ||
    (data.accreditationPurpose !== undefined &&
      data.accreditationPurpose !== originalDoc.accreditationPurpose)
  if (!isSelf || !isNewRequest) return data
  const status = originalDoc.accreditationStatus
  const expires = originalDoc.accreditationExpiresAt
    ? new Date(originalDoc.accreditationExpiresAt).getTime()
    : Number.NaN
  const isClosed =
    status === 'rejected' ||
    (status === 'approved' && (Number.isNaN(expires) || expires <= Date.now()))
  return {
    ...data,
    accreditationRequestedAt: new Date().toISOString(),
    ...(isClosed ? { accreditationStatus: 'pending' as const } : {}),
  }
}
