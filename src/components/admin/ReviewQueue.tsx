import { DefaultTemplate } from '@payloadcms/next/templates'
import { Gutter } from '@payloadcms/ui'
import type { AdminViewServerProps, Where } from 'payload'
import React from 'react'

import { slugs } from '../../../collections/slugs'
import { DEFAULT_LOCALE, LOCALES, LOCALE_LABELS, isLocale, type Locale } from '../../i18n/locales'
import { mediaTitle } from '../../media/mediaTitle'
import { boardsFor } from './boardAccess'
import { ReviewRowActions } from './dashboard/ReviewRowActions'
import { adminText, formatAdminDateTime, optionLabel } from './labels'

type QueueRow = {
  collection: 'articles' | 'media'
  id: number | string
  title: string
  locale: Locale
  agency: string
  kind: string
  submittedAt?: string
}

/**
 * `/admin/review-queue`: everything waiting for a publisher — submitted sources and
 * translations in review — filterable by agency, language and type. Reads through the Local
 * API as the signed-in user, so each publisher sees what their agency's rule lets them see.
 */
export async function ReviewQueue({
  initPageResult,
  params,
  searchParams,
}: AdminViewServerProps): Promise<React.ReactElement> {
  const { req, visibleEntities, permissions, locale } = initPageResult
  const text = (vi: string, en: string) => adminText({ req, text: { vi, en } })
  const frame = (children: React.ReactNode) => (
    <DefaultTemplate
      i18n={req.i18n}
      locale={locale}
      params={params}
      payload={req.payload}
      permissions={permissions}
      searchParams={searchParams}
      user={req.user ?? undefined}
      visibleEntities={visibleEntities}
    >
      <Gutter>
        <h1>{text('Hàng chờ duyệt', 'Review queue')}</h1>
        {children}
      </Gutter>
    </DefaultTemplate>
  )
  if (!boardsFor({ user: req.user }).reviewQueue) {
    return frame(
      <p>
        {text(
          'Chỉ người duyệt và quản trị viên dùng hàng chờ duyệt.',
          'Only publishers and administrators use the review queue.',
        )}
      </p>,
    )
  }
  const filters = {
    agency: typeof searchParams?.agency === 'string' ? searchParams.agency : '',
    locale:
      typeof searchParams?.locale === 'string' && isLocale(searchParams.locale)
        ? searchParams.locale
        : '',
    type:
      searchParams?.type === 'articles' || searchParams?.type === 'media' ? searchParams.type : '',
  }
  const agencies = await req.payload.find({
    collection: slugs.agencies,
    limit: 200,
    depth: 0,
    sort: 'name',
    req,
  })
  const agencyName = new Map(agencies.docs.map((agency) => [String(agency.id), agency.name]))

  const rows: QueueRow[] = []
  const collections = (filters.type ? [filters.type] : [slugs.articles, slugs.media]) as Array<
    'articles' | 'media'
  >
  const requestedLocale = typeof searchParams?.locale === 'string' ? searchParams.locale : ''
  const locales: Locale[] = isLocale(requestedLocale) ? [requestedLocale] : [...LOCALES]
  for (const collection of collections) {
    for (const queueLocale of locales) {
      const where: Where = {
        and: [
          queueLocale === DEFAULT_LOCALE
            ? { workflowState: { equals: 'submitted' } }
            : { 'translation.status': { equals: 'in-review' } },
          ...(filters.agency ? [{ agency: { equals: filters.agency } }] : []),
        ],
      }
      const { docs } = await req.payload.find({
        collection,
        where,
        locale: queueLocale,
        draft: true,
        depth: 0,
        limit: 100,
        overrideAccess: false,
        user: req.user,
        req,
      })
      for (const doc of docs as unknown as Array<Record<string, unknown>>) {
        const submits = ((doc.transitions ?? []) as Array<Record<string, unknown>>).filter(
          (step) => step.action === 'submit' && step.locale === queueLocale,
        )
        rows.push({
          collection,
          id: doc.id as number,
          title:
            collection === slugs.media ? mediaTitle({ item: doc }) : String(doc.title ?? doc.id),
          locale: queueLocale,
          agency: agencyName.get(String(doc.agency)) ?? '',
          // The collection's own option label ("Ảnh", "Quảng bá"), not the stored value.
          kind: optionLabel({
            fields: req.payload.collections[collection].config.flattenedFields,
            path: collection === slugs.articles ? 'infoType' : 'kind',
            value: collection === slugs.articles ? doc.infoType : doc.kind,
            i18n: req.i18n,
          }),
          submittedAt: submits.at(-1)?.at as string | undefined,
        })
      }
    }
  }
  rows.sort((a, b) => String(a.submittedAt ?? '').localeCompare(String(b.submittedAt ?? '')))

  return frame(
    <>
      <form
        method="get"
        style={{
          display: 'flex',
          gap: 'var(--base)',
          flexWrap: 'wrap',
          alignItems: 'end',
          margin: 'var(--base) 0',
        }}
      >
        <label>
          {text('Cơ quan', 'Agency')}
          <br />
          <select name="agency" defaultValue={filters.agency}>
            <option value="">{text('Tất cả', 'All')}</option>
            {agencies.docs.map((agency) => (
              <option key={agency.id} value={String(agency.id)}>
                {agency.name}
              </option>
            ))}
          </select>
        </label>
        <label>
          {text('Ngôn ngữ', 'Language')}
          <br />
          <select name="locale" defaultValue={filters.locale}>
            <option value="">{text('Tất cả', 'All')}</option>
            {LOCALES.map((code) => (
              <option key={code} value={code}>
                {LOCALE_LABELS[code]}
              </option>
            ))}
          </select>
        </label>
        <label>
          {text('Loại', 'Type')}
          <br />
          <select name="type" defaultValue={filters.type}>
            <option value="">{text('Tất cả', 'All')}</option>
            <option value="articles">{text('Bài viết', 'Articles')}</option>
            <option value="media">{text('Tư liệu', 'Media')}</option>
          </select>
        </label>
        <button type="submit" className="btn btn--style-secondary btn--size-small">
          {text('Lọc', 'Filter')}
        </button>
      </form>
      {rows.length === 0 ? (
        <p>{text('Không có mục nào chờ duyệt.', 'Nothing is waiting for review.')}</p>
      ) : (
        <table className="table" style={{ width: '100%' }}>
          <thead>
            <tr>
              <th>{text('Tiêu đề', 'Title')}</th>
              <th>{text('Ngôn ngữ', 'Language')}</th>
              <th>{text('Cơ quan', 'Agency')}</th>
              <th>{text('Loại', 'Type')}</th>
              <th>{text('Gửi lúc', 'Submitted')}</th>
              <th>{text('Thao tác', 'Actions')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={`${row.collection}-${row.id}-${row.locale}`}>
                <td>
                  <a href={`/admin/collections/${row.collection}/${row.id}?locale=${row.locale}`}>
                    {row.title}
                  </a>
                </td>
                <td>{LOCALE_LABELS[row.locale]}</td>
                <td>{row.agency}</td>
                <td>{row.kind}</td>
                <td>{formatAdminDateTime({ value: row.submittedAt })}</td>
                <td>
                  <ReviewRowActions
                    collectionSlug={row.collection}
                    id={row.id}
                    locale={row.locale}
                    href={`/admin/collections/${row.collection}/${row.id}?locale=${row.locale}`}
                  />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>,
  )
}
