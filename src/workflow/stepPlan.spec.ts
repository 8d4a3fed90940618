import { describe, expect, it } from 'vitest'

import { planSteps } from './stepPlan'

const at = new Date('2026-03-01T08:00:00.000Z')

describe('planSteps', () => {
  it('publishes the Vietnamese source: every timeline field set, the item live in Vietnamese', () => {
    const plan = planSteps({
      item: { id: 7, workflowState: 'approved', sourceRevision: 3, publishedLocales: [] },
      locale: 'vi',
      roles: ['publisher'],
      steps: [{ action: 'publish', reason: 'Scheduled' }],
      at,
      by: null,
      version: '41',
    })
    expect(plan).toEqual({
      ok: true,
      changes: { workflowState: 'published', _status: 'published', publishedLocales: ['vi'] },
      entries: [
        {
          action: 'publish',
          locale: 'vi',
          from: 'approved',
          to: 'published',
          at: '2026-03-01T08:00:00.000Z',
          by: null,
          sourceRevision: 3,
          version: '41',
          reason: 'Scheduled',
        },
      ],
      isPublication: true,
      isLiveStep: true,
      startsTranslation: false,
    })
  })

  it('takes several steps in order, each checked against the state the one before left', () => {
    const plan = planSteps({
      item: {
        id: 7,
        workflowState: 'published',
        sourceRevision: 2,
        publishedLocales: ['vi'],
        translation: { status: 'missing' },
      },
      locale: 'fr',
      roles: ['publisher'],
      steps: [{ action: 'submit' }, { action: 'approve' }, { action: 'publish' }],
      at,
      by: 5,
      version: '9',
    })
    expect(plan.ok).toBe(true)
    if (!plan.ok) return
    expect(plan.entries.map(({ action, from, to }) => ({ action, from, to }))).toEqual([
      { action: 'submit', from: 'missing', to: 'in-review' },
      { action: 'approve', from: 'in-review', to: 'approved' },
      { action: 'publish', from: null, to: 'published' },
    ])
    expect(plan.changes).toEqual({
      translation: { status: 'approved', translatedFromRevision: 2 },
      publishedLocales: ['vi', 'fr'],
    })
    expect(plan).toMatchObject({ isPublication: true, isLiveStep: true })
  })

  it('stops at the first step the rules refuse, naming it', () => {
    expect(
      planSteps({
        item: { id: 7, workflowState: 'draft' },
        locale: 'vi',
        roles: ['contributor'],
        steps: [{ action: 'submit' }, { action: 'approve' }],
        at,
        by: 5,
        version: null,
      }),
    ).toEqual({ ok: false, action: 'approve', refusal: { reason: 'roleNotAllowed' } })
  })

  it('records a withdrawal at the time of the step, with its reason, on the live document', () => {
    const plan = planSteps({
      item: { id: 7, workflowState: 'published', publishedLocales: ['vi'] },
      locale: 'vi',
      roles: ['admin'],
      steps: [{ action: 'withdraw', reason: 'Thông tin đã cũ' }],
      at,
      by: 1,
      version: '3',
    })
    expect(plan).toMatchObject({
      ok: true,
      changes: {
        workflowState: 'withdrawn',
        withdrawnAt: '2026-03-01T08:00:00.000Z',
        withdrawalReason: 'Thông tin đã cũ',
      },
      isPublication: false,
      isLiveStep: true,
    })
  })
})
