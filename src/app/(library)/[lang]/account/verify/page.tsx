import { AccountPageFrame } from '../../../../../components/library/AccountPageFrame'
import { parseVerifyEmailParams } from '../../../../../journalists/endpoints/verifyEmailParams'
import { verifyJournalistEmail } from '../../../../../journalists/verifyJournalistEmail'
import {
  libraryPage,
  privatePageMetadata,
  type LibraryPageProps,
} from '../../../../../library/libraryPage'
import { getReader } from '../../../../../library/reader'

export const generateMetadata = privatePageMetadata({ titleKey: 'account.verifyTitle' })

/** The link in the verification e-mail lands here: confirms the address, says what comes next. */
export default async function VerifyPage({ params, searchParams }: LibraryPageProps) {
  const { lang, t } = await libraryPage({ params })
  const query = await searchParams
  const { token } = parseVerifyEmailParams({
    searchParams: new URLSearchParams(
      typeof query.token === 'string' ? { token: query.token } : {},
    ),
  })
  const { payload } = await getReader()
  const isVerified = token !== null && (await verifyJournalistEmail({ payload, token }))
  return (
    <AccountPageFrame title={t('account.verifyTitle')}>
      <p
        className={isVerified ? 'notice notice--ok' : 'notice notice--error'}
        role="status"
        data-testid="verify-result"
      >
        {isVerified ? t('account.verified') : t('account.verifyFailed')}
      </p>
      <p>
        <a className="button" href={`/${lang}/account/login`}>
          {t('site.login')}
        </a>
      </p>
      {isVerified ? null : (
        <p>
          <a href={`/${lang}/account/resend`}>{t('account.resendLink')}</a>
        </p>
      )}
    </AccountPageFrame>
  )
}
