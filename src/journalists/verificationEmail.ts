import { getEnv } from '../env'
import { renderMessage } from '../email/renderMessage'
import { journalistLocale } from './hooks/accreditation'

/**
 * The e-mail that asks a journalist to confirm their address, in their language, with a link to
 * the library's confirmation page (which says what happens next).
 */
export function verificationEmail({ user, token }: { user: unknown; token: string }): {
  subject: string
  html: string
} {
  const locale = journalistLocale(user as { preferredLanguage?: unknown })
  const url = `${getEnv().publicUrl}/${locale}/account/verify?token=${encodeURIComponent(token)}`
  const name = (user as { name?: unknown }).name
  const { subject, html } = renderMessage({
    locale,
    subjectKey: 'email.verifySubject',
    bodyKey: 'email.verifyBody',
    params: { name: typeof name === 'string' ? name : '', url },
  })
  return { subject, html }
}
