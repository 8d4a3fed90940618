import { redirect } from 'next/navigation'
import type { ReactNode } from 'react'

import { slugs } from '../../../../../collections/slugs'
import { AccountPageFrame } from '../../../../components/library/AccountPageFrame'
import { SavedSearchDigestSwitch, TopicAlerts } from '../../../../components/library/AlertSettings'
import { ListSection } from '../../../../components/library/ListSection'
import { LocalTime } from '../../../../components/library/LocalTime'
import { PressContactBox } from '../../../../components/library/PressContact'
import { translate, type LibraryKey, type LibraryTranslator } from '../../../../i18n'
import { LOCALE_TAGS, type Locale } from '../../../../i18n/locales'
import { PRESS_CARD_MIME_TYPES, PURPOSE_MAX_LENGTH } from '../../../../journalists/pressCards'
import { deleteSavedSearch } from '../../../../library/accountActions'
import { listTopics } from '../../../../library/content'
import {
  libraryPage,
  privatePageMetadata,
  type LibraryPageProps,
} from '../../../../library/libraryPage'
import { getReader, readerOptions, type Reader } from '../../../../library/reader'
import { entitledVariants, type DownloadVariant } from '../../../../media/download/entitlements'
import { mediaTitle } from '../../../../media/metadata/mediaTitle'
import type { Journalist } from '../../../../payload-types'

export const generateMetadata = privatePageMetadata({ titleKey: 'account.title' })

/**
 * A journalist's own page: accreditation status and request, download history (each download
 * can be taken again), saved searches with RSS, and the press office. Times are in the reader's
 * own time zone, named (LocalTime).
 */
