import type { Payload } from 'payload'

import { getEnv } from '../env'
import { renderMessage } from '../email/renderMessage'
import type { Locale } from '../i18n'
import { slugs } from '../../collections/slugs'
import { journalistLocale } from './hooks/accreditation'

/**
 * Someone registered with the address of an existing account. The form answers as for a new
 * registration (so it does not tell who has an account) and the owner learns of it here, in
 * their language, with the way to log in or reset their password.
 */
export async function mailExistingAccountOwner({
  payload,
  email,
  lang,
}: {
  payload: Payload
  email: string
  lang: Locale
}): Promise<void> {
  const { docs } = await payload.find({
    collection: slugs.journalists,
    where: { email: { equals: email } },
    limit: 1,
    depth: 0,
    overrideAccess: true,
  })
  const owner = docs[0]
  if (!owner) return
  const locale = owner.preferredLanguage ? journalistLocale(owner) : lang
  const message = renderMessage({
    locale,
    subjectKey: 'email.accountExistsSubject',
    bodyKey: 'email.accountExistsBody',
    params: { name: owner.name, url: `${getEnv().publicUrl}/${locale}/account/login` },
  })
  try {
    await payload.sendEmail({ to: owner.email, subject: message.subject, html: message.html })
  } catch (error) {
    payload.logger.error({
      msg: `Could not tell journalist ${String(owner.id)} about a registration with their address`,
      err: error,
    })
  }
}
