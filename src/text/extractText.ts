import { readFile, stat } from 'node:fs/promises'

import { DOMParser } from '@xmldom/xmldom'
import JSZip from 'jszip'
import mammoth from 'mammoth'
import type { getDocumentProxy } from 'unpdf'

import { AppError } from '../errors/AppError'

export const PDF_MIME_TYPE = 'application/pdf'
export const DOCX_MIME_TYPE =
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document'

/**
 * How much of an uploaded document is read for classification stamps. The work per upload must
 * stay bounded in time and memory, whatever the file claims (200 text-dense pages take under a
 * second). The pages read are the ones that matter: a classification
 * marking sits at the head of a document (under its number, on the first page or the cover),
 * not on page 300 of a 500-page yearbook. Text past 5 MB is the size of several books and only
 * costs time. A file larger than `maxFileBytes` is not opened at all (PDF.js and the DOCX unzip
 * both hold the whole file in memory) and is reported as unreadable.
 */
export const DOCUMENT_SCAN_LIMITS = {
  maxPages: 200,
  maxTextChars: 5 * 1024 * 1024,
  maxFileBytes: 200 * 1024 * 1024,
  /**
   * A DOCX is a ZIP: a few hundred kilobytes can inflate to gigabytes (a "zip bomb"), and
   * mammoth inflates a part whole, then parses it as XML. No part may inflate past this — the
   * text of a 1000-page report is a few megabytes — checked against the size the archive
   * declares and again while inflating, since the declaration can lie.
   */
  maxZipEntryBytes: 32 * 1024 * 1024,
  /** All parts of a DOCX together, inflated (embedded photos included). */
  maxZipTotalBytes: 400 * 1024 * 1024,
} as const

/**
 * How large the first page of a PDF is drawn for its preview (src/media/upload/uploadPipeline.ts
 * makes the thumb, web and large renditions from it, as from a photo). The long edge is that of
 * the largest rendition, whatever page size the file declares. The pixel cap keeps the canvas
 * under 21 MB (RGBA) for any page shape while every ISO A/B and US Letter or Legal page still
 * gets its full long edge (A4 2560 × 1810, 4.6 MP; Letter 2560 × 1978, 5.1 MP); only pages
 * closer to square are drawn smaller (a square one 2289 × 2289 instead of 6.6 MP).
 * Images inside the PDF are decoded whole by PDF.js (no shrink-on-load as sharp does for
 * photos): one larger than `maxEmbeddedImagePixels` (a 600 dpi A4 scan is 35 MP) is left out of
 * the preview rather than decoded into hundreds of megabytes.
 */
export const PAGE_PREVIEW_LIMITS = {
  maxEdge: 2560,
  maxPixels: 2560 * 2048,
  maxEmbeddedImagePixels: 40_000_000,
} as const

/** A document whose text could not be read: damaged, password-protected or too large. */
export class UnreadableDocumentError extends AppError {
  constructor({ message, cause }: { message: string; cause?: unknown }) {
    super({ message, status: 422, cause })
  }
}

/**
 * A document that unpacks to more than {@link DOCUMENT_SCAN_LIMITS} allow: refused (413), not
 * stored, since nothing in it can be checked without the memory it was built to exhaust.
 */
export class DocumentTooLargeError extends AppError {
  readonly limitBytes: number

  constructor({ message, limitBytes }: { message: string; limitBytes: number }) {
    super({ message, status: 413, messageKey: 'media.documentContentTooLarge' })
    this.limitBytes = limitBytes
  }
}

/** An uploaded document: on disk (Payload's temp file) or in memory (Local API uploads). */
export type DocumentSource = { mimeType: string } & (
  | { filePath: string; data?: never }
  | { data: Uint8Array; filePath?: never }
)

/**
 * The first page of a PDF drawn as a PNG, or why PDF.js could not draw it. Drawing is kept apart
 * from reading: a page that cannot be drawn costs the preview, not the text or the page count.
 */
export type FirstPageImage = { png: Buffer; width: number; height: number } | { error: unknown }

/**
 * What a document holds: its text and, for a PDF, its number of pages and, when asked for, its
 * first page drawn.
 */
export type DocumentContent = {
  text: string
  pageCount: number | null
  firstPage: FirstPageImage | null
}

