import { labelText } from '../i18n/adminLabel'
import { createHash } from 'node:crypto'
import { createReadStream } from 'node:fs'
import { rm } from 'node:fs/promises'
import path from 'node:path'

import type {
  CollectionBeforeChangeHook,
  CollectionBeforeOperationHook,
  Field,
  FlattenedField,
  PayloadRequest,
  SanitizedCollectionConfig,
} from 'payload'

import { slugs } from '../../collections/slugs'
import { isAdminField, isStaffUser } from '../access/roles'
import { translatedError } from '../errors/translatedError'
import { DEFAULT_LOCALE, isLocale, translate } from '../i18n'
import { CLASSIFICATIONS, CLASSIFICATION_LABELS, STORABLE_CLASSIFICATION } from './classification'
import { DocumentTooLargeError, readUploadedDocument, richTextToPlainText } from './extractText'
import { findClassificationStamps, type StampMarking } from './findClassificationStamps'

/**
 * The item's declared classification. Only `unclassified` is ever stored:
 * {@link refuseClassifiedMaterial} refuses every other value before anything is written.
 */
export const classificationField: Field = {
  name: 'classification',
  type: 'select',
  required: true,
  defaultValue: STORABLE_CLASSIFICATION,
  options: CLASSIFICATIONS.map((value) => ({ value, label: CLASSIFICATION_LABELS[value] })),
  label: { vi: 'Độ mật', en: 'Classification' },
  admin: {
    position: 'sidebar',
    description: {
      vi: 'Hệ thống kết nối Internet chỉ được lưu thông tin không thuộc bí mật nhà nước. Nội dung độ Mật, Tối mật hoặc Tuyệt mật bị từ chối và không được lưu.',
      en: 'This Internet-connected system may store unclassified material only. Anything classified Mật, Tối mật or Tuyệt mật is refused and nothing is saved.',
    },
  },
}

/**
 * The security-review hold of an item whose text carries a classification stamp. Set by
 * {@link holdStampedContent}; only an administrator can clear it (untick `isHeld`), which
 * {@link recordHoldClearance} records. Staff see it; nobody else does.
 */
export const securityHoldField: Field = {
  name: 'securityHold',
  type: 'group',
  label: { vi: 'Tạm giữ kiểm tra bảo mật', en: 'Security review hold' },
  admin: {
    position: 'sidebar',
    description: {
      vi: 'Mục có dấu độ mật bị tạm giữ ở trạng thái nháp. Chỉ quản trị viên được gỡ tạm giữ sau khi kiểm tra.',
      en: 'An item carrying a classification marking is held as a draft. Only an administrator may clear the hold after checking it.',
    },
  },
  access: {
    read: ({ req: { user } }) => isStaffUser(user),
    create: isAdminField,
    update: isAdminField,
  },
  fields: [
    {
      name: 'isHeld',
      type: 'checkbox',
      defaultValue: false,
      index: true,
      label: { vi: 'Đang tạm giữ', en: 'Held' },
    },
    {
      name: 'reason',
      type: 'textarea',
      maxLength: 2000,
      label: { vi: 'Lý do', en: 'Reason' },
    },
    {
      name: 'heldAt',
      type: 'date',
      label: { vi: 'Tạm giữ lúc', en: 'Held at' },
      admin: { readOnly: true, date: { pickerAppearance: 'dayAndTime' } },
    },
    {
      // Which texts the hold (and a clearance) covered; see `Fingerprints` below.
      name: 'fingerprint',
      type: 'text',
      admin: { hidden: true },
    },
    {
      name: 'clearedBy',
      type: 'relationship',
      relationTo: slugs.users,
      label: { vi: 'Người gỡ tạm giữ', en: 'Cleared by' },
      admin: { readOnly: true },
    },
    {
      name: 'clearedAt',
      type: 'date',
      label: { vi: 'Gỡ tạm giữ lúc', en: 'Cleared at' },
      admin: { readOnly: true, date: { pickerAppearance: 'dayAndTime' } },
    },
  ],
}

