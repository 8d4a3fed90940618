import { redirect } from 'next/navigation'

import {
  AccountPageFrame,
  TranslatedAccountForm,
} from '../../../../../components/library/AccountPageFrame'
import {
  libraryPage,
  privatePageMetadata,
  type LibraryPageProps,
} from '../../../../../library/libraryPage'
import { getReader } from '../../../../../library/reader'

export const generateMetadata = privatePageMetadata({ titleKey: 'account.loginTitle' })

/** The journalist login; a signed-in journalist goes straight to their account. */
export default async function LoginPage({ params, searchParams }: LibraryPageProps) {
  const { lang, t } = await libraryPage({ params })
  const reader = await getReader()
  if (reader.requester.kind === 'journalist') redirect(`/${lang}/account`)
  const { reset } = await searchParams
  return (
    <AccountPageFrame title={t('account.loginTitle')}>
      {reset === '1' ? (
        <p className="notice notice--ok" role="status" data-testid="password-reset">
          {t('account.passwordReset')}
        </p>
      ) : null}
      <TranslatedAccountForm form="login" lang={lang} t={t} />
      <p>
        <a href={`/${lang}/account/forgot`}>{t('account.forgotLink')}</a>
      </p>
      <p>
        <a href={`/${lang}/account/resend`}>{t('account.noConfirmationMail')}</a>
      </p>
      <p>
        {t('account.noAccount')} <a href={`/${lang}/account/register`}>{t('site.register')}</a>
      </p>
    </AccountPageFrame>
  )
}
