import type { Metadata } from 'next'

import { ResetPasswordForm } from '../../../../../components/library/AccountForms'
import { libraryTranslator } from '../../../../../i18n'
import { resolveLang } from '../../../../../library/lang'

type Props = {
  params: Promise<{ lang: string }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = libraryTranslator(await resolveLang(params))
  return { title: t('account.resetTitle'), robots: { index: false } }
}

/** Sets a new password with the link from the reset mail (`?token=`). */
export default async function ResetPasswordPage({ params, searchParams }: Props) {
  const lang = await resolveLang(params)
  const t = libraryTranslator(lang)
  const { token } = await searchParams
  return (
    <div className="container">
      <h1>{t('account.resetTitle')}</h1>
      {typeof token === 'string' && token ? (
        <ResetPasswordForm
          lang={lang}
          token={token}
          labels={{
            submit: t('account.submitReset'),
            fields: [
              {
                name: 'password',
                label: t('account.newPassword'),
                type: 'password',
                hint: t('account.passwordHint'),
                isRequired: true,
                autoComplete: 'new-password',
              },
              {
                name: 'passwordRepeat',
                label: t('account.repeatPassword'),
                type: 'password',
                isRequired: true,
                autoComplete: 'new-password',
              },
            ],
          }}
        />
      ) : (
        <p className="notice notice--error" role="alert">
          {t('account.resetInvalid')}{' '}
          <a href={`/${lang}/account/forgot`}>{t('account.forgotLink')}</a>
        </p>
      )}
    </div>
  )
}