/**
 * Refuses state-secret material (issue #3): a create or update whose `classification` is
 * anything but `unclassified` fails with 422 and a message in the requester's language, and
 * nothing is stored.
 *
 * Why `beforeOperation` and why that is enough (checked in payload 3.90.1, dist/):
 * - REST JSON and multipart alike are parsed before the operation starts
 *   (utilities/addDataAndFileToRequest.js): a multipart upload's `_payload` becomes `req.data`
 *   and its files are already streamed to `upload.tempFileDir` (src/media/uploadOptions.ts);
 *   the endpoints pass `req.data` on as `args.data` (collections/endpoints/create.js:14,
 *   updateByID.js:13, update.js:12); GraphQL and the Local API pass their `data` the same way.
 * - collections/operations/create.js runs this hook (buildBeforeOperation, line 75) before
 *   access (line 127), file processing (generateFileData, line 135), writing files to the
 *   upload folder (uploadFiles, line 267), the database (db.create, line 291) and the version
 *   (saveVersion, line 312); cloud storage uploads in a later beforeChange hook.
 * - updateByID.js runs it at line 61, before generateFileData (line 157) and updateDocument
 *   (line 175; in operations/utilities/update.js: uploadFiles line 152, db.updateOne line
 *   312, saveVersion line 324); bulk update.js runs it at line 74, before generateFileData
 *   (line 189).
 * So the only thing on disk by then is the multipart temp file. Payload unlinks `req.file`'s
 * temp file when an operation fails (create.js line 425), but not the other parts of
 * `req.files`; this hook removes them all before it throws.
 *
 * A missing classification is left to Payload: on create it is a required field (400).
 */
export const refuseClassifiedMaterial: CollectionBeforeOperationHook = async ({
  args,
  collection,
  operation,
  req,
}) => {
  if (operation !== 'create' && operation !== 'update') return args
  const data: unknown = (args as { data?: unknown }).data
  if (!isRecord(data)) return args
  const { classification } = data
  if (
    classification === undefined ||
    classification === null ||
    classification === '' ||
    classification === STORABLE_CLASSIFICATION
  ) {
    return args
  }
  await removeUploadedTempFiles({ req })
  req.payload.logger.warn({
    msg: 'Refused state-secret material',
    collection: collection.slug,
    operation,
    classification,
    user: req.user?.id ?? null,
  })
  throw translatedError({
    req,
    status: 422,
    key: 'security.classifiedRefused',
    data: { classification },
  })
}

/** Options of {@link holdStampedContent}. */
export type HoldStampedContentOptions = {
  /** Plain-text fields to scan (`text`, `textarea`); a dotted path reaches into a group. */
  textFields: string[]
  /** Lexical rich-text fields to scan. */
  richTextFields: string[]
  /** Whether to scan the text of an uploaded PDF or DOCX (upload collections). */
  scanUploadedDocument: boolean
}

/**
 * Puts an item whose text carries a classification stamp (see findClassificationStamps) on
 * hold for security review: `securityHold` is set and the item is kept a draft, so it cannot be
 * published until an administrator clears the hold; the hold is logged for the audit trail.
 *
 * Scanned: the given fields in this request's locale (for an update, the stored value of each
 * field the request leaves out) and, with `scanUploadedDocument`, the text of an uploaded PDF
 * or DOCX. A document that cannot be read (damaged, password-protected, too large) is held
 * too: it cannot be checked. A held item that is sent to be published is refused (422).
 *
 * A clearance covers the texts it was given for: each stamped text is remembered by field,
 * locale and SHA-256 in `securityHold.fingerprint`, and the same stamp in the same text does
 * not hold the item again; a changed or new stamped text (or file) does.
 *
 * Attach after {@link recordHoldClearance} and before any hook that acts on publishing.
 */