export default async function AccountPage({ params, searchParams }: LibraryPageProps) {
  const { lang, t } = await libraryPage({ params })
  const reader = await getReader()
  if (reader.requester.kind !== 'journalist' || !reader.user) redirect(`/${lang}/account/login`)
  const { saved, limited, request, alerts } = await searchParams
  const localeTag = LOCALE_TAGS[lang]
  const entitled = entitledVariants({ requester: reader.requester })

  const [journalist, downloads, searches, topics] = await Promise.all([
    // Read again at depth 1 for the scan on file (the session's user is at depth 0).
    reader.payload.findByID({
      collection: slugs.journalists,
      id: reader.user.id,
      depth: 1,
      ...readerOptions(reader),
    }) as Promise<Journalist & AccreditationRequestFields>,
    reader.payload.find({
      collection: slugs.mediaDownloads,
      where: { journalist: { equals: reader.user.id } },
      sort: '-createdAt',
      limit: 50,
      depth: 1,
      locale: lang,
      ...readerOptions(reader),
    }),
    reader.payload.find({
      collection: slugs.savedSearches,
      where: { journalist: { equals: reader.user.id } },
      sort: '-createdAt',
      limit: 100,
      depth: 0,
      ...readerOptions(reader),
    }),
    listTopics({ reader, lang }),
  ])

  return (
    <AccountPageFrame title={t('account.title')}>
      <p>
        {journalist.name} · {journalist.outlet} · {journalist.email}
      </p>
      <p>
        <a href={`/${lang}/account/basket`} data-testid="basket-link">
          {t('basket.title')}
        </a>
      </p>
      {saved ? (
        <p className="notice notice--ok" role="status">
          {t('search.saved')}
        </p>
      ) : null}
      {limited ? (
        <p className="notice notice--error" role="alert">
          {translate({ locale: lang, key: 'errors.tooManyRequests' })}
        </p>
      ) : null}

      <section aria-labelledby="accreditation-heading" className="aside-box">
        <h2 id="accreditation-heading">{t('account.accreditation')}</h2>
        <p data-testid="accreditation-status">
          {accreditationStatus({ journalist, reader, t, localeTag })}
        </p>
        <AccreditationRequest journalist={journalist} lang={lang} t={t} result={request} />
      </section>

      <ListSection
        headingId="downloads-heading"
        title={t('account.myDownloads')}
        isEmpty={downloads.docs.length === 0}
        emptyText={t('account.noDownloads')}
      >
        <table className="data">
          <thead>
            <tr>
              <th scope="col">{t('account.downloadedAt')}</th>
              <th scope="col">{t('account.item')}</th>
              <th scope="col">{t('download.rendition')}</th>
              <th scope="col">{t('download.intendedUse')}</th>
            </tr>
          </thead>
          <tbody>
            {downloads.docs.map((download) => {
              const media = typeof download.media === 'object' ? download.media : null
              return (
                <tr key={download.id}>
                  <td>
                    <LocalTime dateTime={download.createdAt} localeTag={localeTag} />
                  </td>
                  <td>
                    {media ? (
                      <a href={`/${lang}/media/${media.id}`}>{mediaTitle({ item: media })}</a>
                    ) : (
                      '—'
                    )}
                    {media && entitled.includes(download.variant as DownloadVariant) ? (
                      <>
                        {' · '}
                        <a
                          href={`/api/${slugs.mediaDownloads}/${download.id}/again`}
                          data-testid="download-again"
                        >
                          {t('account.downloadAgain')}
                        </a>
                      </>
                    ) : null}
                  </td>
                  <td>{t(`download.${download.variant}`)}</td>
                  <td>
                    {download.intendedUse ? t(`download.uses.${download.intendedUse}`) : '—'}
                    {download.intendedUseDetails ? ` (${download.intendedUseDetails})` : null}
                  </td>
                </tr>
              )
            })}
          </tbody>
        </table>
      </ListSection>

      <ListSection
        headingId="searches-heading"
        title={t('account.savedSearches')}
        isEmpty={searches.docs.length === 0}
        emptyText={t('account.noSavedSearches')}
      >
        <ul className="download-list">
          {searches.docs.map((search) => (
            <li key={search.id}>
              <a href={`/${search.locale}/search?${search.query}`}>{search.name}</a>
              <span style={{ display: 'flex', gap: '0.75rem', alignItems: 'center' }}>
                <a
                  href={`/api/library/saved-searches/${search.feedToken}/rss`}
                  type="application/rss+xml"
                >
                  {t('account.rss')}
                </a>
                <SavedSearchDigestSwitch search={search} lang={lang} t={t} />
                <form action={deleteSavedSearch}>
                  <input type="hidden" name="lang" value={lang} />
                  <input type="hidden" name="id" value={String(search.id)} />
                  <button type="submit" className="button--secondary">
                    {t('account.delete')}
                  </button>
                </form>
              </span>
            </li>
          ))}
        </ul>
      </ListSection>

      <TopicAlerts
        topics={topics}
        followed={(journalist.followedTopics ?? []).map((topic) =>
          String(typeof topic === 'object' ? topic.id : topic),
        )}
        isDigestOn={(journalist as { topicDigest?: boolean | null }).topicDigest === true}
        isSaved={alerts === 'saved'}
        lang={lang}
        t={t}
      />

      <PressContactBox lang={lang} t={t} />
    </AccountPageFrame>
  )
}

/** The accreditation request's fields on a journalist (collections/Journalists). */
type AccreditationRequestFields = {
  accreditationPurpose?: string | null
  accreditationRequestedAt?: string | null
  pressCardScan?: number | { id: number | string; url?: string | null } | null
}

/** The answers of the request endpoint (src/journalists/endpoints/accreditationRequest.ts). */
const REQUEST_RESULTS: Record<string, { key: LibraryKey; isError: boolean }> = {
  sent: { key: 'account.requestSent', isError: false },
  purposeRequired: { key: 'account.requestPurposeRequired', isError: true },
  purposeTooLong: { key: 'account.requestPurposeTooLong', isError: true },
  scanRequired: { key: 'account.requestScanRequired', isError: true },
  scanInvalid: { key: 'account.requestScanInvalid', isError: true },
}

