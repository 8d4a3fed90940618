import { createHash } from 'node:crypto'
import fs from 'node:fs/promises'
import path from 'node:path'
import { Readable } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import { createGzip } from 'node:zlib'

import tar from 'tar-stream'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import { slugs } from '../../collections/slugs'
import { readArchive } from '../../src/backup/archiveReader'
import { createBackup, filesUnder } from '../../src/backup/createBackup'
import { ArchiveDecryptionError } from '../../src/backup/encryption'
import { ArchiveKeyMissingError } from '../../src/backup/archiveReader'
import {
  ArchiveVerificationError,
  extractArchive,
  RestoreTargetNotEmptyError,
  verifyArchive,
  type RestoreTarget,
} from '../../src/backup/restoreBackup'
import { getEnv, type Env } from '../../src/env'
import { SEARCH_QUEUE } from '../../src/search/sync/searchTasks'
import { createAgency, signInStaff } from '../helpers/accounts'
import { createPublishedArticle } from '../helpers/content'
import { plainJpeg } from '../helpers/mediaFixtures'
import { useScratchFolder } from '../helpers/scratchFolder'
import { startPayload, type TestApp } from '../helpers/startPayload'
import { uploadAccepted } from '../helpers/uploads'

const KEY = 'mot-khoa-ma-hoa-ban-sao-luu-du-dai-32-ky-tu'
const SEARCHED_WORD = 'Hoaanbridge'

