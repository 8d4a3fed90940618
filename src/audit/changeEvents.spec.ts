import { describe, expect, it } from 'vitest'

import { changeEvents, changedFieldNames } from './changeEvents'

const stored = {
  id: 7,
  title: 'Lễ hội Chùa Bà',
  accessTier: 'public',
  classification: 'unclassified',
  agency: 2,
  securityHold: { isHeld: false, reason: null },
  _status: 'published',
  createdAt: '2026-11-20T08:00:00.000Z',
  updatedAt: '2026-11-20T08:00:00.000Z',
}

const actions = (events: ReturnType<typeof changeEvents>) => events.map((event) => event.action)

describe('changeEvents', () => {
  it('records a creation with the fields it filled, and its publication when created published', () => {
    expect(changeEvents({ operation: 'create', doc: stored })).toEqual([
      {
        action: 'create',
        changedFields: ['accessTier', 'agency', 'classification', 'securityHold', 'title'],
      },
      { action: 'publish' },
    ])
  })

  it('names exactly the fields an update changed and ignores timestamps and bookkeeping', () => {
    const doc = {
      ...stored,
      title: 'Lễ hội Chùa Bà Bình Dương',
      updatedAt: '2026-11-23T08:00:00.000Z',
      sourceRevision: 2,
    }
    expect(changeEvents({ operation: 'update', previousDoc: stored, doc })).toEqual([
      { action: 'update', changedFields: ['title'] },
    ])
  })

  it('names a change the documents cannot show, such as a new password', () => {
    expect(
      changeEvents({
        operation: 'update',
        previousDoc: stored,
        doc: { ...stored, title: 'Mới' },
        alsoChanged: ['password'],
      }),
    ).toEqual([{ action: 'update', changedFields: ['password', 'title'] }])
  })

  it('records nothing for a save that changed nothing', () => {
    expect(changeEvents({ operation: 'update', previousDoc: stored, doc: { ...stored } })).toEqual(
      [],
    )
  })

  it('treats a populated relation as its id and an empty value as a missing one', () => {
    const doc = {
      ...stored,
      agency: { id: 2, name: 'Sở Văn hóa', createdAt: '2026-01-01', updatedAt: '2026-01-01' },
      securityHold: { isHeld: false },
    }
    expect(changeEvents({ operation: 'update', previousDoc: stored, doc })).toEqual([])
  })

  it('sees a change inside an array row, whose rows carry an id but are not documents', () => {
    const previousDoc = { ...stored, links: [{ id: 'a1', url: 'https://a.vn' }] }
    const doc = { ...stored, links: [{ id: 'a1', url: 'https://b.vn' }] }
    expect(changedFieldNames({ before: previousDoc, after: doc })).toEqual(['links'])
  })

  it('records a publication of a draft, including republishing newer draft edits', () => {
    const draft = { ...stored, _status: 'draft' }
    expect(actions(changeEvents({ operation: 'update', previousDoc: draft, doc: stored }))).toEqual(
      ['publish'],
    )
  })

  it('records an unpublication when the live item goes back to draft', () => {
    expect(
      actions(
        changeEvents({
          operation: 'update',
          previousDoc: stored,
          doc: { ...stored, _status: 'draft' },
        }),
      ),
    ).toEqual(['unpublish'])
  })

  it('does not take a draft saved over a published item for an unpublication', () => {
    const doc = { ...stored, _status: 'draft', title: 'Bản nháp mới' }
    expect(
      changeEvents({ operation: 'update', previousDoc: stored, doc, isDraftSave: true }),
    ).toEqual([{ action: 'update', changedFields: ['title'] }])
  })

  it('records an unpublication of a live item that had newer draft edits', () => {
    const draft = { ...stored, _status: 'draft' }
    expect(
      actions(changeEvents({ operation: 'update', previousDoc: draft, doc: draft, wasLive: true })),
    ).toEqual(['unpublish'])
  })

  it('records a withdrawal with its reason, not as an unpublication', () => {
    const doc = {
      ...stored,
      _status: 'draft',
      withdrawnAt: '2026-11-23T08:00:00.000Z',
      withdrawalReason: 'Thông tin đã cũ',
    }
    const events = changeEvents({ operation: 'update', previousDoc: stored, doc })
    expect(actions(events)).toEqual(['update', 'withdraw'])
    expect(events[1]).toEqual({ action: 'withdraw', details: { reason: 'Thông tin đã cũ' } })
  })

  it('records tier and classification changes with where they came from and went to', () => {
    const doc = { ...stored, accessTier: 'internal', classification: null }
    const events = changeEvents({ operation: 'update', previousDoc: stored, doc })
    expect(events.slice(1)).toEqual([
      { action: 'tier-change', details: { from: 'public', to: 'internal' } },
      { action: 'classification-change', details: { from: 'unclassified', to: null } },
    ])
  })

  it('records a security hold with its reason and its clearing', () => {
    const held = { ...stored, securityHold: { isHeld: true, reason: 'Dấu “MẬT” trong tiêu đề' } }
    expect(changeEvents({ operation: 'update', previousDoc: stored, doc: held }).at(-1)).toEqual({
      action: 'security-hold',
      details: { reason: 'Dấu “MẬT” trong tiêu đề' },
    })
    expect(changeEvents({ operation: 'update', previousDoc: held, doc: stored }).at(-1)).toEqual({
      action: 'security-clear',
      details: { reason: 'Dấu “MẬT” trong tiêu đề' },
    })
  })

  it('records a hold placed on an item as it is created', () => {
    const held = { ...stored, _status: 'draft', securityHold: { isHeld: true, reason: 'MẬT' } }
    expect(actions(changeEvents({ operation: 'create', doc: held }))).toEqual([
      'create',
      'security-hold',
    ])
  })
})
