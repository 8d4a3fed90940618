import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { internalSlugs, slugs } from '../../collections/slugs'
import { changeLogHead } from '../../src/syndication/changeLogHead'
import { changeNotifierFor } from '../../src/syndication/changeNotifier'
import { startPayload, type TestApp } from '../helpers/startPayload'

describe('the SQLite write queue', () => {
  let app: TestApp

  beforeAll(async () => {
    app = await startPayload()
  })

  afterAll(async () => {
    await app?.stop()
  })

  it('runs a write the transaction owner makes without its id on the open transaction, and keeps other writers waiting until it ends', async () => {
    const { db } = app.payload
    const countTopics = async (slug: string): Promise<number> =>
      (await app.payload.count({ collection: slugs.topics, where: { slug: { equals: slug } } }))
        .totalDocs
    let openGate = (): void => undefined
    const gate = new Promise<void>((resolve) => {
      openGate = resolve
    })
    // Another request: its async context exists before the transaction below is opened.
    let otherFinishedAt = 0
    const other = (async () => {
      await gate
      await db.create({
        collection: slugs.topics,
        data: { name: 'Người khác', slug: 'queue-other' },
      })
      otherFinishedAt = Date.now()
    })()

    const owner = await runInOwnContext(async () => {
      const transactionID = await db.beginTransaction()
      expect(transactionID).not.toBeNull()
      await db.create({
        collection: slugs.topics,
        data: { name: 'Trong giao dịch', slug: 'queue-inside' },
        req: { transactionID } as never,
      })
      openGate()
      // Without the transaction id, as Payload's forgot-password does: runs at once, on the
      // transaction's connection (no SQLITE_BUSY, no wait behind its own transaction).
      await db.create({
        collection: slugs.topics,
        data: { name: 'Không có mã giao dịch', slug: 'queue-stray' },
      })
      // A transaction begun again from the owning context joins the open one.
      expect(await db.beginTransaction()).toBeNull()
      await new Promise((resolve) => setTimeout(resolve, 200))
      const rolledBackAt = Date.now()
      await db.rollbackTransaction(transactionID!)
      return { rolledBackAt }
    })
    await other

    expect(otherFinishedAt).toBeGreaterThanOrEqual(owner.rolledBackAt)
    expect(await countTopics('queue-inside')).toBe(0)
    expect(await countTopics('queue-stray')).toBe(0)
    expect(await countTopics('queue-other')).toBe(1)
    await app.payload.delete({
      collection: slugs.topics,
      where: { slug: { equals: 'queue-other' } },
    })
  })

  it('wakes a long poll when the writer commits, not when it hints from inside its transaction', async () => {
    const { db } = app.payload
    const notifier = changeNotifierFor({ payload: app.payload })
    const head = await changeLogHead({ payload: app.payload })
    let wokeAt = 0
    const waiting = notifier.waitForChange({ head, timeoutMs: 10_000 }).then((changed) => {
      wokeAt = Date.now()
      return changed
    })
    const written = await runInOwnContext(async () => {
      const transactionID = await db.beginTransaction()
      const entry = (await db.create({
        collection: internalSlugs.syncEvents,
        data: {
          kind: 'upsert',
          itemCollection: slugs.articles,
          itemId: 'queue-notifier',
          locale: 'vi',
          uri: 'urn:test:queue-notifier',
          version: 1,
          ninjs: { uri: 'urn:test:queue-notifier', version: '1' },
        },
        req: { transactionID } as never,
      })) as { id: number }
      // As the change log does: the hint comes before the commit, and its timers inherit this
      // context (and so this transaction).
      notifier.hint()
      await new Promise((resolve) => setTimeout(resolve, 300))
      const committedAt = Date.now()
      await db.commitTransaction(transactionID!)
      return { committedAt, id: entry.id }
    })

    expect(await waiting).toBe(true)
    expect(wokeAt).toBeGreaterThanOrEqual(written.committedAt)
    await db.deleteOne({
      collection: internalSlugs.syncEvents,
      where: { id: { equals: written.id } },
    })
  })
})

/** Runs `work` in an async context of its own, as a separate request would. */
function runInOwnContext<T>(work: () => Promise<T>): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    setImmediate(() => {
      work().then(resolve, reject)
    })
  })
}
