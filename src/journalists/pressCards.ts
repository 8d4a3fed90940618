import type { CollectionBeforeChangeHook } from 'payload'

import { slugs } from '../../collections/slugs'

/** What a press card scan may be: a photo or a PDF, as Payload recognises it by its bytes. */
export const PRESS_CARD_MIME_TYPES = ['image/jpeg', 'image/png', 'application/pdf'] as const

/** The largest press card scan accepted: a phone photo or a one-page PDF fits well below. */
export const PRESS_CARD_MAX_BYTES = 10 * 1024 * 1024

/** Why an accreditation request cannot be taken as sent, as the key of its message. */
export type AccreditationRequestProblem =
  | 'purposeRequired'
  | 'purposeTooLong'
  | 'scanRequired'
  | 'scanInvalid'

/** The most a purpose of visit may say. */
export const PURPOSE_MAX_LENGTH = 2000

/**
 * Checks an accreditation request before anything is stored: a purpose of the visit, and a
 * scan — new, or one sent before — that is a JPEG, PNG or PDF of at most
 * {@link PRESS_CARD_MAX_BYTES}. The type named by the browser is only a first check: Payload
 * reads the file's bytes when it stores it. Null when the request can go on.
 */
export function accreditationRequestProblem({
  purpose,
  file,
  hasScanOnFile,
}: {
  purpose: string
  file: { mimetype: string; size: number } | null
  hasScanOnFile: boolean
}): AccreditationRequestProblem | null {
  if (purpose.trim() === '') return 'purposeRequired'
  if (purpose.length > PURPOSE_MAX_LENGTH) return 'purposeTooLong'
  if (!file) return hasScanOnFile ? null : 'scanRequired'
  const isAccepted = (PRESS_CARD_MIME_TYPES as readonly string[]).includes(file.mimetype)
  if (!isAccepted || file.size === 0 || file.size > PRESS_CARD_MAX_BYTES) return 'scanInvalid'
  return null
}

/**
 * A journalist's scan is theirs, whatever the request says: the owner is the signed-in
 * journalist. Press officers and admins name the journalist themselves.
 */
export const stampPressCardOwner: CollectionBeforeChangeHook = ({ data, operation, req }) => {
  if (operation !== 'create' || req.user?.collection !== slugs.journalists) return data
  return { ...data, journalist: req.user.id }
}
