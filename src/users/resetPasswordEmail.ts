import { getEnv } from '../env'
import { accountMailParams } from '../email/accountMailParams'
import { staffMessage } from '../email/staffMessage'

/** How long a staff member's reset link works. */
export const STAFF_RESET_LINK_MS = 60 * 60 * 1000

/**
 * The e-mail with a staff member's password-reset link to the admin panel's reset page, in
 * Vietnamese and then English (staff accounts have no language of their own).
 */
export function staffResetPasswordEmail({
  user,
  token,
  adminRoute = '/admin',
}: {
  user: unknown
  token: string
  adminRoute?: string
}): { subject: string; html: string } {
  const url = `${getEnv().publicUrl}${adminRoute}/reset/${encodeURIComponent(token)}`
  const params = accountMailParams({ user, url, linkMs: STAFF_RESET_LINK_MS })
  const { subject, html } = staffMessage({
    subjectKey: 'email.resetSubject',
    bodyKey: 'email.resetBody',
    params,
  })
  return { subject, html }
}
