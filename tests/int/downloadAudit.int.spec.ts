import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { slugs } from '../../collections/slugs'
import { markPeerAddressStamped, PEER_ADDRESS_HEADER } from '../../src/http/clientAddress'
import { flushDownloadCounts } from '../../src/media/download/downloadCount'
import { DOCX_MIME_TYPE } from '../../src/text/extractText'
import { plainJpeg } from '../helpers/mediaFixtures'
import { createAgency, signInJournalist, signInStaffPerRole } from '../helpers/accounts'
import { startPayload, type TestApp } from '../helpers/startPayload'
import { uploadAccepted } from '../helpers/uploads'
import { docxZipBomb } from '../helpers/zipBomb'

type Doc = Record<string, unknown> & { id: number; filename: string }

/**
 * Downloads are recorded once per requester, file and window whatever range they ask for;
 * the recorded address is the one a trusted proxy vouches for; the renditions route shows
 * display sizes only; anonymous counts are batched; a zip bomb is refused before it inflates.
 */
describe('download records, client addresses and document limits', () => {
  let app: TestApp
  let agencyId: number
  let tokens: Record<string, string>
  let journalistId: number

  let uploads = 0

  /** An item under a name of its own: SQLite reuses a deleted item's id. */
  async function upload({ accessTier }: { accessTier: string }): Promise<Doc> {
    uploads += 1
    return uploadAccepted<Doc>({
      app,
      token: tokens.admin,
      name: `anh-${uploads}.jpg`,
      type: 'image/jpeg',
      bytes: await plainJpeg({ width: 1600, height: 1200 }),
      data: {
        agency: agencyId,
        kind: 'image',
        accessTier,
        credit: 'Báo Đồng Nai',
        _status: 'published',
      },
    })
  }

  async function get(
    path: string,
    { token, headers }: { token?: string; headers?: Record<string, string> } = {},
  ): Promise<Response> {
    const response = await app.rest.request('GET', path, { token, headers })
    await response.arrayBuffer()
    return response
  }

  async function auditOf(item: Doc) {
    const { docs } = await app.payload.find({
      collection: slugs.auditLog,
      where: {
        and: [
          { action: { equals: 'download' } },
          { targetCollection: { equals: slugs.media } },
          { targetId: { equals: String(item.id) } },
          // The stock route names the stored file, the library the uploaded one.
          {
            or: [
              { targetTitle: { equals: item.originalFilename } },
              { targetTitle: { equals: item.filename } },
            ],
          },
        ],
      },
      sort: 'id',
      depth: 0,
    })
    return docs as unknown as Array<{ actorEmail: string | null; ip: string | null }>
  }

  beforeAll(async () => {
    app = await startPayload({ env: { TRUSTED_PROXIES: '127.0.0.1' } })
    agencyId = await createAgency({ app, name: 'Báo Đồng Nai', code: 'bao-dong-nai' })
    const staff = await signInStaffPerRole({ app, roles: ['admin', 'viewer'], agency: agencyId })
    const journalist = await signInJournalist({ app, email: 'phong-vien@ttdn.test' })
    journalistId = journalist.id
    tokens = { ...staff.tokens, journalist: journalist.token }
  })

  afterAll(async () => {
    await app?.stop()
  })

  it('audits a stock-file range written as bytes=00- once, and not again within the window', async () => {
    const item = await upload({ accessTier: 'internal' })
    const url = `/${slugs.media}/file/${item.filename}`
    expect((await get(url, { token: tokens.viewer, headers: { Range: 'bytes=00-' } })).status).toBe(
      206,
    )
    expect((await get(url, { token: tokens.viewer, headers: { Range: 'bytes=5-' } })).status).toBe(
      206,
    )
    expect((await auditOf(item)).map((entry) => entry.actorEmail)).toEqual(['viewer@ttdn.test'])
    await app.payload.delete({ collection: slugs.media, id: item.id })
  })

  it('records a library download that starts at byte 1 in the audit log and in "my downloads", once', async () => {
    const item = await upload({ accessTier: 'press' })
    const url = `/library/media/${item.id}/download?rendition=original&terms=accepted&use=news`
    for (const range of ['bytes=1-', 'bytes=1-', 'bytes=100-']) {
      expect((await get(url, { token: tokens.journalist, headers: { Range: range } })).status).toBe(
        206,
      )
    }
    expect((await auditOf(item)).map((entry) => entry.actorEmail)).toEqual(['phong-vien@ttdn.test'])
    const { docs: history } = await app.payload.find({
      collection: slugs.mediaDownloads,
      where: { and: [{ media: { equals: item.id } }, { journalist: { equals: journalistId } }] },
      depth: 0,
    })
    expect(history).toMatchObject([{ variant: 'original', termsAccepted: true }])
    await app.payload.delete({ collection: slugs.mediaDownloads, id: history[0]!.id })
    await app.payload.delete({ collection: slugs.media, id: item.id })
  })

  it('stores the X-Forwarded-For address only when a trusted proxy wrote it', async () => {
    const item = await upload({ accessTier: 'internal' })
    const url = `/${slugs.media}/file/${item.filename}`
    // Without the listener's stamp nobody vouches for the header: no address, not a forged one.
    await get(url, { token: tokens.viewer, headers: { 'X-Forwarded-For': '203.0.113.66' } })
    markPeerAddressStamped()
    // A client connecting directly (not a trusted proxy) writes its own header: ignored.
    await get(url, {
      token: tokens.admin,
      headers: { [PEER_ADDRESS_HEADER]: '198.51.100.7', 'X-Forwarded-For': '203.0.113.66' },
    })
    const other = await upload({ accessTier: 'internal' })
    // Our reverse proxy on 127.0.0.1 is trusted: the client it names is recorded.
    await get(`/${slugs.media}/file/${other.filename}`, {
      token: tokens.viewer,
      headers: { [PEER_ADDRESS_HEADER]: '127.0.0.1', 'X-Forwarded-For': '203.0.113.66, 127.0.0.1' },
    })
    expect((await auditOf(item)).map((entry) => [entry.actorEmail, entry.ip])).toEqual([
      ['viewer@ttdn.test', null],
      ['admin@ttdn.test', '198.51.100.7'],
    ])
    expect((await auditOf(other)).map((entry) => entry.ip)).toEqual(['203.0.113.66'])
    for (const id of [item.id, other.id]) await app.payload.delete({ collection: slugs.media, id })
  })

  it('serves only thumb and web inline to anyone but staff; large goes through the download', async () => {
    const item = await upload({ accessTier: 'public' })
    const rendition = (name: string) => `/${slugs.media}/${item.id}/renditions/${name}`
    expect((await get(rendition('thumb.jpg'))).status).toBe(200)
    expect((await get(rendition('web.jpg'))).status).toBe(200)
    const refused = await app.rest.request('GET', rendition('large.jpg'), {
      headers: { 'Accept-Language': 'vi' },
    })
    expect(refused.status).toBe(403)
    expect(
      ((await refused.json()) as { errors: Array<{ message: string }> }).errors[0]!.message,
    ).toBe('Phiên bản “large” chỉ có qua nút tải về, kèm điều khoản sử dụng.')
    expect((await get(rendition('large.webp'), { token: tokens.journalist })).status).toBe(403)
    expect((await get(rendition('original.jpg'), { token: tokens.journalist })).status).toBe(400)
    expect((await get(rendition('large.jpg'), { token: tokens.viewer })).status).toBe(200)
    // The press size stays available to the journalist as a download, with its terms.
    expect(
      (
        await get(`/library/media/${item.id}/download?rendition=large&terms=accepted&use=news`, {
          token: tokens.journalist,
        })
      ).status,
    ).toBe(200)
    await flushDownloadCounts({ payload: app.payload })
    await app.payload.delete({ collection: slugs.media, id: item.id })
  })

  it('counts anonymous downloads once per requester and writes them in batches', async () => {
    const item = await upload({ accessTier: 'public' })
    markPeerAddressStamped()
    const db = app.payload.db as unknown as { updateOne: (...args: unknown[]) => unknown }
    const updateOne = db.updateOne
    let countWrites = 0
    db.updateOne = (...args: unknown[]) => {
      const [{ collection, data }] = args as [{ collection: string; data: Record<string, unknown> }]
      if (collection === slugs.media && data && 'downloadCount' in data) countWrites += 1
      return updateOne.apply(db, args)
    }
    try {
      const url = `/library/media/${item.id}/download?rendition=web`
      for (let reader = 1; reader <= 20; reader += 1) {
        // Each reader twice, from a different direct address each (no proxy involved).
        for (let again = 0; again < 2; again += 1) {
          const response = await get(url, {
            headers: { [PEER_ADDRESS_HEADER]: `192.0.2.${reader}` },
          })
          expect(response.status).toBe(200)
        }
      }
      expect(countWrites).toBe(0)
      await flushDownloadCounts({ payload: app.payload })
      expect(countWrites).toBe(1)
    } finally {
      db.updateOne = updateOne
    }
    const stored = await app.payload.findByID({ collection: slugs.media, id: item.id, depth: 0 })
    expect(stored.downloadCount).toBe(20)
    await app.payload.delete({ collection: slugs.media, id: item.id })
  })

  it('refuses a DOCX zip bomb with 413 before it inflates, and stores nothing', async () => {
    const before = await app.payload.count({ collection: slugs.media })
    for (const declaredBytes of [undefined, 4096]) {
      // 300 MB of text from a few hundred kilobytes; the second one lies about its size.
      const bomb = await docxZipBomb({ inflatedBytes: 300 * 1024 * 1024, declaredBytes })
      expect(bomb.length).toBeLessThan(1024 * 1024)
      const form = new FormData()
      form.append(
        'file',
        new Blob([new Uint8Array(bomb)], { type: DOCX_MIME_TYPE }),
        'bao-cao.docx',
      )
      form.append(
        '_payload',
        JSON.stringify({ agency: agencyId, kind: 'document', accessTier: 'public' }),
      )
      const baseline = memoryInUse()
      let peak = baseline
      const sampler = setInterval(() => {
        peak = Math.max(peak, memoryInUse())
      }, 5)
      try {
        const response = await app.rest.request('POST', `/${slugs.media}`, {
          token: tokens.admin,
          body: form,
          headers: { 'Accept-Language': 'en' },
        })
        expect(response.status).toBe(413)
        const body = (await response.json()) as { errors: Array<{ message: string }> }
        expect(body.errors[0]!.message).toContain('unpacks to more than allowed')
      } finally {
        clearInterval(sampler)
      }
      peak = Math.max(peak, memoryInUse())
      // Mammoth would hold the 300 MB part, then its text, then its XML tree.
      expect(peak - baseline).toBeLessThan(150 * 1024 * 1024)
    }
    expect(await app.payload.count({ collection: slugs.media })).toEqual(before)
  })
})

function memoryInUse(): number {
  const { heapUsed, external, arrayBuffers } = process.memoryUsage()
  return heapUsed + external + arrayBuffers
}
