import fs from 'node:fs/promises'
import path from 'node:path'

import JSZip from 'jszip'
import type { PayloadRequest } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { slugs } from '../../collections/slugs'
import { addToBasket } from '../../src/library/basket/basketItems'
import type { DownloadVariant } from '../../src/media/download/entitlements'
import { readEmbeddedTags } from '../../src/media/metadata/exiftool'
import { createAgency, signInJournalist, signInStaffPerRole } from '../helpers/accounts'
import { plainJpeg } from '../helpers/mediaFixtures'
import { startPayload, type TestApp } from '../helpers/startPayload'
import { uploadAccepted } from '../helpers/uploads'

type Doc = { id: number; filename: string }

const CREDIT = 'Báo và Phát thanh, Truyền hình Đồng Nai'

/**
 * The basket's ZIP: only what the journalist may see and take, credits written into every
 * image and listed in credits.txt in the reader's language, the terms accepted once, every file
 * in "my downloads", a size cap said before anything is sent, and the archive streamed.
 */
describe('basket download', () => {
  let app: TestApp
  let agencyId: number
  let adminToken: string
  const journalists: Record<'accredited' | 'pending', { id: number; token: string }> = {
    accredited: { id: 0, token: '' },
    pending: { id: 0, token: '' },
  }
  let uploads = 0

  async function upload({
    accessTier,
    width = 800,
    height = 600,
  }: {
    accessTier: 'public' | 'press'
    width?: number
    height?: number
  }): Promise<Doc> {
    uploads += 1
    return uploadAccepted<Doc>({
      app,
      token: adminToken,
      name: `cau-dong-nai-${uploads}.jpg`,
      type: 'image/jpeg',
      bytes: await plainJpeg({ width, height }),
      data: {
        agency: agencyId,
        kind: 'image',
        accessTier,
        credit: CREDIT,
        creator: 'Nguyễn Văn An',
        usageTerms: 'Editorial use only',
        headline: `Cầu Đồng Nai ${uploads}`,
        _status: 'published',
      },
    })
  }

  /** The journalist as the Local API takes a signed-in user. */
  async function userOf(who: keyof typeof journalists): Promise<PayloadRequest['user']> {
    const doc = await app.payload.findByID({
      collection: slugs.journalists,
      id: journalists[who].id,
      depth: 0,
    })
    return { ...doc, collection: slugs.journalists } as PayloadRequest['user']
  }

  async function add(who: keyof typeof journalists, item: Doc, variant: DownloadVariant) {
    return addToBasket({
      payload: app.payload,
      user: await userOf(who),
      mediaId: String(item.id),
      variant,
      maxItems: 100,
    })
  }

  async function emptyBaskets(): Promise<void> {
    await app.payload.delete({ collection: slugs.basketItems, where: { id: { exists: true } } })
    await app.payload.delete({ collection: slugs.mediaDownloads, where: { id: { exists: true } } })
  }

  function download(
    who: keyof typeof journalists | null,
    query = 'terms=accepted&use=news&locale=ja',
  ): Promise<Response> {
    return app.rest.request('GET', `/library/basket/download?${query}`, {
      token: who ? journalists[who].token : undefined,
    })
  }

  async function unzip(response: Response): Promise<JSZip> {
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('application/zip')
    return JSZip.loadAsync(Buffer.from(await response.arrayBuffer()))
  }

  beforeAll(async () => {
    app = await startPayload({ env: { BASKET_MAX_MB: '3' } })
    agencyId = await createAgency({ app, name: 'Báo Đồng Nai', code: 'bao-dong-nai' })
    const staff = await signInStaffPerRole({ app, roles: ['admin'], agency: agencyId })
    adminToken = staff.tokens.admin
    journalists.accredited = await signInJournalist({ app, email: 'nikkei@ttdn.test' })
    journalists.pending = await signInJournalist({
      app,
      email: 'freelance@ttdn.test',
      data: {
        accreditationStatus: 'pending',
        accreditationExpiresAt: null,
        preferredLanguage: 'en',
      },
    })
  })

  afterAll(async () => {
    await app?.stop()
  })

  it('answers an anonymous request 401 and a journalist who has not accepted the terms 403', async () => {
    expect((await download(null)).status).toBe(401)
    expect((await download('accredited', 'locale=ja&use=news')).status).toBe(403)
  })

  it('zips an accredited journalist’s photos of both tiers with their credits written in, credits.txt in Japanese and each file in "my downloads"', async () => {
    const open = await upload({ accessTier: 'public' })
    const press = await upload({ accessTier: 'press' })
    expect(await add('accredited', open, 'web')).toBe('added')
    expect(await add('accredited', open, 'web')).toBe('present')
    expect(await add('accredited', open, 'original')).toBe('added')
    expect(await add('accredited', press, 'original')).toBe('added')

    const zip = await unzip(await download('accredited'))
    const names = Object.keys(zip.files).sort()
    expect(names).toEqual(
      ['cau-dong-nai-1-web.jpg', 'cau-dong-nai-1.jpg', 'cau-dong-nai-2.jpg', 'credits.txt'].sort(),
    )
    const dir = path.join(app.dir, 'unzipped')
    await fs.mkdir(dir, { recursive: true })
    for (const name of names.filter((entry) => entry.endsWith('.jpg'))) {
      const filePath = path.join(dir, name)
      await fs.writeFile(filePath, await zip.file(name)!.async('nodebuffer'))
      const tags = await readEmbeddedTags({ filePath })
      expect(tags['XMP-photoshop:Credit']).toBe(CREDIT)
      expect(tags['XMP-dc:Creator']).toBe('Nguyễn Văn An')
      expect(String(tags['IPTC:Credit']).length).toBeGreaterThan(0)
    }
    const credits = await zip.file('credits.txt')!.async('string')
    expect(credits).toContain('クレジットと利用条件')
    expect(credits).toContain(`クレジット: ${CREDIT}`)
    expect(credits).toContain('利用条件: Editorial use only')
    expect(credits).toContain(`/ja/media/${press.id}`)

    const { docs: history } = await app.payload.find({
      collection: slugs.mediaDownloads,
      where: { journalist: { equals: journalists.accredited.id } },
      sort: 'id',
      depth: 0,
    })
    expect(
      history.map(({ media, variant, termsAccepted, intendedUse, locale }) => ({
        media,
        variant,
        termsAccepted,
        intendedUse,
        locale,
      })),
    ).toEqual([
      { media: open.id, variant: 'web', termsAccepted: true, intendedUse: 'news', locale: 'ja' },
      {
        media: open.id,
        variant: 'original',
        termsAccepted: true,
        intendedUse: 'news',
        locale: 'ja',
      },
      {
        media: press.id,
        variant: 'original',
        termsAccepted: true,
        intendedUse: 'news',
        locale: 'ja',
      },
    ])
    await emptyBaskets()
  })

  it('leaves press sizes and press items out of a non-accredited journalist’s ZIP and says why in credits.txt', async () => {
    const open = await upload({ accessTier: 'public' })
    const press = await upload({ accessTier: 'press' })
    expect(await add('pending', open, 'original')).toBe('notEntitled')
    expect(await add('pending', press, 'web')).toBe('notFound')
    expect(await add('pending', open, 'web')).toBe('added')
    // Lines added while the accreditation held, which has since ended.
    for (const [media, variant] of [
      [open.id, 'large'],
      [press.id, 'web'],
    ] as const) {
      await app.payload.create({
        collection: slugs.basketItems,
        data: { journalist: journalists.pending.id, media, variant },
        overrideAccess: true,
      })
    }

    const zip = await unzip(await download('pending', 'terms=accepted&use=online&locale=en'))
    expect(Object.keys(zip.files).sort()).toEqual([
      `cau-dong-nai-${uploads - 1}-web.jpg`,
      'credits.txt',
    ])
    const credits = await zip.file('credits.txt')!.async('string')
    expect(credits).toContain('Credits and usage terms')
    expect(credits).toContain('Not included: this size is for accredited journalists.')
    expect(credits).toContain('Not included: this item or size is not available.')
    expect(credits).not.toContain(`Cầu Đồng Nai ${uploads}`)
    const { docs: history } = await app.payload.find({
      collection: slugs.mediaDownloads,
      where: { journalist: { equals: journalists.pending.id } },
      depth: 0,
    })
    expect(history.map(({ media, variant }) => ({ media, variant }))).toEqual([
      { media: open.id, variant: 'web' },
    ])
    await emptyBaskets()
  })

  it('refuses a basket over BASKET_MAX_MB with 413 and a message in the reader’s language, before sending anything', async () => {
    const big = await upload({ accessTier: 'public', width: 2600, height: 2000 })
    const other = await upload({ accessTier: 'public', width: 1600, height: 1200 })
    await add('accredited', big, 'original')
    await add('accredited', other, 'original')
    const response = await app.rest.request(
      'GET',
      '/library/basket/download?terms=accepted&use=news&locale=fr',
      { token: journalists.accredited.token, headers: { 'Accept-Language': 'fr' } },
    )
    expect(response.status).toBe(413)
    const body = (await response.json()) as { errors: Array<{ message: string }> }
    expect(body.errors[0]!.message).toMatch(
      /^Le panier contient .+ de fichiers, plus que les .+ qu’un téléchargement peut porter/,
    )
    const { totalDocs } = await app.payload.count({ collection: slugs.mediaDownloads })
    expect(totalDocs).toBe(0)
    await emptyBaskets()
  })

  it('streams the ZIP: its first bytes arrive before the last file has been read', async () => {
    const items: Doc[] = []
    for (let index = 0; index < 8; index += 1) items.push(await upload({ accessTier: 'public' }))
    for (const item of items) await add('accredited', item, 'web')
    const response = await download('accredited')
    expect(response.status).toBe(200)
    const reader = response.body!.getReader()
    const first = await reader.read()
    expect(first.value?.byteLength).toBeGreaterThan(0)
    // The reader stops reading: the archive waits for it instead of running ahead.
    await new Promise((resolve) => setTimeout(resolve, 500))
    const recordedEarly = await app.payload.count({ collection: slugs.mediaDownloads })
    expect(recordedEarly.totalDocs).toBeLessThan(items.length)
    let bytes = first.value!.byteLength
    for (let part = await reader.read(); !part.done; part = await reader.read()) {
      bytes += part.value.byteLength
    }
    expect(bytes).toBeGreaterThan(items.length * 10_000)
    const recorded = await app.payload.count({ collection: slugs.mediaDownloads })
    expect(recorded.totalDocs).toBe(items.length)
    await emptyBaskets()
  })

  it('stops reading files and recording downloads when the client leaves mid-ZIP', async () => {
    const items: Doc[] = []
    for (let index = 0; index < 6; index += 1) items.push(await upload({ accessTier: 'public' }))
    for (const item of items) await add('accredited', item, 'original')
    const response = await download('accredited')
    const reader = response.body!.getReader()
    expect((await reader.read()).done).toBe(false)
    await reader.cancel()
    await new Promise((resolve) => setTimeout(resolve, 500))
    const afterLeaving = await app.payload.count({ collection: slugs.mediaDownloads })
    await new Promise((resolve) => setTimeout(resolve, 1000))
    const later = await app.payload.count({ collection: slugs.mediaDownloads })
    expect(afterLeaving.totalDocs).toBeLessThan(items.length)
    expect(later.totalDocs).toBe(afterLeaving.totalDocs)
    await emptyBaskets()
  })
})