/**
 * The text of an uploaded PDF (every page, up to {@link DOCUMENT_SCAN_LIMITS}, pages joined
 * with newlines) or DOCX (body, tables, text boxes, headers and footers); `null` for any
 * other type. Throws {@link UnreadableDocumentError} when the file cannot be read.
 */
export async function extractDocumentText(source: DocumentSource): Promise<string | null> {
  return (await readDocumentContent(source))?.text ?? null
}

/**
 * The text (as {@link extractDocumentText}) and page count of a PDF or DOCX (a DOCX has no
 * fixed pages: `null`), and with `shouldDrawFirstPage` a PDF's first page drawn from the same
 * parse (see {@link PAGE_PREVIEW_LIMITS}); `null` for any other type. Throws
 * {@link UnreadableDocumentError} when the text cannot be read; a page that cannot be drawn is
 * reported in `firstPage` instead.
 */
export async function readDocumentContent(
  source: DocumentSource & { shouldDrawFirstPage?: boolean },
): Promise<DocumentContent | null> {
  const kind = documentKind({ mimeType: source.mimeType })
  if (kind === null) return null
  const bytes = await readDocument({ source })
  const content =
    kind === 'pdf'
      ? await extractPdfContent({ bytes, shouldDrawFirstPage: source.shouldDrawFirstPage ?? false })
      : { text: await extractDocxText({ bytes }), pageCount: null, firstPage: null }
  return { ...content, text: content.text.slice(0, DOCUMENT_SCAN_LIMITS.maxTextChars) }
}

/** An upload as Payload hands it to hooks (`req.file`). */
export type UploadedFile = {
  data: Buffer
  mimetype: string
  tempFilePath?: string
}

const uploadedContents = new WeakMap<UploadedFile, Promise<DocumentContent | null>>()

/**
 * {@link readDocumentContent} of an upload, a PDF's first page drawn included, read once per
 * uploaded file: the media pipeline (page count, text for search, preview) and the security scan
 * (stamps) both ask for it in the same save, and a large PDF should be parsed once, not twice.
 */
export function readUploadedDocument({
  file,
}: {
  file: UploadedFile
}): Promise<DocumentContent | null> {
  let content = uploadedContents.get(file)
  if (!content) {
    const isOnDisk = file.tempFilePath !== undefined && file.data.byteLength === 0
    content = readDocumentContent(
      isOnDisk && file.tempFilePath
        ? { filePath: file.tempFilePath, mimeType: file.mimetype, shouldDrawFirstPage: true }
        : { data: file.data, mimeType: file.mimetype, shouldDrawFirstPage: true },
    )
    uploadedContents.set(file, content)
  }
  return content
}

/** The size a page of `width` × `height` (PDF units) is drawn at: see {@link PAGE_PREVIEW_LIMITS}. */
export function pagePreviewSize({ width, height }: { width: number; height: number }): {
  width: number
  height: number
  scale: number
} {
  if (!(width > 0 && height > 0 && Number.isFinite(width * height))) {
    throw new RangeError(`Expected a page of positive size but received ${width} × ${height}`)
  }
  const scale = Math.min(
    PAGE_PREVIEW_LIMITS.maxEdge / Math.max(width, height),
    Math.sqrt(PAGE_PREVIEW_LIMITS.maxPixels / (width * height)),
  )
  // The tolerance absorbs the rounding of `scale`: `edge × (2560 / edge)` can come out as
  // 2559.9999999999995, which would lose the last row.
  const pixels = (edge: number) => Math.max(1, Math.floor(edge * scale + 1e-6))
  return { width: pixels(width), height: pixels(height), scale }
}

function documentKind({ mimeType }: { mimeType: string }): 'pdf' | 'docx' | null {
  const type = mimeType.split(';', 1)[0]?.trim().toLowerCase()
  if (type === PDF_MIME_TYPE) return 'pdf'
  if (type === DOCX_MIME_TYPE) return 'docx'
  return null
}

