import { rm, stat, writeFile } from 'node:fs/promises'
import path from 'node:path'

import type { PayloadRequest, SanitizedCollectionConfig } from 'payload'
import { describe, expect, it } from 'vitest'

import { hookRequest, refusalOf } from '../../tests/helpers/hookRequest'
import { useScratchFolder } from '../../tests/helpers/scratchFolder'
import { translate } from '../i18n'
import { PDF_MIME_TYPE } from '../text/extractText'
import { refuseClassifiedMaterial } from './classification'

/**
 * The state-secret guard called as Payload calls it, with a stand-in request: the refusal
 * without booting Payload. What Payload does around it (nothing stored, the temp folder empty,
 * each API) is for the integration suite (tests/int/classificationGuard.int.spec.ts).
 */

const scratch = useScratchFolder({ prefix: 'classification' })

const collection = { slug: 'articles' } as unknown as SanitizedCollectionConfig

function fakeRequest(options: Parameters<typeof hookRequest>[0] = {}): PayloadRequest {
  return hookRequest({
    user: { id: 2, collection: 'users', roles: ['contributor'] },
    tempFileDir: scratch(),
    ...options,
  })
}

describe('refuseClassifiedMaterial', () => {
  const run = ({
    data,
    operation = 'create',
    req = fakeRequest(),
  }: {
    data: unknown
    operation?: 'create' | 'update' | 'read'
    req?: PayloadRequest
  }) =>
    refuseClassifiedMaterial({
      args: { data, req } as never,
      collection,
      context: {},
      operation,
      overrideAccess: false,
      req,
    })

  it.each(['mat', 'toi-mat', 'tuyet-mat'])(
    'refuses a %s item with 422 in the requester’s language',
    async (classification) => {
      const error = await refusalOf(() =>
        run({ data: { title: 'Báo cáo', classification }, req: fakeRequest({ language: 'en' }) }),
      )
      expect(error.status).toBe(422)
      expect(error.isPublic).toBe(true)
      expect(error.message).toBe(translate({ locale: 'en', key: 'security.classifiedRefused' }))
      expect(error.data).toEqual({ classification })
    },
  )

  it('refuses a classified update and any value other than unclassified', async () => {
    expect(
      (await refusalOf(() => run({ data: { classification: 'mat' }, operation: 'update' }))).status,
    ).toBe(422)
    const error = await refusalOf(() =>
      run({ data: { classification: 'secret' }, req: fakeRequest({ language: 'ja' }) }),
    )
    expect(error.message).toBe(translate({ locale: 'ja', key: 'security.classifiedRefused' }))
  })

  it('lets unclassified and missing classifications through, and reads alone', async () => {
    const args = await run({ data: { classification: 'unclassified' } })
    expect(args).toMatchObject({ data: { classification: 'unclassified' } })
    await expect(run({ data: { title: 'x' } })).resolves.toBeDefined()
    await expect(
      run({ data: { classification: null }, operation: 'update' }),
    ).resolves.toBeDefined()
    await expect(run({ data: { classification: 'mat' }, operation: 'read' })).resolves.toBeDefined()
  })

  it('removes every multipart temp file before refusing, and nothing outside the temp folder', async () => {
    const upload = path.join(scratch(), 'tmp-upload-1')
    const extra = path.join(scratch(), 'tmp-upload-2')
    const outside = path.join(scratch(), '..', `ttdn-classification-outside-${process.pid}`)
    await Promise.all([writeFile(upload, 'a'), writeFile(extra, 'b'), writeFile(outside, 'c')])
    const file = {
      name: 'a.pdf',
      data: Buffer.alloc(0),
      mimetype: PDF_MIME_TYPE,
      size: 1,
      tempFilePath: upload,
    }
    const req = fakeRequest({
      file,
      files: {
        file,
        attachment: [
          {
            name: 'b.pdf',
            data: Buffer.alloc(0),
            mimetype: PDF_MIME_TYPE,
            size: 1,
            tempFilePath: extra,
          },
          {
            name: 'c.pdf',
            data: Buffer.alloc(0),
            mimetype: PDF_MIME_TYPE,
            size: 1,
            tempFilePath: outside,
          },
        ],
      },
    })
    try {
      await refusalOf(() => run({ data: { classification: 'tuyet-mat' }, req }))
      await expect(stat(upload)).rejects.toMatchObject({ code: 'ENOENT' })
      await expect(stat(extra)).rejects.toMatchObject({ code: 'ENOENT' })
      expect(file.tempFilePath).toBeUndefined()
      expect((await stat(outside)).isFile()).toBe(true)
    } finally {
      await rm(outside, { force: true })
    }
  })
})
