import { redirect } from 'next/navigation'

import { slugs } from '../../../../../collections/slugs'
import { AccountPageFrame } from '../../../../components/library/AccountPageFrame'
import { ListSection } from '../../../../components/library/ListSection'
import { translate, type LibraryTranslator } from '../../../../i18n'
import { LOCALE_TAGS } from '../../../../i18n/locales'
import { deleteSavedSearch } from '../../../../library/accountActions'
import {
  libraryPage,
  privatePageMetadata,
  type LibraryPageProps,
} from '../../../../library/libraryPage'
import { getReader, readerOptions, type Reader } from '../../../../library/reader'
import type { Journalist } from '../../../../payload-types'

export const generateMetadata = privatePageMetadata({ titleKey: 'account.title' })

/** A journalist's own page: accreditation status, download history, saved searches with RSS. */
export default async function AccountPage({ params, searchParams }: LibraryPageProps) {
  const { lang, t } = await libraryPage({ params })
  const reader = await getReader()
  if (reader.requester.kind !== 'journalist' || !reader.user) redirect(`/${lang}/account/login`)
  const journalist = reader.user as unknown as Journalist
  const { saved, limited } = await searchParams
  const dateFormat = new Intl.DateTimeFormat(LOCALE_TAGS[lang], { dateStyle: 'long' })
  const dateTimeFormat = new Intl.DateTimeFormat(LOCALE_TAGS[lang], {
    dateStyle: 'medium',
    timeStyle: 'short',
  })

  const [downloads, searches] = await Promise.all([
    reader.payload.find({
      collection: slugs.mediaDownloads,
      where: { journalist: { equals: journalist.id } },
      sort: '-createdAt',
      limit: 50,
      depth: 1,
      locale: lang,
      ...readerOptions(reader),
    }),
    reader.payload.find({
      collection: slugs.savedSearches,
      where: { journalist: { equals: journalist.id } },
      sort: '-createdAt',
      limit: 100,
      depth: 0,
      ...readerOptions(reader),
    }),
  ])

  return (
    <AccountPageFrame title={t('account.title')}>
      <p>
        {journalist.name} · {journalist.outlet} · {journalist.email}
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
          {accreditationText({ journalist, reader, t, dateFormat })}
        </p>
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
                  <td>{dateTimeFormat.format(new Date(download.createdAt))}</td>
                  <td>
                    {media ? (
                      <a href={`/${lang}/media/${media.id}`}>
                        {media.alt || media.originalFilename || media.id}
                      </a>
                    ) : (
                      '—'
                    )}
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
    </AccountPageFrame>
  )
}

function accreditationText({
  journalist,
  reader,
  t,
  dateFormat,
}: {
  journalist: Journalist
  reader: Reader
  t: LibraryTranslator
  dateFormat: Intl.DateTimeFormat
}): string {
  if ((journalist as { _verified?: boolean })._verified === false)
    return t('account.statusUnverified')
  const expires = journalist.accreditationExpiresAt
    ? dateFormat.format(new Date(journalist.accreditationExpiresAt))
    : ''
  switch (journalist.accreditationStatus) {
    case 'approved':
      return reader.requester.kind === 'journalist' && reader.requester.isAccredited
        ? t('account.statusApproved', { date: expires })
        : t('account.statusExpired', { date: expires })
    case 'rejected':
      return t('account.statusRejected')
    case 'revoked':
      return t('account.statusRevoked')
    default:
      return t('account.statusPending')
  }
}
