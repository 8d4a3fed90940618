import { journalistAccountEmail } from './accountEmail'

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
  return journalistAccountEmail({
    user,
    token,
    page: 'reset',
    subjectKey: 'email.resetSubject',
    bodyKey: 'email.resetBody',
    linkMs: JOURNALIST_RESET_LINK_MS,
  })
}
