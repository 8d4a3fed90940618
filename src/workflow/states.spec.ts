import { describe, expect, it } from 'vitest'

import { planTransition } from './states'

const item = (overrides: Partial<Parameters<typeof planTransition>[0]['item']> = {}) => ({
  state: 'draft' as const,
  isHeld: false,
  publishedLocales: [] as const,
  ...overrides,
})

describe('planTransition', () => {
  it('lets a contributor submit a draft but not approve or publish it', () => {
    expect(
      planTransition({ action: 'submit', locale: 'vi', roles: ['contributor'], item: item() }),
    ).toEqual({
      ok: true,
      scope: 'source',
      from: 'draft',
      to: 'submitted',
    })
    expect(
      planTransition({
        action: 'approve',
        locale: 'vi',
        roles: ['contributor'],
        item: item({ state: 'submitted' }),
      }),
    ).toEqual({ ok: false, reason: 'roleNotAllowed' })
    expect(
      planTransition({ action: 'publish', locale: 'vi', roles: ['contributor'], item: item() }),
    ).toEqual({
      ok: false,
      reason: 'roleNotAllowed',
    })
  })

  it('lets a publisher approve, reject with a reason, publish and withdraw with a reason', () => {
    const publisher = ['publisher'] as const
    expect(
      planTransition({
        action: 'approve',
        locale: 'vi',
        roles: publisher,
        item: item({ state: 'submitted' }),
      }),
    ).toMatchObject({
      ok: true,
      to: 'approved',
    })
    expect(
      planTransition({
        action: 'reject',
        locale: 'vi',
        roles: publisher,
        item: item({ state: 'submitted' }),
      }),
    ).toEqual({
      ok: false,
      reason: 'reasonRequired',
    })
    expect(
      planTransition({
        action: 'reject',
        locale: 'vi',
        roles: publisher,
        reason: 'Thiếu nguồn',
        item: item({ state: 'submitted' }),
      }),
    ).toMatchObject({ ok: true, to: 'rejected' })
    expect(
      planTransition({
        action: 'publish',
        locale: 'vi',
        roles: publisher,
        item: item({ state: 'approved' }),
      }),
    ).toMatchObject({
      ok: true,
      to: 'published',
    })
    expect(
      planTransition({
        action: 'withdraw',
        locale: 'vi',
        roles: publisher,
        item: item({ state: 'published' }),
      }),
    ).toEqual({
      ok: false,
      reason: 'reasonRequired',
    })
    expect(
      planTransition({
        action: 'withdraw',
        locale: 'vi',
        roles: publisher,
        item: item({ state: 'approved' }),
      }),
    ).toEqual({
      ok: false,
      reason: 'stateNotAllowed',
      state: 'approved',
    })
  })

  it('never publishes an item held for security review', () => {
    expect(
      planTransition({
        action: 'publish',
        locale: 'vi',
        roles: ['admin'],
        item: item({ state: 'approved', isHeld: true }),
      }),
    ).toEqual({ ok: false, reason: 'securityHold' })
  })

  it('publishes a translation only when approved, not stale, and the source is published', () => {
    const admin = ['admin'] as const
    expect(
      planTransition({
        action: 'publish',
        locale: 'en',
        roles: admin,
        item: item({ state: 'approved', translation: { state: 'approved', isStale: false } }),
      }),
    ).toEqual({ ok: false, reason: 'sourceNotPublished' })
    expect(
      planTransition({
        action: 'publish',
        locale: 'en',
        roles: admin,
        item: item({ state: 'published', translation: { state: 'in-review', isStale: false } }),
      }),
    ).toEqual({ ok: false, reason: 'translationNotApproved' })
    expect(
      planTransition({
        action: 'publish',
        locale: 'en',
        roles: admin,
        item: item({ state: 'published', translation: { state: 'approved', isStale: true } }),
      }),
    ).toEqual({ ok: false, reason: 'translationStale' })
    expect(
      planTransition({
        action: 'publish',
        locale: 'en',
        roles: admin,
        item: item({ state: 'published', translation: { state: 'approved', isStale: false } }),
      }),
    ).toEqual({ ok: true, scope: 'locale-publication', locale: 'en', isPublished: true })
  })

  it('moves a translation from missing to review to approved, and lets a stale approval be re-approved', () => {
    expect(
      planTransition({ action: 'submit', locale: 'ja', roles: ['contributor'], item: item() }),
    ).toEqual({
      ok: true,
      scope: 'translation',
      from: 'missing',
      to: 'in-review',
    })
    expect(
      planTransition({
        action: 'approve',
        locale: 'ja',
        roles: ['publisher'],
        item: item({ translation: { state: 'approved', isStale: true } }),
      }),
    ).toMatchObject({ ok: true, to: 'approved' })
    expect(
      planTransition({ action: 'withdraw', locale: 'ja', roles: ['publisher'], item: item() }),
    ).toEqual({ ok: false, reason: 'unknownAction' })
  })

  it('starts a translation from the Vietnamese source when missing or stale, for editors only', () => {
    expect(
      planTransition({ action: 'translate', locale: 'en', roles: ['contributor'], item: item() }),
    ).toEqual({ ok: true, scope: 'translation', from: 'missing', to: 'in-translation' })
    expect(
      planTransition({
        action: 'translate',
        locale: 'en',
        roles: ['contributor'],
        item: item({ translation: { state: 'approved', isStale: true } }),
      }),
    ).toEqual({ ok: true, scope: 'translation', from: 'approved', to: 'in-translation' })
    expect(
      planTransition({
        action: 'translate',
        locale: 'en',
        roles: ['contributor'],
        item: item({ translation: { state: 'approved', isStale: false } }),
      }),
    ).toEqual({ ok: false, reason: 'stateNotAllowed', state: 'approved' })
    expect(
      planTransition({
        action: 'translate',
        locale: 'en',
        roles: ['contributor'],
        item: item({ translation: { state: 'in-review', isStale: false } }),
      }),
    ).toEqual({ ok: false, reason: 'stateNotAllowed', state: 'in-review' })
    expect(
      planTransition({ action: 'translate', locale: 'en', roles: ['viewer'], item: item() }),
    ).toEqual({ ok: false, reason: 'roleNotAllowed' })
    expect(
      planTransition({ action: 'translate', locale: 'vi', roles: ['contributor'], item: item() }),
    ).toEqual({ ok: false, reason: 'unknownAction' })
  })
})
