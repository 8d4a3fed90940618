import { DefaultTemplate } from '@payloadcms/next/templates'
import { Gutter } from '@payloadcms/ui'
import type { AdminViewServerProps } from 'payload'
import React from 'react'

import { slugs } from '../../../collections/slugs'
import { DEFAULT_LOCALE, LOCALES, LOCALE_LABELS } from '../../i18n/locales'
import { publicationBlockers, type BlockerInput } from '../../workflow/blockers'
import { boardsFor } from './boardAccess'
import { adminText } from './labels'

const CELL: Record<string, { vi: string; en: string; color: string }> = {
  live: { vi: 'Đã xuất bản', en: 'Live', color: 'var(--theme-success-100)' },
  translationReady: { vi: 'Đã duyệt', en: 'Approved', color: 'var(--theme-success-50)' },
  translationInReview: { vi: 'Chờ duyệt', en: 'In review', color: 'var(--theme-warning-250)' },
  translationInProgress: {
    vi: 'Đang dịch',
    en: 'In translation',
    color: 'var(--theme-elevation-150)',
  },
  translationStale: { vi: 'Lỗi thời', en: 'Stale', color: 'var(--theme-error-250)' },
  translationMissing: { vi: 'Chưa có', en: 'Missing', color: 'transparent' },
}

/**
 * `/admin/translation-board`: articles × languages, showing for each translation whether it is
 * missing, in progress, in review, stale or live — the translators' work list.
 */
export async function TranslationBoard({
  initPageResult,
  params,
  searchParams,
}: AdminViewServerProps): Promise<React.ReactElement> {
  const { req, visibleEntities, permissions, locale } = initPageResult
  const page = Math.max(1, Number(searchParams?.page ?? 1) || 1)
  const mayUse = boardsFor({ user: req.user }).translationBoard
  const result = !mayUse
    ? null
    : await req.payload.find({
        collection: slugs.articles,
        locale: 'all',
        draft: true,
        depth: 0,
        limit: 40,
        page,
        sort: '-updatedAt',
        overrideAccess: false,
        user: req.user,
        req,
      })
  const text = (vi: string, en: string) => adminText({ req, text: { vi, en } })
  const now = new Date()

  return (
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
        <h1>{text('Bảng theo dõi bản dịch', 'Translation board')}</h1>
        {result ? null : (
          <p>
            {text(
              'Bảng theo dõi bản dịch dành cho người biên tập, người duyệt và quản trị viên.',
              'The translation board is for contributors, publishers and administrators.',
            )}
          </p>
        )}
        {result ? (
          <>
            <p>
              {text(
                'Mỗi ô là tình trạng của một ngôn ngữ; “Lỗi thời” nghĩa là bản gốc tiếng Việt đã đổi sau khi bản dịch được duyệt.',
                'Each cell is one language; “Stale” means the Vietnamese source changed after the translation was approved.',
              )}
            </p>
            <table className="table" style={{ width: '100%' }}>
              <thead>
                <tr>
                  <th>{text('Bài viết', 'Article')}</th>
                  {LOCALES.filter((code) => code !== DEFAULT_LOCALE).map((code) => (
                    <th key={code}>{LOCALE_LABELS[code]}</th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {(result.docs as unknown as Array<Record<string, unknown>>).map((doc) => {
                  const titles = (doc.title ?? {}) as Record<string, string | undefined>
                  const input: BlockerInput = {
                    workflowState: doc.workflowState as string,
                    publishedLocales: doc.publishedLocales as string[],
                    sourceRevision: doc.sourceRevision as number,
                    translations: (doc.translation ?? {}) as BlockerInput['translations'],
                  }
                  const blockers = publicationBlockers({ item: input, now })
                  return (
                    <tr key={String(doc.id)}>
                      <td>
                        <a href={`/admin/collections/articles/${String(doc.id)}`}>
                          {titles.vi ?? String(doc.id)}
                        </a>
                      </td>
                      {LOCALES.filter((code) => code !== DEFAULT_LOCALE).map((code) => {
                        const state =
                          blockers.find((blocker) => blocker.locale === code)?.code ?? 'live'
                        const cell = CELL[state] ?? CELL.translationMissing!
                        return (
                          <td key={code} data-state={state} style={{ background: cell.color }}>
                            <a
                              href={`/admin/collections/articles/${String(doc.id)}?locale=${code}`}
                            >
                              {text(cell.vi, cell.en)}
                            </a>
                          </td>
                        )
                      })}
                    </tr>
                  )
                })}
              </tbody>
            </table>
            <p>
              {result.hasPrevPage ? (
                <a href={`?page=${page - 1}`}>{text('← Trang trước', '← Previous')}</a>
              ) : null}{' '}
              {result.hasNextPage ? (
                <a href={`?page=${page + 1}`}>{text('Trang sau →', 'Next →')}</a>
              ) : null}
            </p>
          </>
        ) : null}
      </Gutter>
    </DefaultTemplate>
  )
}
