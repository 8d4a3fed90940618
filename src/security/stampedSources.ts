import { createHash } from 'node:crypto'
import { createReadStream } from 'node:fs'

import type { FlattenedField, PayloadRequest, SanitizedCollectionConfig } from 'payload'

import { translatedError } from '../errors/translatedError'
import { DEFAULT_LOCALE, isLocale, translate } from '../i18n'
import { labelText } from '../i18n/adminLabel'
import { uploadTempFilePathOf, type RequestFile } from '../media/upload/uploadTempFiles'
import { DocumentTooLargeError, readUploadedDocument } from '../text/extractText'
import { richTextToPlainText } from '../text/richTextToPlainText'
import { findClassificationStamps, type StampMarking } from './findClassificationStamps'

/** A text that was scanned: a field in one locale, or the uploaded document. */
export type ScannedSource = {
  key: string
  /** How the hold reason names it: the field's Vietnamese label, or the file's name. */
  label: string
  fingerprint: string
  /** Set when the uploaded file could not be read: its name. */
  unreadableFileName: string | null
}

/** A scanned text that carries stamps (or an uploaded file that could not be read). */
export type Finding = { source: ScannedSource; markings: StampMarking[] }

/**
 * The texts of a save that carry a classification stamp (see findClassificationStamps): the
 * given fields in this request's locale (every locale for `locale=all`; for an update, the
 * stored value of each field the request leaves out) and, with `scanUploadedDocument`, the text
 * of an uploaded PDF or DOCX. An uploaded document that cannot be read (damaged,
 * password-protected) is a finding without markings: it cannot be checked. One that unpacks
 * past the limit (a zip bomb) is refused with 413.
 */
export async function findStampedSources({
  collection,
  data,
  original,
  req,
  textFields,
  richTextFields,
  scanUploadedDocument,
}: {
  collection: SanitizedCollectionConfig
  data: Record<string, unknown>
  original: Record<string, unknown> | undefined
  req: PayloadRequest
  /** Plain-text fields to scan (`text`, `textarea`); a dotted path reaches into a group. */
  textFields: string[]
  /** Lexical rich-text fields to scan. */
  richTextFields: string[]
  /** Whether to scan the text of an uploaded PDF or DOCX (upload collections). */
  scanUploadedDocument: boolean
}): Promise<Finding[]> {
  const findings: Finding[] = []
  const fields = [
    ...textFields.map((fieldPath) => ({ fieldPath, toText: plainText })),
    ...richTextFields.map((fieldPath) => ({ fieldPath, toText: richTextToPlainText })),
  ]
  for (const { fieldPath, toText } of fields) {
    const value = hasPath({ value: data, fieldPath })
      ? valueAt({ value: data, fieldPath })
      : valueAt({ value: original, fieldPath })
    const field = fieldAt({ fields: collection.flattenedFields, fieldPath })
    for (const { locale, localizedValue } of byLocale({ value, field, req })) {
      const text = toText({ value: localizedValue })
      const markings = findClassificationStamps({ text }).map((stamp) => stamp.marking)
      if (markings.length === 0) continue
      findings.push({
        markings,
        source: {
          key: locale === null ? fieldPath : `${fieldPath}@${locale}`,
          label: labelOf({ field, fieldPath }),
          fingerprint: sha256({ text }),
          unreadableFileName: null,
        },
      })
    }
  }
  if (scanUploadedDocument && req.file) {
    const finding = await scanUploadedFile({ file: req.file, req })
    if (finding) findings.push(finding)
  }
  return findings
}

