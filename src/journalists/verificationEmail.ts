import { journalistAccountEmail } from './accountEmail'

/**
 * The e-mail that asks a journalist to confirm their address, in their language, with a link to
 * the library's confirmation page (which says what happens next).
 */
export function verificationEmail({ user, token }: { user: unknown; token: string }): {
  subject: string
  html: string
} {
  return journalistAccountEmail({
    user,
    token,
    page: 'verify',
    subjectKey: 'email.verifySubject',
    bodyKey: 'email.verifyBody',
  })
}
