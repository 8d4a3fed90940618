import type { Metadata } from 'next'

import { ForgotPasswordForm } from '../../../../../components/library/AccountForms'
import { libraryTranslator } from '../../../../../i18n'
import { resolveLang } from '../../../../../library/lang'

type Props = { params: Promise<{ lang: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = libraryTranslator(await resolveLang(params))
  return { title: t('account.forgotTitle'), robots: { index: false } }
}

/** Asks for a password-reset link by e-mail. */
export default async function ForgotPasswordPage({ params }: Props) {
  const lang = await resolveLang(params)
  const t = libraryTranslator(lang)
  return (
    <div className="container">
      <h1>{t('account.forgotTitle')}</h1>
      <p className="lead">{t('account.forgotLead')}</p>
      <ForgotPasswordForm
        lang={lang}
        labels={{
          submit: t('account.submitForgot'),
          fields: [
            {
              name: 'email',
              label: t('account.email'),
              type: 'email',
              isRequired: true,
              autoComplete: 'email',
            },
          ],
        }}
      />
    </div>
  )
}
