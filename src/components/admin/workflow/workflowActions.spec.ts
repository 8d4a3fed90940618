import { describe, expect, it } from 'vitest'

import {
  availableWorkflowButtons,
  languageStatus,
  sentBackReason,
  workflowItemViewOf,
  type WorkflowItemView,
} from './workflowActions'
import {
  languageStatusText,
  timelineRowText,
  workflowButtonLabel,
  workflowSuccessMessage,
} from './workflowText'

const item = (overrides: Partial<WorkflowItemView> = {}): WorkflowItemView => ({
  state: 'draft',
  isHeld: false,
  translation: { state: 'missing', isStale: false, translatedFromRevision: null },
  publishedLocales: [],
  sourceRevision: 1,
  transitions: [],
  ...overrides,
})

const actions = (args: Parameters<typeof availableWorkflowButtons>[0]) =>
  availableWorkflowButtons(args).map((button) => button.action)

describe('availableWorkflowButtons', () => {
  it('gives a contributor only "submit" on a Vietnamese draft, never publish', () => {
    expect(actions({ roles: ['contributor'], locale: 'vi', item: item() })).toEqual(['submit'])
    expect(
      actions({ roles: ['contributor'], locale: 'vi', item: item({ state: 'submitted' }) }),
    ).toEqual([])
  })

  it('gives a publisher approve, send back (with a reason) and publish on a submitted source', () => {
    const buttons = availableWorkflowButtons({
      roles: ['publisher'],
      locale: 'vi',
      item: item({ state: 'submitted' }),
    })
    expect(buttons).toEqual([
      { action: 'approve', needsReason: false },
      { action: 'reject', needsReason: true },
      { action: 'publish', needsReason: false },
    ])
  })

  it('offers withdraw (with a reason) on a published source, and no publish on a held one', () => {
    expect(
      availableWorkflowButtons({
        roles: ['publisher'],
        locale: 'vi',
        item: item({ state: 'published', publishedLocales: ['vi'] }),
      }),
    ).toEqual([{ action: 'withdraw', needsReason: true }])
    expect(
      actions({
        roles: ['publisher'],
        locale: 'vi',
        item: item({ state: 'approved', isHeld: true }),
      }),
    ).toEqual(['reject'])
  })

  it('lets a contributor start or submit a translation, and nothing else', () => {
    expect(actions({ roles: ['contributor'], locale: 'en', item: item() })).toEqual([
      'translate',
      'submit',
    ])
    const inTranslation = item({
      translation: { state: 'in-translation', isStale: false, translatedFromRevision: null },
    })
    expect(actions({ roles: ['contributor'], locale: 'en', item: inTranslation })).toEqual([
      'submit',
    ])
  })

  it('offers "publish translation" only for an approved, current translation of a published source', () => {
    const approved = {
      translation: { state: 'approved' as const, isStale: false, translatedFromRevision: 1 },
    }
    expect(
      actions({
        roles: ['publisher'],
        locale: 'en',
        item: item({ state: 'published', ...approved }),
      }),
    ).toEqual(['reject', 'publish'])
    expect(actions({ roles: ['publisher'], locale: 'en', item: item(approved) })).toEqual([
      'reject',
    ])
    // A stale approval is approved again (the translator re-confirms it), not published.
    const stale = {
      translation: { state: 'approved' as const, isStale: true, translatedFromRevision: 1 },
    }
    expect(
      actions({ roles: ['publisher'], locale: 'en', item: item({ state: 'published', ...stale }) }),
    ).toEqual(['translate', 'approve', 'reject'])
  })

  it('offers "unpublish translation" only for a language that is live', () => {
    const live = item({
      state: 'published',
      publishedLocales: ['vi', 'en'],
      translation: { state: 'approved', isStale: false, translatedFromRevision: 1 },
    })
    expect(actions({ roles: ['publisher'], locale: 'en', item: live })).toContain('unpublish')
    expect(actions({ roles: ['publisher'], locale: 'fr', item: live })).not.toContain('unpublish')
    expect(actions({ roles: ['contributor'], locale: 'en', item: live })).toEqual([])
  })

  it('gives viewers and press officers no workflow button at all', () => {
    for (const role of ['viewer', 'press-officer'] as const) {
      expect(actions({ roles: [role], locale: 'vi', item: item() })).toEqual([])
      expect(actions({ roles: [role], locale: 'en', item: item() })).toEqual([])
    }
  })
})