async function readDocument({ source }: { source: DocumentSource }): Promise<Uint8Array> {
  const size =
    source.filePath !== undefined ? (await stat(source.filePath)).size : source.data.byteLength
  if (size > DOCUMENT_SCAN_LIMITS.maxFileBytes) {
    throw new UnreadableDocumentError({
      message: `Expected a document of at most ${DOCUMENT_SCAN_LIMITS.maxFileBytes} bytes but received ${size}`,
    })
  }
  if (source.filePath !== undefined) {
    const buffer = await readFile(source.filePath)
    return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength)
  }
  // A copy: PDF.js takes ownership of (detaches) the bytes it is given, and Payload still has
  // to store the upload's in-memory buffer after this scan.
  return Uint8Array.from(source.data)
}

type PdfDocument = Awaited<ReturnType<typeof getDocumentProxy>>

async function extractPdfContent({
  bytes,
  shouldDrawFirstPage,
}: {
  bytes: Uint8Array
  shouldDrawFirstPage: boolean
}): Promise<DocumentContent> {
  // Loaded on first use: the bundled PDF.js is large and most saves carry no PDF.
  const { getDocumentProxy } = await import('unpdf')
  hideEnumerablePrototypeProperties()
  provideArrayBufferTransfer()
  const pdf = await getDocumentProxy(bytes, {
    // No code generated from the file (PDF.js font programs), no fonts from the system or the
    // network: text extraction needs none of it, and the preview draws embedded fonts as paths
    // (text in a font the file does not embed is drawn by Skia in an installed system font).
    isEvalSupported: false,
    useSystemFonts: false,
    disableFontFace: true,
    maxImageSize: PAGE_PREVIEW_LIMITS.maxEmbeddedImagePixels,
    // Errors only: PDF.js reports recoverable oddities of real-world files on the console.
    verbosity: 0,
  }).catch((error: unknown) => {
    throw new UnreadableDocumentError({ message: 'The PDF could not be opened', cause: error })
  })
  try {
    const text = await readPdfText({ pdf })
    const firstPage = shouldDrawFirstPage ? await drawFirstPage({ pdf }) : null
    return { text, pageCount: pdf.numPages, firstPage }
  } finally {
    await pdf.destroy()
  }
}

async function readPdfText({ pdf }: { pdf: PdfDocument }): Promise<string> {
  try {
    const pages: string[] = []
    let length = 0
    const pagesToRead = Math.min(pdf.numPages, DOCUMENT_SCAN_LIMITS.maxPages)
    for (let pageNumber = 1; pageNumber <= pagesToRead; pageNumber += 1) {
      const page = await pdf.getPage(pageNumber)
      const content = await page.getTextContent()
      const text = content.items
        .map((item) => ('str' in item ? `${item.str}${item.hasEOL ? '\n' : ''}` : ''))
        .join('')
      page.cleanup()
      pages.push(text)
      length += text.length
      if (length >= DOCUMENT_SCAN_LIMITS.maxTextChars) break
    }
    return pages.join('\n')
  } catch (error) {
    throw new UnreadableDocumentError({ message: 'The PDF text could not be read', cause: error })
  }
}

/**
 * Page 1 drawn on a @napi-rs/canvas (Skia) canvas and encoded as PNG, from the document already
 * open for its text. Never throws: what goes wrong is returned as `{ error }`. PDF.js draws on
 * this thread, so a page of dense vector art holds the event loop while it is drawn (a text page
 * at 2560 px takes about a tenth of a second); the PNG is encoded on libuv's pool.
 */
async function drawFirstPage({ pdf }: { pdf: PdfDocument }): Promise<FirstPageImage> {
  try {
    const { createIsomorphicCanvasFactory } = await import('unpdf')
    // Registers @napi-rs/canvas with unpdf's PDF.js: its DOMMatrix, Path2D and ImageData, and
    // the factory of the scratch canvases PDF.js draws masks and patterns on.
    await createIsomorphicCanvasFactory(() => import('@napi-rs/canvas'))
    const { createCanvas } = await import('@napi-rs/canvas')
    const page = await pdf.getPage(1)
    try {
      const unscaled = page.getViewport({ scale: 1 })
      const size = pagePreviewSize({ width: unscaled.width, height: unscaled.height })
      const canvas = createCanvas(size.width, size.height)
      try {
        // PDF.js is typed for the DOM's canvas; Skia's implements what it draws with.
        await page.render({
          canvas: canvas as unknown as HTMLCanvasElement,
          canvasContext: canvas.getContext('2d') as unknown as CanvasRenderingContext2D,
          viewport: page.getViewport({ scale: size.scale }),
        }).promise
        return { png: await canvas.encode('png'), width: size.width, height: size.height }
      } finally {
        // Frees the pixels now rather than at the next garbage collection.
        canvas.width = 0
        canvas.height = 0
      }
    } finally {
      page.cleanup()
    }
  } catch (error) {
    return { error }
  }
}

