import type { UIFieldServerProps } from 'payload'
import React from 'react'

import { slugs } from '../../../collections/slugs'
import { adminText } from '../../admin/labels'
import { mayReadCollection } from '../../admin/readAccess'

type DeliveryRow = {
  target: { id: number; name?: string } | number
  uri?: string
  version?: number
  kind?: string
  status?: string
  deliveredAt?: string | null
  receiptId?: string | null
}

/**
 * "Where is this now": for each syndication target, the last version of this item it
 * acknowledged (a receipt), whether a withdrawal reached it, and what is still pending.
 */
export async function DeliveryStatusPanel({
  id,
  collectionSlug,
  req,
}: UIFieldServerProps): Promise<React.ReactElement | null> {
  if (id === undefined || id === null) return null
  // Deliveries are the publishers' and admins' (collections/Deliveries): everyone else sees
  // nothing here rather than a refusal that would take the whole edit view down.
  if (!(await mayReadCollection({ req, collection: slugs.deliveries }))) return null
  const { docs } = await req.payload.find({
    collection: slugs.deliveries,
    where: {
      and: [{ itemCollection: { equals: collectionSlug } }, { itemId: { equals: String(id) } }],
    },
    sort: '-id',
    depth: 1,
    limit: 200,
    overrideAccess: false,
    user: req.user,
    req,
  })
  const byTarget = new Map<string, { name: string; acknowledged?: DeliveryRow; waiting: number }>()
  for (const delivery of docs as unknown as DeliveryRow[]) {
    const target = typeof delivery.target === 'object' ? delivery.target : { id: delivery.target }
    const key = String(target.id)
    const entry = byTarget.get(key) ?? { name: target.name ?? key, waiting: 0 }
    if (delivery.status === 'delivered') entry.acknowledged ??= delivery
    else if (!entry.acknowledged) entry.waiting += 1
    byTarget.set(key, entry)
  }
  const text = (vi: string, en: string) => adminText({ req, text: { vi, en } })
  const title = text('Đã gửi tới đâu', 'Where is this now')
  return (
    <section aria-label={title} style={{ marginBottom: 'var(--base)' }}>
      <h4 style={{ margin: '0 0 calc(var(--base) / 2)' }}>{title}</h4>
      {byTarget.size === 0 ? (
        <p style={{ margin: 0 }}>
          {text('Chưa gửi tới nơi nhận nào.', 'Not pushed to any target yet.')}
        </p>
      ) : (
        <ul style={{ margin: 0, paddingLeft: '1.2em' }}>
          {[...byTarget.values()].map((entry) => (
            <li key={entry.name}>
              <strong>{entry.name}</strong>
              {': '}
              {entry.acknowledged
                ? `${entry.acknowledged.kind === 'tombstone' ? text('đã nhận lệnh gỡ bỏ', 'withdrawal acknowledged') : text('đã nhận phiên bản', 'acknowledged version')} ${entry.acknowledged.version ?? ''} (${entry.acknowledged.uri?.split(':').at(-1) ?? ''})${entry.acknowledged.receiptId ? `, ${text('biên nhận', 'receipt')} ${entry.acknowledged.receiptId}` : ''}`
                : text('chưa có biên nhận', 'no receipt yet')}
              {entry.waiting > 0
                ? ` — ${entry.waiting} ${text('lần gửi đang chờ hoặc lỗi', 'pending or failed')}`
                : ''}
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}
