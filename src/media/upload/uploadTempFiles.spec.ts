import { mkdir, readFile, readdir, stat, utimes, writeFile } from 'node:fs/promises'
import path from 'node:path'

import type { PayloadRequest } from 'payload'
import { describe, expect, it } from 'vitest'

import { hookRequest } from '../../../tests/helpers/hookRequest'
import { useScratchFolder } from '../../../tests/helpers/scratchFolder'
import {
  noteUploadTempFile,
  removeUploadTempFile,
  removeUploadedTempFiles,
  sweepUploadTempFiles,
  uploadTempDir,
  uploadTempFilePathOf,
  withUploadOnDisk,
} from './uploadTempFiles'

/**
 * The temp-file steps an upload's hooks take, called as Payload calls them with a stand-in
 * request. That no upload leaves a file behind, stored, refused or failed, is checked end to end
 * by the integration suites (mediaPipeline, mediaVideoDocuments, classificationGuard, and the
 * storage contract of localStorage and s3Storage).
 */

const scratch = useScratchFolder({ prefix: 'upload-temp' })

async function tempFile({ name }: { name: string }): Promise<string> {
  const filePath = path.join(scratch(), name)
  await writeFile(filePath, 'bytes')
  return filePath
}

function uploaded({
  tempFilePath,
  data = Buffer.alloc(0),
}: {
  tempFilePath?: string
  data?: Buffer
}): NonNullable<PayloadRequest['file']> {
  return { name: 'anh.jpg', data, mimetype: 'image/jpeg', size: data.byteLength, tempFilePath }
}

async function exists({ filePath }: { filePath: string }): Promise<boolean> {
  return stat(filePath).then(
    () => true,
    (error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') return false
      throw error
    },
  )
}

describe('noteUploadTempFile and removeUploadTempFile', () => {
  async function runOperation({
    req,
    operation,
    replacePath,
  }: {
    req: PayloadRequest
    operation: 'create' | 'updateByID' | 'findByID'
    replacePath: boolean
  }): Promise<void> {
    const context = req.context
    await noteUploadTempFile({
      args: { req } as never,
      collection: {} as never,
      context,
      operation: operation === 'findByID' ? 'read' : 'create',
      req,
    })
    // What a cloud storage adapter does during the operation.
    if (replacePath && req.file) req.file.tempFilePath = path.join(scratch(), 'elsewhere')
    await removeUploadTempFile({
      args: { req } as never,
      collection: {} as never,
      operation: operation as never,
      req,
      result: {} as never,
    })
  }

  it.each([
    { operation: 'create', replacePath: true, isRemoved: true },
    { operation: 'updateByID', replacePath: false, isRemoved: false },
    { operation: 'findByID', replacePath: true, isRemoved: false },
  ] as const)(
    'after $operation (path replaced by the storage: $replacePath), removes the noted temp file: $isRemoved',
    async ({ operation, replacePath, isRemoved }) => {
      // Payload removes the path it still knows itself; reads leave the upload alone.
      const filePath = await tempFile({ name: `${operation}-${replacePath}` })
      const req = hookRequest({
        file: uploaded({ tempFilePath: filePath }),
        tempFileDir: scratch(),
      })
      await runOperation({ req, operation, replacePath })
      expect(await exists({ filePath })).toBe(!isRemoved)
    },
  )
})

describe('removeUploadedTempFiles', () => {
  it('leaves client uploads, which Payload tracks itself', async () => {
    const filePath = await tempFile({ name: 'client-upload' })
    const file = { ...uploaded({ tempFilePath: filePath }), clientUploadContext: {} }
    await removeUploadedTempFiles({ req: hookRequest({ file, tempFileDir: scratch() }) })
    expect(await exists({ filePath })).toBe(true)
    expect(file.tempFilePath).toBe(filePath)
  })
})

describe('uploadTempFilePathOf', () => {
  it('is the temp file when the bytes are on disk, and null when they are in memory', () => {
    expect(uploadTempFilePathOf({ file: uploaded({ tempFilePath: '/tmp/x' }) })).toBe('/tmp/x')
    expect(uploadTempFilePathOf({ file: uploaded({ data: Buffer.from('jpeg') }) })).toBeNull()
    expect(
      uploadTempFilePathOf({
        file: uploaded({ tempFilePath: '/tmp/x', data: Buffer.from('jpeg') }),
      }),
    ).toBeNull()
  })
})

describe('withUploadOnDisk', () => {
  it('works on the temp file of an upload on disk and leaves it', async () => {
    const filePath = await tempFile({ name: 'on-disk' })
    const seen = await withUploadOnDisk({
      req: hookRequest({ tempFileDir: scratch() }),
      file: uploaded({ tempFilePath: filePath }),
      work: (onDisk) => Promise.resolve(onDisk),
    })
    expect(seen).toEqual({ filePath, isWorkFile: false })
    expect(await exists({ filePath })).toBe(true)
  })

  it('puts an upload held in memory in a work file and removes it, even when the work fails', async () => {
    const before = await readdir(scratch())
    const req = hookRequest({ tempFileDir: scratch() })
    const seen = await withUploadOnDisk({
      req,
      file: uploaded({ data: Buffer.from('jpeg bytes') }),
      work: async ({ filePath, isWorkFile }) => ({
        isWorkFile,
        isInTempFolder: path.dirname(filePath) === scratch(),
        bytes: (await readFile(filePath)).toString(),
      }),
    })
    expect(seen).toEqual({ isWorkFile: true, isInTempFolder: true, bytes: 'jpeg bytes' })
    await expect(
      withUploadOnDisk({
        req,
        file: uploaded({ data: Buffer.from('jpeg bytes') }),
        work: () => Promise.reject(new Error('refused')),
      }),
    ).rejects.toThrow('refused')
    expect(await readdir(scratch())).toEqual(before)
  })
})

describe('sweepUploadTempFiles', () => {
  it('removes what was last written before the start and leaves what is being written now', async () => {
    const dataDir = path.join(scratch(), 'sweep')
    const folder = uploadTempDir({ env: { dataDir } })
    const startedAt = new Date(Date.now() - 1000)
    await mkdir(path.join(folder, 'nested'), { recursive: true })
    const left = path.join(folder, 'tmp-1-1796407829130')
    await writeFile(left, 'half an upload')
    await writeFile(path.join(folder, 'tmp-2-1796407829999'), 'an upload still arriving')
    const before = new Date(startedAt.getTime() - 60_000)
    await utimes(left, before, before)
    await utimes(path.join(folder, 'nested'), before, before)

    expect(await sweepUploadTempFiles({ env: { dataDir }, startedAt })).toEqual([
      'nested',
      'tmp-1-1796407829130',
    ])
    expect(await readdir(folder)).toEqual(['tmp-2-1796407829999'])
  })

  it('finds nothing to remove where no upload was ever received', async () => {
    const dataDir = path.join(scratch(), 'never-used')
    expect(await sweepUploadTempFiles({ env: { dataDir } })).toEqual([])
  })
})