describe('languageStatus and its text', () => {
  it('shows the translation state of the language on screen, not the document status', () => {
    const published = item({
      state: 'published',
      publishedLocales: ['vi'],
      translation: { state: 'in-review', isStale: false, translatedFromRevision: null },
    })
    const status = languageStatus({ locale: 'en', item: published })
    expect(status).toEqual({ state: 'in-review', isPublished: false, isStale: false })
    expect(languageStatusText({ locale: 'en', status, language: 'vi' })).toBe(
      'Tiếng Anh: Chờ duyệt',
    )
    expect(
      languageStatusText({
        locale: 'vi',
        status: languageStatus({ locale: 'vi', item: published }),
        language: 'vi',
      }),
    ).toBe('Tiếng Việt: Đã xuất bản')
  })

  it('says a live translation made from an older source is stale', () => {
    const stale = item({
      state: 'published',
      publishedLocales: ['vi', 'en'],
      sourceRevision: 3,
      translation: { state: 'approved', isStale: true, translatedFromRevision: 2 },
    })
    const status = languageStatus({ locale: 'en', item: stale })
    expect(status).toEqual({ state: 'approved', isPublished: true, isStale: true })
    expect(languageStatusText({ locale: 'en', status, language: 'vi' })).toBe(
      'Tiếng Anh: Đã duyệt · đã xuất bản · cũ so với bản gốc',
    )
    expect(languageStatusText({ locale: 'en', status, language: 'en' })).toBe(
      'English: Approved · published · older than the source',
    )
  })
})

describe('workflow messages', () => {
  it('names the language a step changed', () => {
    expect(workflowSuccessMessage({ action: 'submit', locale: 'en', language: 'vi' })).toBe(
      'Đã gửi duyệt bản tiếng Anh',
    )
    expect(workflowSuccessMessage({ action: 'publish', locale: 'ja', language: 'en' })).toBe(
      'Published the Japanese version',
    )
    expect(workflowButtonLabel({ action: 'publish', locale: 'en', language: 'vi' })).toBe(
      'Xuất bản bản dịch',
    )
    expect(workflowButtonLabel({ action: 'publish', locale: 'vi', language: 'vi' })).toBe(
      'Xuất bản',
    )
  })
})

describe('workflowItemViewOf', () => {
  it('reads the workflow fields of a REST document, with defaults for a new item', () => {
    expect(workflowItemViewOf({ doc: {} })).toEqual(item())
    expect(
      workflowItemViewOf({
        doc: {
          workflowState: 'published',
          securityHold: { isHeld: true },
          translation: { status: 'approved', isStale: true, translatedFromRevision: 2 },
          publishedLocales: ['vi'],
          sourceRevision: 3,
          transitions: [{ action: 'reject', locale: 'en', reason: 'Sai tên', at: '2026-12-04' }],
        },
      }),
    ).toEqual({
      state: 'published',
      isHeld: true,
      translation: { state: 'approved', isStale: true, translatedFromRevision: 2 },
      publishedLocales: ['vi'],
      sourceRevision: 3,
      transitions: [{ action: 'reject', locale: 'en', reason: 'Sai tên' }],
    })
  })
})

describe('sentBackReason', () => {
  const timeline: WorkflowItemView['transitions'] = [
    { action: 'submit', locale: 'en', reason: null },
    { action: 'reject', locale: 'en', reason: 'Tiêu đề sai chính tả' },
    { action: 'submit', locale: 'vi', reason: null },
  ]

  it('shows why the language on screen was sent back while that is its latest step', () => {
    expect(sentBackReason({ locale: 'en', item: item({ transitions: timeline }) })).toBe(
      'Tiêu đề sai chính tả',
    )
    expect(sentBackReason({ locale: 'vi', item: item({ transitions: timeline }) })).toBeNull()
  })

  it('forgets the reason once the language moved on', () => {
    const resubmitted = [...timeline, { action: 'submit', locale: 'en', reason: null }]
    expect(sentBackReason({ locale: 'en', item: item({ transitions: resubmitted }) })).toBeNull()
  })
})

describe('timelineRowText', () => {
  it('names a timeline step and its moment on the province’s clock', () => {
    const entry = { action: 'submit', locale: 'en', at: '2026-12-04T14:22:00.000Z' }
    expect(timelineRowText({ entry, language: 'vi' })).toBe(
      'Đã gửi duyệt bản tiếng Anh · 04/12/2026 21:22',
    )
    expect(timelineRowText({ entry, language: 'en' })).toBe(
      'Submitted the English version for review · 04/12/2026 21:22',
    )
  })

  it('gives nothing for an entry it cannot name', () => {
    expect(timelineRowText({ entry: { action: 'dance', locale: 'vi' }, language: 'vi' })).toBeNull()
    expect(
      timelineRowText({ entry: { action: 'submit', locale: 'xx' }, language: 'vi' }),
    ).toBeNull()
  })
})
