import { readFile, stat } from 'node:fs/promises'

import { DOMParser } from '@xmldom/xmldom'
import JSZip from 'jszip'
import mammoth from 'mammoth'

import { AppError } from '../errors/AppError'

export const PDF_MIME_TYPE = 'application/pdf'
export const DOCX_MIME_TYPE =
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document'

/**
 * How much of an uploaded document is read for classification stamps. The scan runs inside the
 * save's database transaction, and this process queues its SQLite writers behind one another
 * (src/db/serializeSqliteWrites.ts), so every other save waits while a document is read: the
 * work per upload must stay bounded (200 text-dense pages take under a second). The pages read are the ones that matter: a classification
 * marking sits at the head of a document (under its number, on the first page or the cover),
 * not on page 300 of a 500-page yearbook. Text past 5 MB is the size of several books and only
 * costs time. A file larger than `maxFileBytes` is not opened at all (PDF.js and the DOCX unzip
 * both hold the whole file in memory) and is reported as unreadable.
 */
export const DOCUMENT_SCAN_LIMITS = {
  maxPages: 200,
  maxTextChars: 5 * 1024 * 1024,
  maxFileBytes: 200 * 1024 * 1024,
} as const

/** A document whose text could not be read: damaged, password-protected or too large. */
export class UnreadableDocumentError extends AppError {
  constructor({ message, cause }: { message: string; cause?: unknown }) {
    super({ message, status: 422, cause })
  }
}

/** An uploaded document: on disk (Payload's temp file) or in memory (Local API uploads). */
export type DocumentSource = { mimeType: string } & (
  | { filePath: string; data?: never }
  | { data: Uint8Array; filePath?: never }
)

/**
 * The plain text of a Payload Lexical rich-text value: text nodes joined, every block
 * (paragraph, heading, list item, quote, table cell, block) ending a line, so that line-based
 * stamp rules see a stamp typed as its own paragraph as its own line. Strings that are not
 * Lexical JSON are returned as they are; anything else gives an empty string.
 */
export function richTextToPlainText({ value }: { value: unknown }): string {
  const state = typeof value === 'string' ? parseJson({ text: value }) : value
  if (!isRecord(state) || !isRecord(state.root)) return typeof value === 'string' ? value : ''
  const parts: string[] = []
  appendLexicalNode({ node: state.root, parts })
  return parts
    .join('')
    .replace(/[ \t]+\n/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim()
}

/** What a document holds: its text and, for a PDF, its number of pages. */
export type DocumentContent = { text: string; pageCount: number | null }

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
 * fixed pages: `null`); `null` for any other type. Throws {@link UnreadableDocumentError}.
 */
export async function readDocumentContent(source: DocumentSource): Promise<DocumentContent | null> {
  const kind = documentKind({ mimeType: source.mimeType })
  if (kind === null) return null
  const bytes = await readDocument({ source })
  const content =
    kind === 'pdf'
      ? await extractPdfContent({ bytes })
      : { text: await extractDocxText({ bytes }), pageCount: null }
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
 * {@link readDocumentContent} of an upload, read once per uploaded file: the media pipeline
 * (page count, text for search) and the security scan (stamps) both ask for it in the same
 * save, and a large PDF should be parsed once, not twice.
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
        ? { filePath: file.tempFilePath, mimeType: file.mimetype }
        : { data: file.data, mimeType: file.mimetype },
    )
    uploadedContents.set(file, content)
  }
  return content
}

/** Lexical element types that flow inside a line rather than ending it. */
const INLINE_NODE_TYPES = new Set([
  'text',
  'tab',
  'link',
  'autolink',
  'mark',
  'hashtag',
  'code-highlight',
  'inlineBlock',
])

/** Payload's Lexical nodes that carry a block's form data in `fields` (links carry a URL). */
const BLOCK_NODE_TYPES = new Set(['block', 'inlineBlock'])

/** Keys of a block's `fields` that hold identifiers, not text a reader sees. */
const BLOCK_KEYS_WITHOUT_TEXT = new Set(['id', 'blockType', 'blockName'])

function appendLexicalNode({ node, parts }: { node: unknown; parts: string[] }): void {
  if (!isRecord(node)) return
  if (node.type === 'linebreak') {
    parts.push('\n')
    return
  }
  if (typeof node.text === 'string') parts.push(node.text)
  if (BLOCK_NODE_TYPES.has(String(node.type)) && isRecord(node.fields)) {
    appendBlockFields({ value: node.fields, parts })
  }
  if (Array.isArray(node.children)) {
    for (const child of node.children) appendLexicalNode({ node: child, parts })
  }
  if (!INLINE_NODE_TYPES.has(String(node.type))) parts.push('\n')
}

/** Text inside a Lexical block (Payload's `block` / `inlineBlock` nodes): each string a line. */
function appendBlockFields({ value, parts }: { value: unknown; parts: string[] }): void {
  if (typeof value === 'string') {
    parts.push(value, '\n')
  } else if (Array.isArray(value)) {
    for (const item of value) appendBlockFields({ value: item, parts })
  } else if (isRecord(value)) {
    if (isRecord(value.root)) {
      parts.push(richTextToPlainText({ value }), '\n')
      return
    }
    for (const [key, item] of Object.entries(value)) {
      if (!BLOCK_KEYS_WITHOUT_TEXT.has(key)) appendBlockFields({ value: item, parts })
    }
  }
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

async function extractPdfContent({ bytes }: { bytes: Uint8Array }): Promise<DocumentContent> {
  // Loaded on first use: the bundled PDF.js is large and most saves carry no PDF.
  const { getDocumentProxy } = await import('unpdf')
  hideEnumerablePrototypeProperties()
  const pdf = await getDocumentProxy(bytes, {
    // No code generated from the file (PDF.js font programs), no fonts from the system or the
    // network: text extraction needs none of it.
    isEvalSupported: false,
    useSystemFonts: false,
    disableFontFace: true,
    // Errors only: PDF.js reports recoverable oddities of real-world files on the console.
    verbosity: 0,
  }).catch((error: unknown) => {
    throw new UnreadableDocumentError({ message: 'The PDF could not be opened', cause: error })
  })
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
    return { text: pages.join('\n'), pageCount: pdf.numPages }
  } catch (error) {
    throw new UnreadableDocumentError({ message: 'The PDF text could not be read', cause: error })
  } finally {
    await pdf.destroy()
  }
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

function parseJson({ text }: { text: string }): unknown {
  try {
    return JSON.parse(text) as unknown
  } catch {
    return undefined
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