/**
 * PDF.js 5 hands each font from its parser to the drawing side packed with
 * `ArrayBuffer.prototype.transferToFixedLength` (ES2024), which Node 20 lacks (Node 21 has it).
 * Without it every font of a page fails to load, PDF.js carries on past the failure as it does
 * for damaged content, and the page is drawn blank: white, no text and no graphics at all. Text
 * extraction does not pack fonts and works either way. The stand-in copies into a new buffer
 * instead of moving the old one's memory: the same result for PDF.js, which drops the old one.
 */
function provideArrayBufferTransfer(): void {
  const prototype = ArrayBuffer.prototype as ArrayBuffer & { transferToFixedLength?: unknown }
  if (typeof prototype.transferToFixedLength === 'function') return
  Object.defineProperty(ArrayBuffer.prototype, 'transferToFixedLength', {
    configurable: true,
    writable: true,
    enumerable: false,
    value: function transferToFixedLength(this: ArrayBuffer, length = this.byteLength) {
      const copy = new ArrayBuffer(length)
      new Uint8Array(copy).set(new Uint8Array(this, 0, Math.min(length, this.byteLength)))
      return copy
    },
  })
}

/**
 * PDF.js refuses to open any document while `Array.prototype` or `Object.prototype` carries an
 * enumerable property, since that breaks its `for…in` loops. drizzle-kit adds an enumerable
 * `Array.prototype.random` (drizzle-kit/api.js) when Payload's SQL adapter loads it to push the
 * schema, which it does in development and tests (@payloadcms/drizzle, pushDevSchema.js); every
 * PDF would then be unreadable. Such properties are made non-enumerable: same value, still
 * callable by whoever added them, invisible to `for…in`.
 */
function hideEnumerablePrototypeProperties(): void {
  for (const prototype of [Array.prototype, Object.prototype] as object[]) {
    for (const key of Object.keys(prototype)) {
      if (Object.getOwnPropertyDescriptor(prototype, key)?.configurable) {
        Object.defineProperty(prototype, key, { enumerable: false })
      }
    }
  }
}

async function extractDocxText({ bytes }: { bytes: Uint8Array }): Promise<string> {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  // Before mammoth inflates any part whole.
  await assertZipWithinLimits({ buffer })
  try {
    const [body, margins] = await Promise.all([
      mammoth.extractRawText({ buffer }),
      headerAndFooterText({ buffer }),
    ])
    return [margins, body.value].filter((text) => text !== '').join('\n')
  } catch (error) {
    throw new UnreadableDocumentError({ message: 'The DOCX could not be read', cause: error })
  }
}

/**
 * Mammoth leaves out page headers and footers, where a classification marking is often
 * repeated on every page; they are read here, one line per paragraph.
 */
async function headerAndFooterText({ buffer }: { buffer: Buffer }): Promise<string> {
  const zip = await JSZip.loadAsync(buffer)
  const parts = Object.keys(zip.files)
    .filter((name) => /^word\/(?:header|footer)\d*\.xml$/.test(name))
    .sort()
  const lines: string[] = []
  for (const name of parts) {
    const xml = await zip.file(name)?.async('string')
    if (xml === undefined) continue
    const parser = new DOMParser({
      errorHandler: {
        error: (message: unknown) => {
          throw new Error(String(message))
        },
        fatalError: (message: unknown) => {
          throw new Error(String(message))
        },
      },
    })
    const paragraphs = parser.parseFromString(xml, 'text/xml').getElementsByTagName('w:p')
    for (let index = 0; index < paragraphs.length; index += 1) {
      const runs = paragraphs.item(index)?.getElementsByTagName('w:t')
      if (!runs) continue
      let line = ''
      for (let run = 0; run < runs.length; run += 1) line += runs.item(run)?.textContent ?? ''
      if (line.trim() !== '') lines.push(line)
    }
  }
  return lines.join('\n')
}

