import { writeFile } from 'node:fs/promises'
import path from 'node:path'

import type { PayloadRequest, SanitizedCollectionConfig } from 'payload'
import { describe, expect, it, vi } from 'vitest'

import { docxWithParagraphs, pdfWithLines } from '../../tests/helpers/documentFixtures'
import { useScratchFolder } from '../../tests/helpers/scratchFolder'
import { hookRequest, refusalOf } from '../../tests/helpers/hookRequest'
import { translate } from '../i18n'
import { DOCX_MIME_TYPE, PDF_MIME_TYPE } from '../text/extractText'
import { holdStampedContent, recordHoldClearance } from './securityHold'

/**
 * The hold's hooks called as Payload calls them, with a stand-in request and collection: the
 * logic of the hold without booting Payload. What Payload does around them (nothing stored, the
 * temp folder empty, each API) is for the integration suite.
 */

const scratch = useScratchFolder({ prefix: 'security-hold' })

const collection = {
  slug: 'articles',
  versions: { drafts: { validate: true } },
  flattenedFields: [
    { name: 'title', type: 'text', localized: true, label: { vi: 'Tiêu đề', en: 'Title' } },
    { name: 'summary', type: 'textarea', localized: true, label: { vi: 'Sapo', en: 'Summary' } },
    { name: 'body', type: 'richText', localized: true, label: { vi: 'Nội dung', en: 'Body' } },
    { name: 'credit', type: 'text', label: { vi: 'Nguồn', en: 'Credit' } },
    {
      name: 'place',
      type: 'group',
      flattenedFields: [{ name: 'name', type: 'text', localized: true, label: 'Địa danh' }],
    },
  ],
} as unknown as SanitizedCollectionConfig

const admin = { id: 1, collection: 'users', roles: ['admin'] }
const contributor = { id: 2, collection: 'users', roles: ['contributor'] }

function fakeRequest(options: Parameters<typeof hookRequest>[0] = {}): PayloadRequest {
  return hookRequest({ user: contributor, tempFileDir: scratch(), ...options })
}

const hold = holdStampedContent({
  textFields: ['title', 'summary', 'credit', 'place.name'],
  richTextFields: ['body'],
  scanUploadedDocument: true,
})

type Saved = Record<string, unknown> & {
  _status?: string
  securityHold?: Record<string, unknown> & { isHeld?: boolean; reason?: string }
}

/** Runs the two beforeChange hooks in the order they are attached. */
async function save({
  data,
  originalDoc,
  req = fakeRequest(),
}: {
  data: Record<string, unknown>
  originalDoc?: Record<string, unknown>
  req?: PayloadRequest
}): Promise<Saved> {
  const operation = originalDoc ? 'update' : 'create'
  const base = { collection, context: {}, operation, originalDoc, req } as const
  // As Payload's field pass does before collection hooks: an update that leaves out the hold
  // (or may not change it) carries the stored one.
  const withHold =
    originalDoc && !('securityHold' in data)
      ? { ...data, securityHold: originalDoc.securityHold }
      : data
  const cleared = (await recordHoldClearance({ ...base, data: withHold })) as Record<
    string,
    unknown
  >
  return (await hold({ ...base, data: cleared })) as Saved
}

function lexical(...paragraphs: string[]): unknown {
  return {
    root: {
      type: 'root',
      children: paragraphs.map((text) => ({
        type: 'paragraph',
        children: [{ type: 'text', text }],
      })),
    },
  }
}

