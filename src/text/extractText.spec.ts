import { writeFile } from 'node:fs/promises'
import path from 'node:path'

import { Document, Header, Packer, Paragraph, Table, TableCell, TableRow, Textbox } from 'docx'
import sharp from 'sharp'
import { describe, expect, it } from 'vitest'

import { docxWithParagraphs, pdfWithLines } from '../../tests/helpers/documentFixtures'
import { useScratchFolder } from '../../tests/helpers/scratchFolder'
import { docxZipBomb } from '../../tests/helpers/zipBomb'
import {
  DOCUMENT_SCAN_LIMITS,
  DOCX_MIME_TYPE,
  DocumentTooLargeError,
  PAGE_PREVIEW_LIMITS,
  PDF_MIME_TYPE,
  UnreadableDocumentError,
  extractDocumentText,
  pagePreviewSize,
  readDocumentContent,
  readUploadedDocument,
} from './extractText'
import { findClassificationStamps } from '../security/findClassificationStamps'

const scratch = useScratchFolder({ prefix: 'extract-text' })

describe('readDocumentContent', () => {
  it('counts every page of a PDF, beyond those it reads for text', async () => {
    const pages = Array.from({ length: DOCUMENT_SCAN_LIMITS.maxPages + 2 }, (_, index) => [
      `Trang ${index + 1}`,
    ])
    const content = await readDocumentContent({
      data: await pdfWithLines({ pages }),
      mimeType: PDF_MIME_TYPE,
    })
    expect(content?.pageCount).toBe(DOCUMENT_SCAN_LIMITS.maxPages + 2)
    expect(content?.text).toContain('Trang 1\n')
  })

  it('gives a DOCX its text and no page count', async () => {
    const data = await docxWithParagraphs({ paragraphs: ['Báo cáo tóm tắt'] })
    const content = await readDocumentContent({ data, mimeType: DOCX_MIME_TYPE })
    expect(content?.text.trim()).toBe('Báo cáo tóm tắt')
    expect(content?.pageCount).toBeNull()
  })
})

describe('pagePreviewSize', () => {
  it('draws A4 and Letter pages, upright or turned, 2560 px on the long edge', () => {
    expect(pagePreviewSize({ width: 595.28, height: 841.89 })).toMatchObject({
      width: 1810,
      height: 2560,
    })
    expect(pagePreviewSize({ width: 841.89, height: 595.28 })).toMatchObject({
      width: 2560,
      height: 1810,
    })
    expect(pagePreviewSize({ width: 612, height: 792 })).toMatchObject({
      width: 1978,
      height: 2560,
    })
  })

  it('enlarges a small page and shrinks a huge one to the same long edge', () => {
    expect(pagePreviewSize({ width: 144, height: 288 })).toMatchObject({
      width: 1280,
      height: 2560,
    })
    const poster = pagePreviewSize({ width: 14_400, height: 28_800 })
    expect(poster).toMatchObject({ width: 1280, height: 2560 })
    expect(poster.scale).toBeCloseTo(2560 / 28_800, 10)
  })

  it('caps the pixels of a page close to square', () => {
    const square = pagePreviewSize({ width: 1000, height: 1000 })
    expect(square).toMatchObject({ width: 2289, height: 2289 })
    expect(square.width * square.height).toBeLessThanOrEqual(PAGE_PREVIEW_LIMITS.maxPixels)
  })

  it('keeps at least one pixel across a sliver of a page', () => {
    expect(pagePreviewSize({ width: 100_000, height: 1 })).toMatchObject({ width: 2560, height: 1 })
  })

  it('refuses a page without area', () => {
    expect(() => pagePreviewSize({ width: 0, height: 842 })).toThrow(RangeError)
    expect(() => pagePreviewSize({ width: Number.NaN, height: 842 })).toThrow(RangeError)
  })
})