export function holdStampedContent({
  textFields,
  richTextFields,
  scanUploadedDocument,
}: HoldStampedContentOptions): CollectionBeforeChangeHook {
  return async ({ collection, data, operation, originalDoc, req }) => {
    const next = { ...(data as Record<string, unknown>) }
    const original = operation === 'update' && isRecord(originalDoc) ? originalDoc : undefined
    const previous = readHold({ value: original?.securityHold })
    const isClearing = previous.isHeld && isRecord(next.securityHold) && !next.securityHold.isHeld
    const isHeld =
      !isClearing &&
      (previous.isHeld || (isRecord(next.securityHold) && next.securityHold.isHeld === true))
    const hasDrafts = Boolean(collection.versions && collection.versions.drafts)

    if (isHeld && next._status === 'published') {
      req.payload.logger.warn({
        msg: 'Refused to publish an item held for security review',
        collection: collection.slug,
        id: original?.id ?? null,
        user: req.user?.id ?? null,
      })
      throw translatedError({
        req,
        status: 422,
        key: 'workflow.securityHold',
        data: { securityHold: true },
      })
    }

    const findings = await findStampedSources({
      collection,
      data: next,
      original,
      req,
      textFields,
      richTextFields,
      scanUploadedDocument,
    })
    const recorded = parseFingerprints({ value: previous.fingerprint })
    const fingerprint = serialiseFingerprints({
      fingerprints: {
        ...recorded,
        ...Object.fromEntries(findings.map(({ source }) => [source.key, source.fingerprint])),
      },
    })

    if (isClearing) {
      // The administrator clears the hold for the text saved with the clearance.
      return { ...next, securityHold: { ...asRecord(next.securityHold), fingerprint } }
    }
    if (isHeld) {
      return {
        ...next,
        ...(hasDrafts ? { _status: 'draft' } : {}),
        securityHold: { ...previous, ...asRecord(next.securityHold), isHeld: true, fingerprint },
      }
    }

    const approved = previous.clearedAt !== null ? recorded : {}
    const unapproved = findings.filter(({ source }) => approved[source.key] !== source.fingerprint)
    if (unapproved.length === 0) return next

    const markings = [...new Set(unapproved.flatMap(({ markings }) => markings))]
    req.payload.logger.warn({
      msg: 'Held for security review: classification marking found',
      collection: collection.slug,
      id: original?.id ?? null,
      markings,
      sources: unapproved.map(({ source }) => source.key),
      user: req.user?.id ?? null,
    })
    return {
      ...next,
      ...(hasDrafts ? { _status: 'draft' } : {}),
      securityHold: {
        isHeld: true,
        reason: holdReason({ findings: unapproved }),
        heldAt: new Date().toISOString(),
        fingerprint,
        clearedBy: null,
        clearedAt: null,
      },
    }
  }
}

/**
 * Records an administrator's decision on the hold: unticking `isHeld` stamps `clearedBy` and
 * `clearedAt` and keeps what the hold covered (`heldAt`, `fingerprint`); ticking it by hand
 * stamps `heldAt`. Only administrators can change `securityHold` (field access), so any change
 * that reaches this hook is theirs or trusted server code's. Attach before
 * {@link holdStampedContent}.
 */
export const recordHoldClearance: CollectionBeforeChangeHook = ({
  collection,
  data,
  operation,
  originalDoc,
  req,
}) => {
  const next = { ...(data as Record<string, unknown>) }
  if (!isRecord(next.securityHold)) return next
  const previous = readHold({
    value: operation === 'update' && isRecord(originalDoc) ? originalDoc.securityHold : undefined,
  })
  const incoming = next.securityHold
  const id = isRecord(originalDoc) ? (originalDoc.id ?? null) : null

  if (previous.isHeld && incoming.isHeld === false) {
    const clearedBy = isStaffUser(req.user) && req.user ? req.user.id : null
    req.payload.logger.warn({
      msg: 'Security review hold cleared',
      collection: collection.slug,
      id,
      user: clearedBy,
    })
    return {
      ...next,
      securityHold: {
        ...incoming,
        heldAt: previous.heldAt,
        fingerprint: previous.fingerprint,
        clearedBy,
        clearedAt: new Date().toISOString(),
      },
    }
  }
  if (!previous.isHeld && incoming.isHeld === true) {
    req.payload.logger.warn({
      msg: 'Held for security review by hand',
      collection: collection.slug,
      id,
      user: req.user?.id ?? null,
    })
    return {
      ...next,
      securityHold: {
        ...incoming,
        heldAt: new Date().toISOString(),
        fingerprint: previous.fingerprint,
        clearedBy: null,
        clearedAt: null,
      },
    }
  }
  return next
}

/** The stored hold, read defensively (absent on create and on items saved before the hold). */
type SecurityHold = {
  isHeld: boolean
  reason: string | null
  heldAt: string | null
  fingerprint: string | null
  clearedBy: unknown
  clearedAt: string | null
}

/**
 * What the hold covered: SHA-256 of each stamped text, keyed by source (`title@vi`,
 * `body@en`, `document`). Kept per source because a save carries one locale's text, and an
 * uploaded file only when it is replaced: one hash over "everything scanned" would change with
 * the locale being edited and with every save that does not resend the file.
 */
type Fingerprints = Record<string, string>

