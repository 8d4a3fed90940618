import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'

import JSZip from 'jszip'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { docxZipBomb } from '../../tests/helpers/zipBomb'
import { extractZipEntry, findZipEntry, openZipBatch, ZipEntryTooLargeError } from './zipBatch'

const LIMIT = 1024 * 1024

describe('a batch ZIP', () => {
  let dir: string

  beforeAll(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), 'ttdn-zip-batch-'))
  })

  afterAll(async () => {
    await fs.rm(dir, { recursive: true, force: true })
  })

  async function zipFile(name: string, data: Buffer): Promise<string> {
    const filePath = path.join(dir, name)
    await fs.writeFile(filePath, data)
    return filePath
  }

  it('finds its sheet and its files, leaving out folders and macOS shadows', async () => {
    const zip = new JSZip()
    zip.file('lo/bang.csv', 'externalId\n1\n')
    zip.file('lo/anh/mot.jpg', 'x')
    zip.file('__MACOSX/lo/._mot.jpg', 'x')
    zip.file('lo/.DS_Store', 'x')
    const batch = await openZipBatch({
      zipPath: await zipFile('lo.zip', await zip.generateAsync({ type: 'nodebuffer' })),
    })
    expect(batch.sheet).toEqual({ name: 'lo/bang.csv', format: 'csv' })
    expect(batch.files.map((file) => file.name)).toEqual(['lo/anh/mot.jpg'])
    expect(findZipEntry({ batch, file: 'mot.jpg' })?.name).toBe('lo/anh/mot.jpg')
  })

  async function bombEntry({ declaredBytes }: { declaredBytes?: number }) {
    const bomb = await docxZipBomb({ inflatedBytes: LIMIT * 8, declaredBytes })
    const batch = await openZipBatch({ zipPath: await zipFile(`bomb-${declaredBytes}.zip`, bomb) })
    const entry = batch.files.find((file) => file.name === 'word/document.xml')!
    return { batch, entry, filePath: path.join(dir, `out-${declaredBytes}`), limitBytes: LIMIT }
  }

  it('refuses an entry that declares more than the limit before inflating a byte', async () => {
    const args = await bombEntry({})
    await expect(extractZipEntry(args)).rejects.toBeInstanceOf(ZipEntryTooLargeError)
    await expect(fs.access(args.filePath)).rejects.toThrow()
  })

  it('cuts off an entry that lies about its size once it inflates past the limit', async () => {
    const args = await bombEntry({ declaredBytes: 100 })
    await expect(extractZipEntry(args)).rejects.toBeInstanceOf(ZipEntryTooLargeError)
    expect((await fs.stat(args.filePath)).size).toBeLessThanOrEqual(LIMIT)
  })
})