describe('readDocumentContent drawing the first page', () => {
  it('draws page 1 of a PDF as a PNG with its text and graphics on it', async () => {
    const content = await readDocumentContent({
      data: await pdfWithLines({ pages: [['NIÊN GIÁM THỐNG KÊ TỈNH'], ['Trang hai']] }),
      mimeType: PDF_MIME_TYPE,
      shouldDrawFirstPage: true,
    })
    expect(content).toMatchObject({ pageCount: 2, firstPage: { width: 1810, height: 2560 } })
    const firstPage = content?.firstPage
    if (!firstPage || 'error' in firstPage) throw new Error('Expected page 1 drawn')
    const image = sharp(firstPage.png)
    expect(await image.metadata()).toMatchObject({ format: 'png', width: 1810, height: 2560 })
    // Not blank: the line of text at the top left is drawn in black on the white page.
    const { channels } = await image.stats()
    expect(Math.max(...channels.slice(0, 3).map((channel) => channel.min))).toBeLessThan(64)
    expect(channels[0]?.max).toBe(255)
  }, 60_000) // Rendering shares two cores with the integration suites; alone it takes ~1 s.

  it('draws nothing unless asked, and nothing for a DOCX', async () => {
    const pdf = await readDocumentContent({
      data: await pdfWithLines({ pages: [['Trang một']] }),
      mimeType: PDF_MIME_TYPE,
    })
    expect(pdf?.firstPage).toBeNull()
    const docx = await readDocumentContent({
      data: await docxWithParagraphs({ paragraphs: ['Báo cáo'] }),
      mimeType: DOCX_MIME_TYPE,
      shouldDrawFirstPage: true,
    })
    expect(docx?.firstPage).toBeNull()
  })
})

describe('readUploadedDocument', () => {
  it('reads an uploaded file once, however often it is asked', async () => {
    const file = {
      data: Buffer.from(await pdfWithLines({ pages: [['Trang một'], ['Trang hai']] })),
      mimetype: PDF_MIME_TYPE,
    }
    const first = readUploadedDocument({ file })
    expect(readUploadedDocument({ file })).toBe(first)
    expect(await first).toMatchObject({ pageCount: 2 })
  })

  it('reads a file Payload streamed to disk from there', async () => {
    const tempFilePath = path.join(scratch(), 'upload.pdf')
    await writeFile(tempFilePath, await pdfWithLines({ pages: [['Trên đĩa']] }))
    const content = await readUploadedDocument({
      file: { data: Buffer.alloc(0), mimetype: PDF_MIME_TYPE, tempFilePath },
    })
    expect(content?.text).toContain('Trên đĩa')
  })
})