/**
 * Refuses a ZIP with a part, or parts together, that inflate past
 * {@link DOCUMENT_SCAN_LIMITS}: first by the sizes the archive declares, then by inflating
 * every part as a stream and counting, stopping at the limit (so a part whose declared size
 * lies costs at most one chunk past the limit, never its whole size).
 */
async function assertZipWithinLimits({ buffer }: { buffer: Buffer }): Promise<void> {
  const { maxZipEntryBytes, maxZipTotalBytes } = DOCUMENT_SCAN_LIMITS
  let zip: JSZip
  try {
    zip = await JSZip.loadAsync(buffer)
  } catch (error) {
    throw new UnreadableDocumentError({ message: 'The DOCX could not be opened', cause: error })
  }
  const parts = Object.values(zip.files).filter((file) => !file.dir)
  const tooLarge = ({ name, limitBytes }: { name: string; limitBytes: number }) =>
    new DocumentTooLargeError({
      message: `Expected DOCX parts of at most ${maxZipEntryBytes} bytes (${maxZipTotalBytes} together) but ${name} inflates past ${limitBytes}`,
      limitBytes,
    })
  let declaredTotal = 0
  for (const part of parts) {
    const declared = declaredSizeOf({ part })
    if (declared > maxZipEntryBytes)
      throw tooLarge({ name: part.name, limitBytes: maxZipEntryBytes })
    declaredTotal += declared
    if (declaredTotal > maxZipTotalBytes) {
      throw tooLarge({ name: part.name, limitBytes: maxZipTotalBytes })
    }
  }
  let inflatedTotal = 0
  for (const part of parts) {
    await inflateCounting({
      part,
      onChunk: ({ partBytes, chunkBytes }) => {
        inflatedTotal += chunkBytes
        if (partBytes > maxZipEntryBytes) {
          return tooLarge({ name: part.name, limitBytes: maxZipEntryBytes })
        }
        if (inflatedTotal > maxZipTotalBytes) {
          return tooLarge({ name: part.name, limitBytes: maxZipTotalBytes })
        }
        return null
      },
    })
  }
}

/** The part's uncompressed size as its ZIP headers declare it (JSZip keeps it, unexported). */
function declaredSizeOf({ part }: { part: JSZip.JSZipObject }): number {
  const data = (part as unknown as { _data?: { uncompressedSize?: unknown } })._data
  return typeof data?.uncompressedSize === 'number' ? data.uncompressedSize : 0
}

/** JSZip's chunked reader of one part (`internalStream`, which its typings leave out). */
type ZipPartStream = {
  on(event: 'data', listener: (chunk: Uint8Array) => void): ZipPartStream
  on(event: 'error', listener: (error: unknown) => void): ZipPartStream
  on(event: 'end', listener: () => void): ZipPartStream
  pause(): ZipPartStream
  resume(): ZipPartStream
}

/**
 * Inflates a part chunk by chunk, keeping none of it; `onChunk` may return an error to stop
 * (the stream is paused, so nothing more is inflated).
 */
function inflateCounting({
  part,
  onChunk,
}: {
  part: JSZip.JSZipObject
  onChunk: (sizes: { partBytes: number; chunkBytes: number }) => Error | null
}): Promise<void> {
  return new Promise((resolve, reject) => {
    const stream = (
      part as unknown as { internalStream: (type: 'uint8array') => ZipPartStream }
    ).internalStream('uint8array')
    let partBytes = 0
    let isSettled = false
    stream
      .on('data', (chunk) => {
        if (isSettled) return
        partBytes += chunk.byteLength
        const error = onChunk({ partBytes, chunkBytes: chunk.byteLength })
        if (error) {
          isSettled = true
          stream.pause()
          reject(error)
        }
      })
      .on('error', (error) => {
        if (isSettled) return
        isSettled = true
        reject(new UnreadableDocumentError({ message: 'The DOCX could not be read', cause: error }))
      })
      .on('end', () => {
        if (isSettled) return
        isSettled = true
        resolve()
      })
      .resume()
  })
}
