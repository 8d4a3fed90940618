import { redirect } from 'next/navigation'

import { AccountPageFrame } from '../../../../../components/library/AccountPageFrame'
import { DownloadTermsFields } from '../../../../../components/library/DownloadPanel'
import { ListSection } from '../../../../../components/library/ListSection'
import { PictureView } from '../../../../../components/library/PictureView'
import { getEnv } from '../../../../../env'
import { translate, type LibraryTranslator, type MessageKey } from '../../../../../i18n'
import { LOCALE_TAGS, type Locale } from '../../../../../i18n/locales'
import {
  readBasket,
  variantBytes,
  type BasketLine,
} from '../../../../../library/basket/basketItems'
import { removeFromBasketAction } from '../../../../../library/basketActions'
import { pictureOfMedia } from '../../../../../library/content'
import {
  libraryPage,
  privatePageMetadata,
  type LibraryPageProps,
} from '../../../../../library/libraryPage'
import { formatFileSize } from '../../../../../library/pictures'
import { getReader } from '../../../../../library/reader'
import { entitledVariants } from '../../../../../media/download/entitlements'
import { mediaTitle } from '../../../../../media/metadata/mediaTitle'

export const generateMetadata = privatePageMetadata({ titleKey: 'basket.title' })

/**
 * The journalist's download basket: each item with its thumbnail, size and a remove button,
 * the total, and the form that downloads everything as one ZIP (usage terms accepted once for
 * the basket). A line the journalist may no longer take (a press size after the accreditation
 * ended, an item withdrawn) says so and is left out of the ZIP.
 */
export default async function BasketPage({ params, searchParams }: LibraryPageProps) {
  const { lang, t } = await libraryPage({ params })
  const reader = await getReader()
  if (reader.requester.kind !== 'journalist') redirect(`/${lang}/account/login`)
  const { problem } = await searchParams
  const { maxItems } = getEnv().basket
  const lines = await readBasket({
    payload: reader.payload,
    user: reader.user,
    locale: lang,
    limit: maxItems,
  })
  const entitled = entitledVariants({ requester: reader.requester })
  const bytesOf = (line: BasketLine) =>
    line.media && entitled.includes(line.variant)
      ? variantBytes({ media: line.media, variant: line.variant })
      : null
  const totalBytes = lines.reduce((sum, line) => sum + (bytesOf(line) ?? 0), 0)
  const sizeText = (bytes: number) => formatFileSize({ bytes, locale: LOCALE_TAGS[lang] })

  return (
    <AccountPageFrame title={t('basket.title')} lead={t('basket.lead')}>
      <ProblemNotice problem={problem} lang={lang} maxItems={maxItems} />
      <ListSection
        headingId="basket-heading"
        title={`${t('basket.items')} (${lines.length})`}
        isEmpty={lines.length === 0}
        emptyText={t('basket.empty')}
      >
        <ul className="download-list" data-testid="basket-items">
          {lines.map((line) => {
            const picture = line.media ? pictureOfMedia({ media: line.media, size: 'thumb' }) : null
            const bytes = bytesOf(line)
            return (
              <li key={line.id} data-testid="basket-item">
                <span style={{ display: 'flex', gap: '0.75rem', alignItems: 'center' }}>
                  {picture ? (
                    <span style={{ width: '6rem', flex: 'none' }}>
                      <PictureView picture={{ ...picture, alt: '' }} sizes="6rem" />
                    </span>
                  ) : null}
                  <span>
                    {line.media ? (
                      <a href={`/${lang}/media/${line.media.id}`}>
                        {mediaTitle({ item: line.media })}
                      </a>
                    ) : (
                      <strong>{t('basket.unavailable')}</strong>
                    )}
                    <br />
                    <span className="card__meta">
                      {t(`download.${line.variant}`)}
                      {bytes !== null ? ` · ${sizeText(bytes)}` : null}
                    </span>
                    {line.media && !entitled.includes(line.variant) ? (
                      <>
                        <br />
                        <span className="card__meta">{t('basket.notEntitled')}</span>
                      </>
                    ) : null}
                  </span>
                </span>
                <form action={removeFromBasketAction}>
                  <input type="hidden" name="lang" value={lang} />
                  <input type="hidden" name="line" value={String(line.id)} />
                  <button type="submit" className="button--secondary">
                    {t('basket.remove')}
                    {line.media ? (
                      <span className="visually-hidden"> {mediaTitle({ item: line.media })}</span>
                    ) : null}
                  </button>
                </form>
              </li>
            )
          })}
        </ul>
        <p data-testid="basket-total">
          {t('basket.total')}: {sizeText(totalBytes)}
        </p>
        <DownloadForm lang={lang} t={t} />
      </ListSection>
    </AccountPageFrame>
  )
}

/**
 * The basket's download: a plain GET form to the ZIP endpoint, which asks, like a single press
 * download, for the intended use and the usage terms — accepted here once for every file.
 */
function DownloadForm({ lang, t }: { lang: Locale; t: LibraryTranslator }) {
  return (
    <form
      className="download-form aside-box"
      method="get"
      action="/api/library/basket/download"
      data-testid="basket-download-form"
    >
      <input type="hidden" name="locale" value={lang} />
      <DownloadTermsFields t={t} acceptLabel={t('basket.acceptTerms')} />
      <p className="card__meta">
        {t('download.embeddedNote')} {t('basket.recordNote')}
      </p>
      <button type="submit">{t('basket.download')}</button>
    </form>
  )
}

/** Why the last "Add to basket" changed nothing, from the action's redirect. */
function ProblemNotice({
  problem,
  lang,
  maxItems,
}: {
  problem: string | string[] | undefined
  lang: Locale
  maxItems: number
}) {
  const key = typeof problem === 'string' ? PROBLEM_MESSAGES[problem] : undefined
  if (!key) return null
  return (
    <p className="notice notice--error" role="alert" data-testid="basket-problem">
      {translate({ locale: lang, key, params: { max: maxItems } })}
    </p>
  )
}

/** The action's answers (src/library/basketActions.ts) and what the reader is told. */
const PROBLEM_MESSAGES: Record<string, MessageKey> = {
  full: 'basket.full',
  notEntitled: 'errors.forbidden',
  notFound: 'errors.notFound',
  limited: 'errors.tooManyRequests',
}
