import type { Metadata } from 'next'

import { slugs } from '../../../../../../collections/slugs'
import { libraryTranslator } from '../../../../../i18n'
import { resolveLang } from '../../../../../library/lang'
import { getReader } from '../../../../../library/reader'

type Props = {
  params: Promise<{ lang: string }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = libraryTranslator(await resolveLang(params))
  return { title: t('account.verifyTitle'), robots: { index: false } }
}

/** The link in the verification e-mail lands here: confirms the address, says what comes next. */
export default async function VerifyPage({ params, searchParams }: Props) {
  const lang = await resolveLang(params)
  const t = libraryTranslator(lang)
  const { token } = await searchParams
  const { payload } = await getReader()
  const isVerified =
    typeof token === 'string' && /^[a-f0-9]{20,128}$/i.test(token)
      ? await payload
          .verifyEmail({ collection: slugs.journalists, token })
          .then(() => true)
          .catch(() => false)
      : false
  return (
    <div className="container">
      <h1>{t('account.verifyTitle')}</h1>
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
    </div>
  )
}
