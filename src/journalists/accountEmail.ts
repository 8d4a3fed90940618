import { getEnv } from '../env'
import { accountMailParams } from '../email/accountMailParams'
import { renderMessage } from '../email/renderMessage'
import type { MessageKey } from '../i18n'
import { journalistLocale } from './hooks/accreditation'

/**
 * An e-mail to a journalist with a link to one of the library's account pages (`page`, which
 * reads `?token=`), in the language they registered with: journalists never use the admin
 * panel. `linkMs` is how long a link that expires works.
 */
export function journalistAccountEmail({
  user,
  token,
  page,
  subjectKey,
  bodyKey,
  linkMs,
}: {
  user: unknown
  token: string
  page: 'verify' | 'reset'
  subjectKey: MessageKey
  bodyKey: MessageKey
  linkMs?: number
}): { subject: string; html: string } {
  const locale = journalistLocale(user as { preferredLanguage?: unknown })
  const url = `${getEnv().publicUrl}/${locale}/account/${page}?token=${encodeURIComponent(token)}`
  const params = accountMailParams({ user, url, linkMs })
  const { subject, html } = renderMessage({ locale, subjectKey, bodyKey, params })
  return { subject, html }
}
