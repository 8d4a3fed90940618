import type { Metadata } from 'next'
import { redirect } from 'next/navigation'

import { LoginForm } from '../../../../../components/library/AccountForms'
import { libraryTranslator } from '../../../../../i18n'
import { resolveLang } from '../../../../../library/lang'
import { getReader } from '../../../../../library/reader'

type Props = {
  params: Promise<{ lang: string }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = libraryTranslator(await resolveLang(params))
  return { title: t('account.loginTitle'), robots: { index: false } }
}

export default async function LoginPage({ params, searchParams }: Props) {
  const lang = await resolveLang(params)
  const t = libraryTranslator(lang)
  const reader = await getReader()
  if (reader.requester.kind === 'journalist') redirect(`/${lang}/account`)
  const { reset } = await searchParams
  return (
    <div className="container">
      <h1>{t('account.loginTitle')}</h1>
      {reset === '1' ? (
        <p className="notice notice--ok" role="status" data-testid="password-reset">
          {t('account.passwordReset')}
        </p>
      ) : null}
      <LoginForm
        lang={lang}
        labels={{
          submit: t('account.submitLogin'),
          fields: [
            {
              name: 'email',
              label: t('account.email'),
              type: 'email',
              isRequired: true,
              autoComplete: 'email',
            },
            {
              name: 'password',
              label: t('account.password'),
              type: 'password',
              isRequired: true,
              autoComplete: 'current-password',
            },
          ],
        }}
      />
      <p>
        <a href={`/${lang}/account/forgot`}>{t('account.forgotLink')}</a>
      </p>
      <p>
        {t('account.noAccount')} <a href={`/${lang}/account/register`}>{t('site.register')}</a>
      </p>
    </div>
  )
}