async function scanUploadedFile({
  file,
  req,
}: {
  file: RequestFile
  req: PayloadRequest
}): Promise<Finding | null> {
  const label = translate({
    locale: DEFAULT_LOCALE,
    key: 'security.uploadedFile',
    params: { file: file.name },
  })
  try {
    // The media pipeline has read this file already (page count, text for search): once.
    const text = (await readUploadedDocument({ file }))?.text ?? null
    if (text === null) return null
    const markings = findClassificationStamps({ text }).map((stamp) => stamp.marking)
    if (markings.length === 0) return null
    return {
      markings,
      source: { key: 'document', label, fingerprint: sha256({ text }), unreadableFileName: null },
    }
  } catch (error) {
    // A zip bomb is refused outright (for media, src/media/upload/uploadPipeline.ts does first).
    if (error instanceof DocumentTooLargeError) {
      throw translatedError({
        req,
        status: 413,
        key: 'media.documentContentTooLarge',
        params: { limit: `${Math.round(error.limitBytes / 1024 ** 2)} MB` },
      })
    }
    // A file that cannot be read cannot be cleared by the machine: hold it for a person.
    req.payload.logger.warn({ msg: 'Uploaded document could not be scanned', err: error })
    const tempFilePath = uploadTempFilePathOf({ file })
    const fingerprint = tempFilePath
      ? await sha256OfFile({ filePath: tempFilePath })
      : sha256({ text: file.data })
    return {
      markings: [],
      source: { key: 'document', label, fingerprint, unreadableFileName: file.name },
    }
  }
}

/**
 * A field's value per locale: `{ vi: …, en: … }` when the request asked for every locale
 * (`locale=all`), otherwise the value of the request's locale (`null` for a field that is not
 * localized, so its hash does not depend on the locale being edited).
 */
function byLocale({
  value,
  field,
  req,
}: {
  value: unknown
  field: FlattenedField | undefined
  req: PayloadRequest
}): { locale: string | null; localizedValue: unknown }[] {
  const isLocalized = field !== undefined && 'localized' in field && field.localized === true
  if (!isLocalized) return [{ locale: null, localizedValue: value }]
  if (req.locale === 'all' && isRecord(value) && Object.keys(value).every(isLocale)) {
    return Object.entries(value).map(([locale, localizedValue]) => ({ locale, localizedValue }))
  }
  return [{ locale: req.locale ?? DEFAULT_LOCALE, localizedValue: value }]
}

function fieldAt({
  fields,
  fieldPath,
}: {
  fields: FlattenedField[]
  fieldPath: string
}): FlattenedField | undefined {
  const [name, ...rest] = fieldPath.split('.')
  const field = fields.find((candidate) => 'name' in candidate && candidate.name === name)
  if (!field || rest.length === 0) return field
  // A localized group localizes everything inside it.
  if ('localized' in field && field.localized === true) return field
  return 'flattenedFields' in field
    ? fieldAt({ fields: field.flattenedFields, fieldPath: rest.join('.') })
    : undefined
}

function labelOf({
  field,
  fieldPath,
}: {
  field: FlattenedField | undefined
  fieldPath: string
}): string {
  const label = field && 'label' in field ? field.label : undefined
  return labelText({ label, language: DEFAULT_LOCALE }) ?? fieldPath
}

function plainText({ value }: { value: unknown }): string {
  if (typeof value === 'string') return value
  if (Array.isArray(value)) return value.filter((item) => typeof item === 'string').join('\n')
  return ''
}

function hasPath({ value, fieldPath }: { value: unknown; fieldPath: string }): boolean {
  const segments = fieldPath.split('.')
  const last = segments.pop() ?? ''
  const parent = segments.length === 0 ? value : valueAt({ value, fieldPath: segments.join('.') })
  return isRecord(parent) && Object.prototype.hasOwnProperty.call(parent, last)
}

function valueAt({ value, fieldPath }: { value: unknown; fieldPath: string }): unknown {
  return fieldPath
    .split('.')
    .reduce<unknown>((node, segment) => (isRecord(node) ? node[segment] : undefined), value)
}

function sha256({ text }: { text: string | Uint8Array }): string {
  return createHash('sha256').update(text).digest('hex')
}

async function sha256OfFile({ filePath }: { filePath: string }): Promise<string> {
  const hash = createHash('sha256')
  for await (const chunk of createReadStream(filePath)) hash.update(chunk as Buffer)
  return hash.digest('hex')
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
