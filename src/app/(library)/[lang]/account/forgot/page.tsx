import {
  AccountPageFrame,
  TranslatedAccountForm,
} from '../../../../../components/library/AccountPageFrame'
import {
  libraryPage,
  privatePageMetadata,
  type LibraryPageProps,
} from '../../../../../library/libraryPage'

export const generateMetadata = privatePageMetadata({ titleKey: 'account.forgotTitle' })

/** Asks for a password-reset link by e-mail. */
export default async function ForgotPasswordPage({ params }: LibraryPageProps) {
  const { lang, t } = await libraryPage({ params })
  return (
    <AccountPageFrame title={t('account.forgotTitle')} lead={t('account.forgotLead')}>
      <TranslatedAccountForm form="forgotPassword" lang={lang} t={t} />
    </AccountPageFrame>
  )
}