describe('holdStampedContent', () => {
  it('holds a new item whose title carries a stamp, keeps it a draft and logs the hold', async () => {
    const req = fakeRequest()
    const saved = await save({
      data: { title: 'Kế hoạch TỐI MẬT số 12', _status: 'published' },
      req,
    })
    expect(saved._status).toBe('draft')
    expect(saved.securityHold).toMatchObject({ isHeld: true, clearedAt: null, clearedBy: null })
    expect(saved.securityHold?.reason).toBe(
      translate({
        locale: 'vi',
        key: 'security.holdReason',
        params: { markings: '“TỐI MẬT”', fields: 'Tiêu đề' },
      }),
    )
    expect(typeof saved.securityHold?.heldAt).toBe('string')
    expect(req.payload.logger.warn).toHaveBeenCalledWith(
      expect.objectContaining({ markings: ['TỐI MẬT'], sources: ['title@vi'] }),
    )
    // The log names the marking and where it is, never the text around it.
    expect(JSON.stringify(vi.mocked(req.payload.logger.warn).mock.calls)).not.toContain('Kế hoạch')
  })

  it.each([
    ['title', { title: 'MẬT ONG RỪNG NAM CÁT TIÊN' }],
    ['summary', { summary: 'Mật độ dân số của tỉnh tăng; bí mật kinh doanh được bảo vệ' }],
    ['body', { body: lexical('mật ong', 'bí mật kinh doanh', 'mật khẩu', 'mật độ dân số') }],
    ['place', { place: { name: 'Phường Mật Sơn' } }],
  ])('lets ordinary words in the %s through', async (_, fields) => {
    const saved = await save({ data: { ...fields, _status: 'published' } })
    expect(saved._status).toBe('published')
    expect(saved.securityHold).toBeUndefined()
  })

  it('holds a stamp in the body, a group field and a field that is not localized', async () => {
    for (const data of [
      { body: lexical('Kính gửi các sở, ngành', '[MẬT]') },
      { place: { name: 'Độ mật: Mật' } },
      { credit: 'TUYỆT MẬT' },
    ]) {
      expect((await save({ data })).securityHold?.isHeld).toBe(true)
    }
  })

  it('scans the stored text of fields an update leaves out', async () => {
    const saved = await save({
      data: { summary: 'Tóm tắt mới' },
      originalDoc: { id: 7, title: 'Bài viết', body: lexical('TUYỆT MẬT', 'Nội dung') },
    })
    expect(saved.securityHold?.isHeld).toBe(true)
    expect(saved.securityHold?.reason).toContain('Nội dung')
  })

  it('reads every locale of a locale=all save', async () => {
    const req = fakeRequest({ locale: 'all' })
    const saved = await save({
      data: { title: { vi: 'Bài viết', en: 'TỐI MẬT' } },
      req,
    })
    expect(saved.securityHold?.isHeld).toBe(true)
    expect(req.payload.logger.warn).toHaveBeenCalledWith(
      expect.objectContaining({ sources: ['title@en'] }),
    )
  })

  it('holds an uploaded PDF or DOCX carrying a stamp, naming the file', async () => {
    const pdf = await pdfWithLines({ pages: [['Số: 3/BC-UBND', 'TỐI MẬT', 'Báo cáo']] })
    const pdfPath = path.join(scratch(), 'upload-stamped')
    await writeFile(pdfPath, pdf)
    const onDisk = await save({
      data: { title: 'Báo cáo' },
      req: fakeRequest({
        file: {
          name: 'bao-cao.pdf',
          data: Buffer.alloc(0),
          mimetype: PDF_MIME_TYPE,
          size: pdf.byteLength,
          tempFilePath: pdfPath,
        },
      }),
    })
    expect(onDisk.securityHold?.reason).toBe(
      translate({
        locale: 'vi',
        key: 'security.holdReason',
        params: { markings: '“TỐI MẬT”', fields: 'tệp “bao-cao.pdf”' },
      }),
    )

    const docx = await docxWithParagraphs({ paragraphs: ['Nội dung'], header: 'ĐỘ MẬT: MẬT' })
    const inMemory = await save({
      data: { title: 'Công văn' },
      req: fakeRequest({
        file: {
          name: 'cong-van.docx',
          data: docx,
          mimetype: DOCX_MIME_TYPE,
          size: docx.byteLength,
        },
      }),
    })
    expect(inMemory.securityHold?.isHeld).toBe(true)
  })

  it('lets an ordinary PDF through and holds one it cannot read', async () => {
    const ordinary = Buffer.from(await pdfWithLines({ pages: [['Mật độ dân số', 'MẬT ONG RỪNG']] }))
    const passed = await save({
      data: { title: 'Niên giám' },
      req: fakeRequest({
        file: {
          name: 'nien-giam.pdf',
          data: ordinary,
          mimetype: PDF_MIME_TYPE,
          size: ordinary.byteLength,
        },
      }),
    })
    expect(passed.securityHold).toBeUndefined()

    const broken = Buffer.from('%PDF-1.7 broken')
    const held = await save({
      data: { title: 'Niên giám' },
      req: fakeRequest({
        file: { name: 'hong.pdf', data: broken, mimetype: PDF_MIME_TYPE, size: broken.byteLength },
      }),
    })
    expect(held.securityHold?.reason).toBe(
      translate({
        locale: 'vi',
        key: 'security.holdReasonUnreadable',
        params: { file: 'hong.pdf' },
      }),
    )
  })

  it('refuses to publish a held item, in the requester’s language', async () => {
    const held = await save({ data: { title: 'TỐI MẬT' } })
    const error = await refusalOf(() =>
      save({
        data: { title: 'TỐI MẬT', _status: 'published' },
        originalDoc: { id: 1, ...held },
        req: fakeRequest({ language: 'ko' }),
      }),
    )
    expect(error.status).toBe(422)
    expect(error.message).toBe(translate({ locale: 'ko', key: 'workflow.securityHold' }))
  })

  it('keeps a held item held and a draft, even once the stamp is gone', async () => {
    const held = await save({ data: { title: 'TỐI MẬT' } })
    const saved = await save({
      data: { title: 'Bài viết đã sửa', securityHold: held.securityHold },
      originalDoc: { id: 1, ...held },
    })
    expect(saved._status).toBe('draft')
    expect(saved.securityHold).toMatchObject({ isHeld: true, heldAt: held.securityHold?.heldAt })
  })

  it('does not hold again the text an administrator cleared, but does hold a changed one', async () => {
    const held = await save({ data: { title: 'Kế hoạch TỐI MẬT', body: lexical('Nội dung') } })
    const cleared = await save({
      data: { title: 'Kế hoạch TỐI MẬT', securityHold: { ...held.securityHold, isHeld: false } },
      originalDoc: { id: 1, ...held },
      req: fakeRequest({ user: admin }),
    })
    expect(cleared.securityHold).toMatchObject({ isHeld: false, clearedBy: admin.id })
    expect(typeof cleared.securityHold?.clearedAt).toBe('string')
    expect(cleared.securityHold?.fingerprint).toBe(held.securityHold?.fingerprint)

    const stored = { id: 1, ...cleared, _status: 'draft' }
    const republished = await save({
      data: { title: 'Kế hoạch TỐI MẬT', body: lexical('Nội dung sửa'), _status: 'published' },
      originalDoc: stored,
    })
    expect(republished._status).toBe('published')
    expect(republished.securityHold?.isHeld).toBe(false)

    const changed = await save({ data: { title: 'Kế hoạch TỐI MẬT số 2' }, originalDoc: stored })
    expect(changed.securityHold?.isHeld).toBe(true)

    const otherLocale = await save({
      data: { title: 'Kế hoạch TỐI MẬT' },
      originalDoc: stored,
      req: fakeRequest({ locale: 'en' }),
    })
    expect(otherLocale.securityHold?.isHeld).toBe(true)
  })

  it('approves the text an administrator saves with the clearance', async () => {
    const held = await save({ data: { title: 'TỐI MẬT' } })
    const cleared = await save({
      data: {
        title: 'Tài liệu TỐI MẬT đã giải mật',
        securityHold: { ...held.securityHold, isHeld: false },
      },
      originalDoc: { id: 1, ...held },
      req: fakeRequest({ user: admin }),
    })
    const next = await save({
      data: { title: 'Tài liệu TỐI MẬT đã giải mật', _status: 'published' },
      originalDoc: { id: 1, ...cleared },
    })
    expect(next.securityHold?.isHeld).toBe(false)
    expect(next._status).toBe('published')
  })
})

describe('recordHoldClearance', () => {
  it('stamps heldAt on a hold set by hand and leaves other saves alone', async () => {
    const base = { collection, context: {}, req: fakeRequest({ user: admin }) } as const
    const manual = (await recordHoldClearance({
      ...base,
      operation: 'update',
      data: { securityHold: { isHeld: true, reason: 'Kiểm tra lại' } },
      originalDoc: { id: 1, securityHold: { isHeld: false } },
    })) as Saved
    expect(manual.securityHold).toMatchObject({
      isHeld: true,
      reason: 'Kiểm tra lại',
      clearedAt: null,
    })
    expect(typeof manual.securityHold?.heldAt).toBe('string')

    const untouched = { title: 'x', securityHold: { isHeld: false } }
    expect(
      await recordHoldClearance({
        ...base,
        operation: 'update',
        data: untouched,
        originalDoc: { id: 1, securityHold: { isHeld: false } },
      }),
    ).toEqual(untouched)
  })
})
