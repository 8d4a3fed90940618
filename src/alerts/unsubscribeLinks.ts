import type { Env } from '../env'
import type { Locale } from '../i18n/locales'
import { signUnsubscribeToken, type AlertRef } from './unsubscribeToken'

/** The path of the one-click unsubscribe endpoint (RFC 8058), under `/api`. */
export const UNSUBSCRIBE_ENDPOINT_PATH = '/library/alerts/unsubscribe'

/** The unsubscribe links of one journalist's digest. */
export type UnsubscribeUrls = {
  /** The confirmation page for one saved search's digest. */
  savedSearch: (id: number | string) => string
  /** The confirmation page for the followed topics' digest. */
  topics: string
  /** The confirmation page for every digest, in `lang`. */
  pageAll: (lang: Locale) => string
  /** The one-click endpoint for every digest: what `List-Unsubscribe` names. */
  oneClickAll: string
}

/**
 * The links a digest carries: pages that ask for one click to confirm (a mail scanner that
 * opens every link in a message unsubscribes no one), and, for `List-Unsubscribe`, the
 * endpoint a mail client POSTs to. Each carries a signed token naming the journalist and the
 * alert (src/alerts/unsubscribeToken.ts), so none needs a login.
 */
export function unsubscribeUrls({
  env,
  journalistId,
  lang = 'en',
}: {
  env: Env
  journalistId: string
  lang?: Locale
}): UnsubscribeUrls {
  const token = (alert: AlertRef): string =>
    signUnsubscribeToken({ claim: { journalistId, alert }, secret: env.payloadSecret })
  const page = (alert: AlertRef, pageLang: Locale = lang): string =>
    `${env.publicUrl}/${pageLang}/account/unsubscribe?token=${token(alert)}`
  return {
    savedSearch: (id) => page({ kind: 'savedSearch', id: String(id) }),
    topics: page({ kind: 'topics' }),
    pageAll: (pageLang) => page({ kind: 'all' }, pageLang),
    oneClickAll: `${env.publicUrl}/api${UNSUBSCRIBE_ENDPOINT_PATH}?token=${token({ kind: 'all' })}`,
  }
}
