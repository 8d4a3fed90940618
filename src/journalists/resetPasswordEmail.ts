import { getEnv } from '../env'
import { renderMessage } from '../email/renderMessage'
import { journalistLocale } from './hooks/accreditation'

/** How long a journalist's reset link works. */
export const JOURNALIST_RESET_LINK_MS = 60 * 60 * 1000

/**
 * The e-mail with a journalist's password-reset link, in the language they registered with,
 * pointing to the library's reset page (journalists never use the admin panel).
 */
export function journalistResetPasswordEmail({ user, token }: { user: unknown; token: string }): {
  subject: string
  html: string
} {
  const locale = journalistLocale(user as { preferredLanguage?: unknown })
  const url = `${getEnv().publicUrl}/${locale}/account/reset?token=${encodeURIComponent(token)}`
  const name = (user as { name?: unknown }).name
  const { subject, html } = renderMessage({
    locale,
    subjectKey: 'email.resetSubject',
    bodyKey: 'email.resetBody',
    params: {
      name: typeof name === 'string' ? name : '',
      url,
      hours: String(JOURNALIST_RESET_LINK_MS / (60 * 60 * 1000)),
    },
  })
  return { subject, html }
}
