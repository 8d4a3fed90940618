import path from 'node:path'

import { createClient } from '@libsql/client'
import Database from 'libsql'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import { slugs } from '../../collections/slugs'
import { openDatabaseFiles } from '../helpers/openDatabaseFiles'
import { useScratchFolder } from '../helpers/scratchFolder'
import { startPayload, type TestApp } from '../helpers/startPayload'

// A batch import of 2,000 rows grew the server past 20 GB (issue 19), outside the JavaScript
// heap: libsql handed its connection to each transaction and never closed it (a SQLite
// connection with its file handles, page cache and parsed schema kept per save), and prepared a
// new statement for every execution, freed only when V8 happened to collect its small wrapper.
// patches/@libsql+client+0.14.0.patch gives an ended transaction's connection back to the
// client and runs the same SQL again on the same statement.
const isLinux = openDatabaseFiles({ dir: '/' }) !== null

describe('SQLite connections', () => {
  const scratch = useScratchFolder({ prefix: 'sqlite-connections' })

  it.skipIf(!isLinux)(
    'reuses the connection of an ended transaction instead of opening one per transaction',
    async () => {
      const client = createClient({ url: `file:${path.join(scratch(), 'reuse.db')}` })
      await client.execute('CREATE TABLE t (n INTEGER)')
      const transactions = async (count: number, end: 'commit' | 'rollback') => {
        for (let n = 0; n < count; n += 1) {
          const transaction = await client.transaction('write')
          await transaction.execute({ sql: 'INSERT INTO t VALUES (?)', args: [n] })
          await transaction[end]()
          // A transaction that has ended stays closed, even once its connection serves another.
          expect(transaction.closed).toBe(true)
          await client.execute('SELECT count(*) FROM t')
        }
      }
      await transactions(3, 'commit')
      const afterFew = openDatabaseFiles({ dir: scratch() })
      await transactions(30, 'commit')
      await transactions(30, 'rollback')
      expect(openDatabaseFiles({ dir: scratch() })).toBe(afterFew)
      expect((await client.execute('SELECT count(*) AS n FROM t')).rows[0]?.n).toBe(33)
      client.close()
    },
  )

  it('refuses a statement on a transaction that has ended', async () => {
    const client = createClient({ url: `file:${path.join(scratch(), 'ended.db')}` })
    await client.execute('CREATE TABLE t (n INTEGER)')
    const ended = await client.transaction('write')
    await ended.commit()
    const next = await client.transaction('write')
    await expect(ended.execute('INSERT INTO t VALUES (1)')).rejects.toThrow(/closed/i)
    await next.execute('INSERT INTO t VALUES (2)')
    await next.rollback()
    expect((await client.execute('SELECT count(*) AS n FROM t')).rows[0]?.n).toBe(0)
    client.close()
  })

  it('prepares a statement once and runs the same SQL again on it', async () => {
    const prepare = vi.spyOn(Database.prototype, 'prepare')
    try {
      const client = createClient({ url: `file:${path.join(scratch(), 'statements.db')}` })
      await client.execute('CREATE TABLE t (n INTEGER UNIQUE)')
      prepare.mockClear()
      for (let n = 0; n < 40; n += 1) {
        await client.execute({ sql: 'INSERT INTO t VALUES (?)', args: [n] })
        await client.execute({ sql: 'SELECT n FROM t WHERE n = ?', args: [n] })
      }
      // A statement that failed runs again.
      await expect(client.execute({ sql: 'INSERT INTO t VALUES (?)', args: [0] })).rejects.toThrow(
        /UNIQUE/,
      )
      await client.execute({ sql: 'INSERT INTO t VALUES (?)', args: [40] })
      expect(prepare).toHaveBeenCalledTimes(2)
      expect((await client.execute('SELECT count(*) AS n FROM t')).rows[0]?.n).toBe(41)
      client.close()
    } finally {
      prepare.mockRestore()
    }
  })

  describe('in the app', () => {
    let app: TestApp

    beforeAll(async () => {
      app = await startPayload()
    })

    afterAll(async () => {
      await app?.stop()
    })

    it.skipIf(!isLinux)(
      'holds as many SQLite connections after sixty saves as after three',
      async () => {
        const save = async (count: number, from: number) => {
          for (let n = from; n < from + count; n += 1)
            await app.payload.create({
              collection: slugs.topics,
              data: { name: `Chủ đề ${n}`, slug: `connections-${n}` },
            })
        }
        await save(3, 0)
        const afterFew = openDatabaseFiles({ dir: app.dir })
        await save(60, 3)
        expect(openDatabaseFiles({ dir: app.dir })).toBe(afterFew)
      },
    )

    // Payload names the alias of each joined table with a random UUID, so a filter on a
    // relationship used to be new SQL on every run: a statement prepared, and left to the
    // garbage collector, per query (a third of the import's memory growth).
    it('prepares a query that joins a relationship table once, however often it runs', async () => {
      const topic = await app.payload.create({
        collection: slugs.topics,
        data: { name: 'Chủ đề nối', slug: 'join-alias' },
      })
      const agency = await app.payload.create({
        collection: slugs.agencies,
        data: { name: 'Sở Ngoại vụ', code: 'so-ngoai-vu', kind: 'provincial-department' },
      })
      const article = await app.payload.create({
        collection: slugs.articles,
        data: {
          title: 'Bài có chủ đề',
          infoType: 'official',
          accessTier: 'public',
          classification: 'unclassified',
          topics: [topic.id],
          agency: agency.id,
        } as never,
        draft: true,
      })
      const byTopic = () =>
        app.payload.find({
          collection: slugs.articles,
          where: { topics: { in: [topic.id] } },
          draft: true,
          depth: 0,
        })
      expect((await byTopic()).docs.map((doc) => doc.id)).toEqual([article.id])
      const prepare = vi.spyOn(Database.prototype, 'prepare')
      try {
        for (let n = 0; n < 20; n += 1)
          expect((await byTopic()).docs.map((doc) => doc.id)).toEqual([article.id])
        expect(prepare).not.toHaveBeenCalled()
      } finally {
        prepare.mockRestore()
      }
    })
  })
})
