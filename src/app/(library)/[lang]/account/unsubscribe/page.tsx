import { verifyUnsubscribeToken } from '../../../../../alerts/unsubscribeToken'
import { UNSUBSCRIBE_ENDPOINT_PATH } from '../../../../../alerts/unsubscribeLinks'
import { AccountPageFrame } from '../../../../../components/library/AccountPageFrame'
import { getEnv } from '../../../../../env'
import {
  libraryPage,
  privatePageMetadata,
  type LibraryPageProps,
} from '../../../../../library/libraryPage'

export const generateMetadata = privatePageMetadata({ titleKey: 'alerts.unsubscribeTitle' })

/**
 * The unsubscribe link of an alert digest lands here, with no login: opening the page changes
 * nothing (mail scanners open every link of a message); its one button POSTs the signed token
 * to the unsubscribe endpoint (src/alerts/unsubscribeEndpoint.ts), which comes back with
 * `done=1`.
 */
export default async function UnsubscribePage({ params, searchParams }: LibraryPageProps) {
  const { lang, t } = await libraryPage({ params })
  const { token, done } = await searchParams
  const claim = verifyUnsubscribeToken({ token, secret: getEnv().payloadSecret })
  const accountLink = (
    <p>
      <a href={`/${lang}/account`}>{t('alerts.toAccount')}</a>
    </p>
  )
  if (done) {
    return (
      <AccountPageFrame title={t('alerts.unsubscribeTitle')}>
        <p className="notice notice--ok" role="status" data-testid="unsubscribe-result">
          {t('alerts.unsubscribeDone')}
        </p>
        {accountLink}
      </AccountPageFrame>
    )
  }
  if (!claim || typeof token !== 'string') {
    return (
      <AccountPageFrame title={t('alerts.unsubscribeTitle')}>
        <p className="notice notice--error" role="alert" data-testid="unsubscribe-result">
          {t('alerts.unsubscribeInvalid')}
        </p>
        {accountLink}
      </AccountPageFrame>
    )
  }
  return (
    <AccountPageFrame title={t('alerts.unsubscribeTitle')}>
      <p>
        {claim.alert.kind === 'all'
          ? t('alerts.unsubscribeConfirmAll')
          : t('alerts.unsubscribeConfirm')}
      </p>
      <form
        className="form"
        method="post"
        action={`/api${UNSUBSCRIBE_ENDPOINT_PATH}?locale=${lang}`}
      >
        <input type="hidden" name="token" value={token} />
        <input type="hidden" name="lang" value={lang} />
        <p>
          <button type="submit">{t('alerts.unsubscribeButton')}</button>
        </p>
      </form>
    </AccountPageFrame>
  )
}
