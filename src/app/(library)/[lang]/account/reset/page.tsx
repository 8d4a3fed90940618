import {
  AccountPageFrame,
  TranslatedAccountForm,
} from '../../../../../components/library/AccountPageFrame'
import {
  libraryPage,
  privatePageMetadata,
  type LibraryPageProps,
} from '../../../../../library/libraryPage'

export const generateMetadata = privatePageMetadata({ titleKey: 'account.resetTitle' })

/** Sets a new password with the link from the reset mail (`?token=`). */
export default async function ResetPasswordPage({ params, searchParams }: LibraryPageProps) {
  const { lang, t } = await libraryPage({ params })
  const { token } = await searchParams
  return (
    <AccountPageFrame title={t('account.resetTitle')}>
      {typeof token === 'string' && token ? (
        <TranslatedAccountForm form="resetPassword" lang={lang} t={t} hidden={{ token }} />
      ) : (
        <p className="notice notice--error" role="alert">
          {t('account.resetInvalid')}{' '}
          <a href={`/${lang}/account/forgot`}>{t('account.forgotLink')}</a>
        </p>
      )}
    </AccountPageFrame>
  )
}