/**
 * The accreditation request: the purpose of the visit and a scan of the press card, sent as a
 * plain multipart form to the endpoint, which stores the scan privately and answers back here.
 */
function AccreditationRequest({
  journalist,
  lang,
  t,
  result,
}: {
  journalist: Journalist & AccreditationRequestFields
  lang: Locale
  t: LibraryTranslator
  result: string | string[] | undefined
}) {
  if (journalist.accreditationStatus === 'revoked') return null
  const answer = typeof result === 'string' ? REQUEST_RESULTS[result] : undefined
  const scan = typeof journalist.pressCardScan === 'object' ? journalist.pressCardScan : null
  return (
    <>
      <h3>{t('account.requestTitle')}</h3>
      {answer ? (
        <p
          className={answer.isError ? 'notice notice--error' : 'notice notice--ok'}
          role={answer.isError ? 'alert' : 'status'}
          data-testid="accreditation-request-result"
        >
          {t(answer.key)}
        </p>
      ) : null}
      {journalist.accreditationRequestedAt ? (
        <p className="card__meta">
          {t('account.requestedAt')}:{' '}
          <LocalTime dateTime={journalist.accreditationRequestedAt} localeTag={LOCALE_TAGS[lang]} />
        </p>
      ) : null}
      <p>{t('account.requestLead')}</p>
      <form
        className="form"
        method="post"
        action={`/api/${slugs.journalists}/accreditation-request`}
        encType="multipart/form-data"
      >
        <input type="hidden" name="lang" value={lang} />
        <label>
          <span>{t('account.purpose')}</span>
          <span className="hint" id="purpose-hint">
            {t('account.purposeHint')}
          </span>
          <textarea
            name="purpose"
            rows={4}
            required
            maxLength={PURPOSE_MAX_LENGTH}
            defaultValue={journalist.accreditationPurpose ?? ''}
            aria-describedby="purpose-hint"
          />
        </label>
        {scan?.url ? (
          <p className="card__meta">
            {t('account.scanOnFile')}{' '}
            <a href={scan.url} data-testid="press-card-scan">
              {t('account.viewScan')}
            </a>
          </p>
        ) : null}
        <label>
          <span>{t('account.pressCardScan')}</span>
          <span className="hint" id="press-card-scan-hint">
            {t('account.pressCardScanHint')}
          </span>
          <input
            type="file"
            name="pressCardScan"
            accept={PRESS_CARD_MIME_TYPES.join(',')}
            required={!scan}
            aria-describedby="press-card-scan-hint"
          />
        </label>
        <p>
          <button type="submit">{t('account.submitRequest')}</button>
        </p>
      </form>
    </>
  )
}

/**
 * The accreditation's status in words; an approval's expiry is a {@link LocalTime} set into the
 * sentence where its `{{date}}` stands, so every language keeps its own word order.
 */
function accreditationStatus({
  journalist,
  reader,
  t,
  localeTag,
}: {
  journalist: Journalist
  reader: Reader
  t: LibraryTranslator
  localeTag: string
}): ReactNode {
  if ((journalist as { _verified?: boolean })._verified === false)
    return t('account.statusUnverified')
  const expires = journalist.accreditationExpiresAt
  const withExpiry = (key: 'account.statusApproved' | 'account.statusExpired') => {
    if (!expires) return t(key, { date: '' })
    const [before, after] = t(key, { date: DATE_MARK }).split(DATE_MARK)
    return (
      <>
        {before}
        <LocalTime dateTime={expires} localeTag={localeTag} />
        {after}
      </>
    )
  }
  switch (journalist.accreditationStatus) {
    case 'approved':
      return reader.requester.kind === 'journalist' && reader.requester.isAccredited
        ? withExpiry('account.statusApproved')
        : withExpiry('account.statusExpired')
    case 'rejected':
      return t('account.statusRejected')
    case 'revoked':
      return t('account.statusRevoked')
    default:
      return t('account.statusPending')
  }
}

/** Where the expiry goes in a status sentence: a character no translation contains. */
const DATE_MARK = '\u0000'