describe('extractDocumentText', () => {
  it('reads a stamped PDF from disk, pages joined by newlines', async () => {
    const filePath = path.join(scratch(), 'stamped.pdf')
    await writeFile(
      filePath,
      await pdfWithLines({
        pages: [
          ['ỦY BAN NHÂN DÂN TỈNH', 'Số: 12/KH-UBND', 'TỐI MẬT', 'Kế hoạch bảo vệ'],
          ['Trang hai'],
        ],
      }),
    )
    const text = await extractDocumentText({ filePath, mimeType: PDF_MIME_TYPE })
    expect(text?.split('\n')).toEqual(
      expect.arrayContaining(['TỐI MẬT', 'Số: 12/KH-UBND', 'Trang hai']),
    )
    expect(findClassificationStamps({ text: text ?? '' }).map((stamp) => stamp.marking)).toEqual([
      'TỐI MẬT',
    ])
  })

  it('reads a PDF of ordinary text without finding a stamp', async () => {
    const data = await pdfWithLines({
      pages: [['Mật độ dân số của tỉnh', 'MẬT ONG RỪNG NAM CÁT TIÊN', 'bảo mật thông tin']],
    })
    const text = await extractDocumentText({ data, mimeType: PDF_MIME_TYPE })
    expect(text).toContain('Mật độ dân số của tỉnh')
    expect(findClassificationStamps({ text: text ?? '' })).toEqual([])
  })

  it('leaves an in-memory upload intact for Payload to store', async () => {
    const data = await pdfWithLines({ pages: [['Độ mật: Mật']] })
    const copy = Uint8Array.from(data)
    await extractDocumentText({ data, mimeType: PDF_MIME_TYPE })
    expect(data.byteLength).toBe(copy.byteLength)
    expect(Buffer.from(data).equals(Buffer.from(copy))).toBe(true)
  })

  it(`reads no further than page ${DOCUMENT_SCAN_LIMITS.maxPages}`, async () => {
    const pages = Array.from({ length: DOCUMENT_SCAN_LIMITS.maxPages + 1 }, (_, index) => [
      `Trang ${index + 1}`,
    ])
    const text = await extractDocumentText({
      data: await pdfWithLines({ pages }),
      mimeType: PDF_MIME_TYPE,
    })
    expect(text).toContain(`Trang ${DOCUMENT_SCAN_LIMITS.maxPages}`)
    expect(text).not.toContain(`Trang ${DOCUMENT_SCAN_LIMITS.maxPages + 1}`)
  })

  it('reads a PDF while a library has added an enumerable property to Array.prototype', async () => {
    // What drizzle-kit does when Payload pushes the SQLite schema in development and tests.
    Object.defineProperty(Array.prototype, 'ttdnTestPollution', {
      value: () => 1,
      enumerable: true,
      configurable: true,
      writable: true,
    })
    try {
      const data = await pdfWithLines({ pages: [['TUYỆT MẬT']] })
      expect(await extractDocumentText({ data, mimeType: PDF_MIME_TYPE })).toContain('TUYỆT MẬT')
      expect(Object.keys(Array.prototype)).not.toContain('ttdnTestPollution')
    } finally {
      delete (Array.prototype as unknown as Record<string, unknown>).ttdnTestPollution
    }
  })

  it('refuses a file that is not a readable PDF', async () => {
    const data = new TextEncoder().encode('%PDF-1.7\nthis is not a PDF')
    await expect(extractDocumentText({ data, mimeType: PDF_MIME_TYPE })).rejects.toBeInstanceOf(
      UnreadableDocumentError,
    )
  })

  it('reads a DOCX body, tables, text boxes and page headers', async () => {
    const filePath = path.join(scratch(), 'stamped.docx')
    await writeFile(
      filePath,
      await Packer.toBuffer(
        new Document({
          sections: [
            {
              headers: { default: new Header({ children: [new Paragraph('ĐỘ MẬT: MẬT')] }) },
              children: [
                new Table({
                  rows: [
                    new TableRow({
                      children: [
                        new TableCell({ children: [new Paragraph('UBND TỈNH')] }),
                        new TableCell({ children: [new Paragraph('CỘNG HÒA XÃ HỘI CHỦ NGHĨA')] }),
                      ],
                    }),
                  ],
                }),
                new Paragraph('TUYỆT MẬT'),
                new Textbox({
                  alignment: 'left',
                  style: { width: '100pt', height: '30pt' },
                  children: [new Paragraph('[TỐI MẬT]')],
                }),
              ],
            },
          ],
        }),
      ),
    )
    const text = await extractDocumentText({ filePath, mimeType: DOCX_MIME_TYPE })
    expect(text).toContain('UBND TỈNH')
    expect(findClassificationStamps({ text: text ?? '' }).map((stamp) => stamp.marking)).toEqual([
      'MẬT',
      'TUYỆT MẬT',
      'TỐI MẬT',
    ])
  })

  it('reads a DOCX of ordinary (decomposed) text without finding a stamp', async () => {
    const data = await docxWithParagraphs({
      paragraphs: [
        'Mật ong rừng'.normalize('NFD'),
        'bí mật kinh doanh',
        'mật khẩu',
        'Mật độ dân số',
      ],
    })
    const text = await extractDocumentText({ data, mimeType: DOCX_MIME_TYPE })
    expect(text?.normalize('NFC')).toContain('Mật ong rừng')
    expect(findClassificationStamps({ text: text ?? '' })).toEqual([])
  })

  it('refuses a file that is not a readable DOCX', async () => {
    const data = new TextEncoder().encode('PK not really a zip')
    await expect(extractDocumentText({ data, mimeType: DOCX_MIME_TYPE })).rejects.toBeInstanceOf(
      UnreadableDocumentError,
    )
  })

  it('returns null for other types', async () => {
    const data = new TextEncoder().encode('TỐI MẬT')
    expect(await extractDocumentText({ data, mimeType: 'image/jpeg' })).toBeNull()
    expect(await extractDocumentText({ data, mimeType: 'text/plain' })).toBeNull()
  })
})

describe('the zip-bomb limits of DOCX extraction', () => {
  it('refuses a part that declares more than the limit, before inflating it', async () => {
    const bomb = await docxZipBomb({ inflatedBytes: DOCUMENT_SCAN_LIMITS.maxZipEntryBytes + 1 })
    await expect(
      extractDocumentText({ data: bomb, mimeType: DOCX_MIME_TYPE }),
    ).rejects.toBeInstanceOf(DocumentTooLargeError)
  })

  it('refuses a part that lies about its size once it inflates past the limit', async () => {
    const bomb = await docxZipBomb({
      inflatedBytes: DOCUMENT_SCAN_LIMITS.maxZipEntryBytes * 2,
      declaredBytes: 1000,
    })
    await expect(
      extractDocumentText({ data: bomb, mimeType: DOCX_MIME_TYPE }),
    ).rejects.toMatchObject({ status: 413, limitBytes: DOCUMENT_SCAN_LIMITS.maxZipEntryBytes })
  })

  it('still reads a document whose parts stay under the limits', async () => {
    const text = await extractDocumentText({
      data: await docxZipBomb({ inflatedBytes: 1024 * 1024 }),
      mimeType: DOCX_MIME_TYPE,
    })
    expect(text?.length).toBeGreaterThan(1000 * 1000)
  })
})