describe('backup and restore', () => {
  const scratch = useScratchFolder({ prefix: 'backup' })
  let source: TestApp
  let restored: TestApp | undefined
  const seededIds: number[] = []

  /** The restore target of the layout startPayload uses, under `dir`. */
  const targetIn = (dir: string): RestoreTarget => ({
    databaseFile: path.join(dir, 'ttdn.db'),
    mediaDir: path.join(dir, 'media'),
    dataDir: path.join(dir, 'data'),
  })

  const backup = async (name: string, env: Env = getEnv()) =>
    createBackup({ payload: source.payload, env, out: path.join(scratch(), name) })

  beforeAll(async () => {
    source = await startPayload()
    const agency = await createAgency({ app: source, name: 'Báo Đồng Nai', code: 'bao-dong-nai' })
    const admin = await signInStaff({
      app: source,
      email: 'sao-luu@ttdn.test',
      roles: ['admin'],
      agency,
    })
    for (const index of [1, 2, 3]) {
      const article = await createPublishedArticle({
        app: source,
        agency,
        title: `Cầu Hóa An ${SEARCHED_WORD} số ${index}`,
      })
      for (const [locale, title] of [
        ['en', `Hoa An bridge ${SEARCHED_WORD} no. ${index}`],
        ['fr', `Pont Hoa An ${SEARCHED_WORD} n° ${index}`],
      ] as const) {
        await source.payload.update({
          collection: slugs.articles,
          id: article.id,
          locale,
          data: { title },
        })
      }
      seededIds.push(article.id)
    }
    for (const index of [1, 2]) {
      const jpeg = await plainJpeg({ width: 400 + index, height: 300 })
      await uploadAccepted({
        app: source,
        token: admin.token,
        name: `cau-hoa-an-${index}.jpg`,
        bytes: new Blob([new Uint8Array(jpeg)], { type: 'image/jpeg' }),
        data: { agency, accessTier: 'public', _status: 'published', kind: 'image' },
      })
    }
  })

  afterAll(async () => {
    await restored?.stop()
    await source?.stop()
  })

  it('refuses to restore into a folder that holds a database or media files, writing nothing', async () => {
    const { path: archive } = await backup('refusal.tar.gz')
    const verified = await verifyArchive({ archive, passphrase: null })
    const target = targetIn(path.join(scratch(), 'occupied'))
    await fs.mkdir(path.join(target.mediaDir, 'media'), { recursive: true })
    await fs.writeFile(path.join(target.mediaDir, 'media', 'old.jpg'), 'old')
    const refusal = extractArchive({
      archive,
      passphrase: null,
      verified,
      target,
      mongoDumpFile: null,
      force: false,
    })
    await expect(refusal).rejects.toBeInstanceOf(RestoreTargetNotEmptyError)
    expect(await filesUnder({ folder: path.dirname(target.mediaDir) })).toEqual([
      'media/media/old.jpg',
    ])

    const forced = await extractArchive({
      archive,
      passphrase: null,
      verified,
      target,
      mongoDumpFile: null,
      force: true,
    })
    expect(forced.files).toBe(
      verified.manifest.files.filter((file) => !file.path.endsWith('.json')).length,
    )
    expect(await filesUnder({ folder: target.mediaDir })).not.toContain('media/old.jpg')
  })

  it('detects a changed byte in an archive before writing anything', async () => {
    const { path: archive } = await backup('tampered-source.tar.gz')
    // The same archive with one byte of a media file changed and the manifest left as it was.
    const tampered = path.join(scratch(), 'tampered.tar.gz')
    const pack = tar.pack()
    const writing = pipeline(
      Readable.from(pack as AsyncIterable<Buffer>),
      createGzip(),
      (await fs.open(tampered, 'w')).createWriteStream(),
    )
    let isChanged = false
    await readArchive({
      filePath: archive,
      passphrase: null,
      onEntry: async ({ name, content }) => {
        const chunks: Buffer[] = []
        for await (const chunk of content) chunks.push(chunk as Buffer)
        const bytes = Buffer.concat(chunks)
        if (!isChanged && name.startsWith('media/')) {
          bytes[bytes.length >> 1]! ^= 0xff
          isChanged = true
        }
        await new Promise<void>((resolve, reject) =>
          pack.entry({ name, size: bytes.length }, bytes, (error) =>
            error ? reject(error) : resolve(),
          ),
        )
      },
    })
    pack.finalize()
    await writing
    expect(isChanged).toBe(true)

    const refusal = verifyArchive({ archive: tampered, passphrase: null })
    await expect(refusal).rejects.toBeInstanceOf(ArchiveVerificationError)
    await expect(refusal).rejects.toThrow(/checksum mismatch/)
    // A byte changed in the compressed file itself fails as well.
    const flipped = path.join(scratch(), 'flipped.tar.gz')
    const raw = await fs.readFile(archive)
    raw[raw.length >> 1]! ^= 0xff
    await fs.writeFile(flipped, raw)
    await expect(verifyArchive({ archive: flipped, passphrase: null })).rejects.toThrow()
  })

  it('encrypts the archive with BACKUP_ENCRYPTION_KEY and refuses a wrong or missing key', async () => {
    const env = getEnv()
    const result = await backup('encrypted.tar.gz.enc', {
      ...env,
      backup: { ...env.backup, encryptionKey: KEY },
    })
    expect(result.manifest.encrypted).toBe(true)
    const head = Buffer.alloc(8)
    const handle = await fs.open(result.path, 'r')
    await handle.read(head, 0, 8, 0)
    await handle.close()
    expect(head.toString()).toBe('TTDNENC1')
    const verified = await verifyArchive({ archive: result.path, passphrase: KEY })
    expect(verified.manifest.counts[slugs.articles]).toBe(seededIds.length)
    await expect(
      verifyArchive({ archive: result.path, passphrase: `${KEY}-sai` }),
    ).rejects.toBeInstanceOf(ArchiveDecryptionError)
    await expect(verifyArchive({ archive: result.path, passphrase: null })).rejects.toBeInstanceOf(
      ArchiveKeyMissingError,
    )
  })

  it('restores a backup taken while an editor saves into a fresh folder, and the app starts on it', async () => {
    const { payload } = source
    // The source's search index, as the jobs runner would have written it.
    await payload.jobs.run({ queue: SEARCH_QUEUE, limit: 100 })
    const agency = (await payload.find({ collection: slugs.agencies, limit: 1 })).docs[0]!.id
    let saves = 0
    let isWriting = true
    const writer = (async () => {
      while (isWriting) {
        await createPublishedArticle({ app: source, agency, title: `Bài đang lưu ${saves}` })
        saves += 1
        // Each save is a request of its own: the local database answers without giving the
        // event loop a turn, so without this the loop would starve every timer and the backup.
        await new Promise((resolve) => setImmediate(resolve))
      }
    })()
    while (saves < 3) await new Promise((resolve) => setTimeout(resolve, 20))
    const savesBefore = saves
    const result = await backup('live.tar.gz')
    const savesDuring = saves - savesBefore
    isWriting = false
    await writer
    // The backup did not stop the editor: saves went on while it ran.
    expect(savesDuring).toBeGreaterThan(0)

    const sourceIds = new Set(
      (
        await payload.find({ collection: slugs.articles, limit: 0, pagination: false, depth: 0 })
      ).docs.map((doc) => doc.id),
    )
    const titles = async (app: TestApp): Promise<Record<string, string[]>> =>
      Object.fromEntries(
        await Promise.all(
          seededIds.map(
            async (id): Promise<[number, string[]]> => [
              id,
              await Promise.all(
                (['vi', 'en', 'fr'] as const).map(
                  async (locale) =>
                    (
                      await app.payload.findByID({
                        collection: slugs.articles,
                        id,
                        locale,
                        depth: 0,
                      })
                    ).title,
                ),
              ),
            ],
          ),
        ),
      )
    const checksums = async (mediaDir: string): Promise<Record<string, string>> =>
      Object.fromEntries(
        await Promise.all(
          (await filesUnder({ folder: mediaDir })).map(
            async (file): Promise<[string, string]> => [
              file,
              createHash('sha256')
                .update(await fs.readFile(path.join(mediaDir, file)))
                .digest('hex'),
            ],
          ),
        ),
      )
    const searchHits = async (app: TestApp) => {
      const response = await app.rest.request('GET', `/library/search?q=${SEARCHED_WORD}&locale=en`)
      expect(response.status).toBe(200)
      const { hits } = (await response.json()) as { hits: Array<{ id: string }> }
      return hits.map((hit) => hit.id).sort()
    }
    const expected = {
      titles: await titles(source),
      files: await checksums(getEnv().mediaDir),
      hits: await searchHits(source),
    }
    expect(expected.hits.length).toBeGreaterThan(0)
    expect(Object.keys(expected.files).length).toBeGreaterThan(1)

    const restoreDir = path.join(scratch(), 'restored')
    const target = targetIn(restoreDir)
    const verified = await verifyArchive({ archive: result.path, passphrase: null })
    await extractArchive({
      archive: result.path,
      passphrase: null,
      verified,
      target,
      mongoDumpFile: null,
      force: false,
    })
    await source.stop()

    // Payload keeps one instance per process, and the environment is read once per module
    // registry: the restored app needs both afresh.
    ;(globalThis as { _payload?: Map<string, unknown> })._payload?.delete('default')
    vi.resetModules()
    restored = await startPayload({ dir: restoreDir })
    const { finishRestore } = await import('../../src/backup/finishRestore')
    const { getEnv: getRestoredEnv } = await import('../../src/env')
    const report = await finishRestore({
      payload: restored.payload,
      env: getRestoredEnv(),
      manifest: verified.manifest,
    })

    for (const [collection, { restored: count, archived }] of Object.entries(report.counts)) {
      if (archived !== null) expect({ collection, count }).toEqual({ collection, count: archived })
    }
    const restoredArticles = report.counts[slugs.articles]!.restored
    expect(restoredArticles).toBeGreaterThanOrEqual(seededIds.length + 3)
    const restoredIds = (
      await restored.payload.find({
        collection: slugs.articles,
        limit: 0,
        pagination: false,
        depth: 0,
      })
    ).docs.map((doc) => doc.id)
    expect(restoredIds.filter((id) => !sourceIds.has(id))).toEqual([])
    expect(await titles(restored)).toEqual(expected.titles)
    expect(await checksums(target.mediaDir)).toEqual(expected.files)
    expect(await searchHits(restored)).toEqual(expected.hits)
    const health = await restored.rest.request('GET', '/health')
    expect(health.status).toBe(200)
  })
})
