import type { Metadata } from 'next'

import {
  AccountPageFrame,
  TranslatedAccountForm,
} from '../../../../../components/library/AccountPageFrame'
import { libraryPage, type LibraryPageProps } from '../../../../../library/libraryPage'

export async function generateMetadata({ params }: LibraryPageProps): Promise<Metadata> {
  const { t } = await libraryPage({ params })
  return { title: t('account.registerTitle') }
}

/** The press registration: a new account waits for e-mail verification and accreditation. */
export default async function RegisterPage({ params }: LibraryPageProps) {
  const { lang, t } = await libraryPage({ params })
  return (
    <AccountPageFrame title={t('account.registerTitle')} lead={t('account.registerLead')}>
      <TranslatedAccountForm form="register" lang={lang} t={t} />
    </AccountPageFrame>
  )
}
