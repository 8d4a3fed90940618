import type { UIFieldServerProps } from 'payload'
import React from 'react'

import { LOCALE_LABELS, isLocale } from '../../i18n/locales'
import { BLOCKER_LABELS, publicationBlockers, type BlockerInput } from '../../workflow/blockers'
import { adminText, formatAdminDateTime } from '../../admin/labels'

/**
 * The "what is blocking publication" panel in the sidebar of every article and media item:
 * for the Vietnamese source and each translation, the next step someone must take.
 */
export async function PublicationBlockers({
  id,
  collectionSlug,
  req,
}: UIFieldServerProps): Promise<React.ReactElement | null> {
  if (id === undefined || id === null) return null
  // `disableErrors`: an item this requester may not read (or that was just deleted) shows no
  // panel; an outage still throws.
  const item = (await req.payload.findByID({
    collection: collectionSlug as 'articles',
    id,
    locale: 'all',
    draft: true,
    depth: 0,
    disableErrors: true,
    overrideAccess: false,
    user: req.user,
    req,
  })) as Record<string, unknown> | null
  if (!item) return null
  const input: BlockerInput = {
    workflowState: item.workflowState as string,
    isHeld: (item.securityHold as { isHeld?: boolean } | undefined)?.isHeld ?? false,
    embargoUntil: item.embargoUntil as string,
    publishAt: item.publishAt as string,
    publishedLocales: item.publishedLocales as string[],
    sourceRevision: item.sourceRevision as number,
    translations: (item.translation ?? {}) as BlockerInput['translations'],
  }
  const blockers = publicationBlockers({ item: input, now: new Date() })
  const title = adminText({
    req,
    text: { vi: 'Điều gì đang chặn xuất bản', en: 'What is blocking publication' },
  })
  return (
    <section
      aria-label={title}
      style={{
        marginBottom: 'var(--base)',
        padding: 'calc(var(--base) / 2)',
        border: '1px solid var(--theme-elevation-150)',
        borderRadius: 4,
      }}
    >
      <h4 style={{ margin: '0 0 calc(var(--base) / 2)' }}>{title}</h4>
      {blockers.length === 0 ? (
        <p style={{ margin: 0 }}>
          {adminText({
            req,
            text: {
              vi: 'Không có — mọi ngôn ngữ đã xuất bản.',
              en: 'Nothing — every language is live.',
            },
          })}
        </p>
      ) : (
        <ul style={{ margin: 0, paddingLeft: '1.2em' }}>
          {blockers.map((blocker) => (
            <li
              key={`${blocker.code}-${blocker.locale}`}
              data-blocker={blocker.code}
              data-locale={blocker.locale}
            >
              <strong>
                {isLocale(blocker.locale) ? LOCALE_LABELS[blocker.locale] : blocker.locale}
              </strong>
              {': '}
              {adminText({ req, text: BLOCKER_LABELS[blocker.code] })}
              {blocker.at ? ` ${formatAdminDateTime({ value: blocker.at })}` : ''}
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}