/** A text that was scanned: a field in one locale, or the uploaded document. */
type ScannedSource = {
  key: string
  /** How the hold reason names it: the field's Vietnamese label, or the file's name. */
  label: string
  fingerprint: string
  /** Set when the uploaded file could not be read: its name. */
  unreadableFileName: string | null
}

type Finding = { source: ScannedSource; markings: StampMarking[] }

async function findStampedSources({
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
} & HoldStampedContentOptions): Promise<Finding[]> {
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
  file: NonNullable<PayloadRequest['file']>
  req: PayloadRequest
}): Promise<Finding | null> {
  const isOnDisk = file.tempFilePath !== undefined && file.data.byteLength === 0
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
    // A zip bomb is refused outright (src/media/uploadPipeline.ts refuses it first for media).
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
    const fingerprint =
      isOnDisk && file.tempFilePath
        ? await sha256OfFile({ filePath: file.tempFilePath })
        : sha256({ text: file.data })
    return {
      markings: [],
      source: { key: 'document', label, fingerprint, unreadableFileName: file.name },
    }
  }
}

function holdReason({ findings }: { findings: Finding[] }): string {
  const sentences: string[] = []
  const stamped = findings.filter(({ markings }) => markings.length > 0)
  if (stamped.length > 0) {
    const markings = [...new Set(stamped.flatMap(({ markings }) => markings))]
    const labels = [...new Set(stamped.map(({ source }) => source.label))]
    sentences.push(
      translate({
        locale: DEFAULT_LOCALE,
        key: 'security.holdReason',
        params: {
          markings: markings.map((marking) => `“${marking}”`).join(', '),
          fields: labels.join(', '),
        },
      }),
    )
  }
  for (const { source } of findings) {
    if (source.unreadableFileName === null) continue
    sentences.push(
      translate({
        locale: DEFAULT_LOCALE,
        key: 'security.holdReasonUnreadable',
        params: { file: source.unreadableFileName },
      }),
    )
  }
  return sentences.join(' ')
}

/**
 * Removes the files a multipart request streamed to the upload temp folder. Client uploads
 * (`clientUploadContext`) are left to Payload, which tracks and removes them itself.
 */
export async function removeUploadedTempFiles({ req }: { req: PayloadRequest }): Promise<void> {
  const tempFileDir = req.payload.config.upload?.tempFileDir
  const files = [req.file, ...Object.values(req.files ?? {}).flat()]
  for (const file of new Set(files)) {
    if (!file?.tempFilePath || 'clientUploadContext' in file) continue
    const filePath = path.resolve(file.tempFilePath)
    // Only what the multipart parser wrote: never a file a Local API caller pointed at.
    if (tempFileDir && !filePath.startsWith(path.resolve(tempFileDir) + path.sep)) continue
    try {
      await rm(filePath, { force: true })
      // Payload unlinks `req.file.tempFilePath` again when the operation fails; it is gone now.
      delete file.tempFilePath
    } catch (error) {
      req.payload.logger.error({ msg: 'Could not remove an upload temp file', err: error })
    }
  }
}

function readHold({ value }: { value: unknown }): SecurityHold {
  const hold = asRecord(value)
  return {
    isHeld: hold.isHeld === true,
    reason: typeof hold.reason === 'string' ? hold.reason : null,
    heldAt: typeof hold.heldAt === 'string' ? hold.heldAt : null,
    fingerprint: typeof hold.fingerprint === 'string' ? hold.fingerprint : null,
    clearedBy: hold.clearedBy ?? null,
    clearedAt: typeof hold.clearedAt === 'string' ? hold.clearedAt : null,
  }
}

function parseFingerprints({ value }: { value: string | null }): Fingerprints {
  if (value === null) return {}
  try {
    const parsed: unknown = JSON.parse(value)
    if (!isRecord(parsed)) return {}
    return Object.fromEntries(
      Object.entries(parsed).filter((entry): entry is [string, string] => {
        return typeof entry[1] === 'string'
      }),
    )
  } catch {
    // Not ours (written by hand): it covers nothing.
    return {}
  }
}

function serialiseFingerprints({ fingerprints }: { fingerprints: Fingerprints }): string | null {
  const keys = Object.keys(fingerprints).sort()
  if (keys.length === 0) return null
  return JSON.stringify(Object.fromEntries(keys.map((key) => [key, fingerprints[key]])))
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

function asRecord(value: unknown): Record<string, unknown> {
  return isRecord(value) ? value : {}
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
