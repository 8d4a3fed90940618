import fs from 'node:fs/promises'
import path from 'node:path'

import { fileTypeFromBuffer, fileTypeFromFile } from 'file-type'
import type {
  CollectionAfterChangeHook,
  CollectionAfterDeleteHook,
  CollectionBeforeChangeHook,
  CollectionBeforeOperationHook,
  PayloadRequest,
  RequestContext,
} from 'payload'
import sharp from 'sharp'

import { getEnv } from '../../env'
import { translatedError } from '../../errors/translatedError'
import { DEFAULT_LOCALE, isLocale, type Locale } from '../../i18n'
import {
  DocumentTooLargeError,
  readUploadedDocument,
  type DocumentContent,
} from '../../text/extractText'
import { deleteStoredFiles, putStoredFile, type StoredFileOwner } from '../../storage/storedFiles'
import { findActiveContentInFile } from './activeContent'
import {
  hasPrivateTags,
  metadataFromTags,
  type EmbeddedMetadata,
} from '../metadata/embeddedMetadata'
import { embeddedLocalizedValues } from '../metadata/embeddedTranslations'
import { readEmbeddedTags, removePrivateTags } from '../metadata/exiftool'
import { SERVER_OWNED_MEDIA_FIELDS } from '../item/fields'
import { STORED_DOCUMENT_TEXT_CHARS, type VideoProcessing } from '../item/kindFields'
import {
  RENDITION_MIME_TYPES,
  UnreadableImageError,
  renderImageRenditions,
  renditionFilename,
  tuneSharpOnce,
  type RenderedImage,
} from './renditions'
import {
  acceptedLabels,
  byteLimitFor,
  formatBytes,
  screenFileType,
  type MediaKind,
} from './uploadPolicy'
import { storedFilename, titleForStoredName } from './storedFilename'
import { removeUploadedTempFiles, uploadTempFilePathOf, withUploadOnDisk } from './uploadTempFiles'
import { UnreadableVideoError, extractVideoFrame, probeVideo } from '../video/ffmpeg'
import type { VideoProbe } from '../video/probe'
import { posterFrameSeconds } from '../video/webVideo'

/** What {@link screenUpload} learnt and made, handed to the later hooks of the operation. */
export type PreparedUpload = {
  kind: MediaKind
  originalFilename: string
  rendered: RenderedImage | null
  metadata: EmbeddedMetadata | null
  /** What ffprobe read from a video. */
  video: VideoProbe | null
  /** A document's text and page count; `null` when it could not be read. */
  document: DocumentContent | null
  /** Set once the renditions are in storage (storeRenditions). */
  isStored?: boolean
}

/** The `video` group of an item that is not a video. */
const NO_VIDEO: Record<keyof VideoProbe, null> = {
  durationSeconds: null,
  width: null,
  height: null,
  videoCodec: null,
  audioCodec: null,
  frameRate: null,
}

const NO_VIDEO_PROCESSING: VideoProcessing = {
  status: null,
  percent: null,
  error: null,
  updatedAt: null,
}

/** A stored rendition as the media item records it. */
export type RenditionRecord = {
  size: string
  format: string
  filename: string
  mimeType: string
  width: number
  height: number
  filesize: number
}

/**
 * Screens and prepares an uploaded file before Payload touches it (`beforeOperation`, after
 * the state-secret guard and before Payload sizes, names or stores the file):
 *
 * 1. refuses an empty file (422); a type not on the allow-list (SVG, HTML, scripts,
 *    executables…) or whose sniffed content disagrees with its extension or declared type
 *    (415); a file of another kind than the item's (422); a file over its kind's size limit
 *    (413); an image carrying markup or script (a polyglot, 415); an image whose header
 *    declares more pixels than allowed (422, before anything is decoded);
 * 2. decodes an image once and renders its renditions — a damaged or truncated image is
 *    refused here (422); probes a video with ffprobe and renders the same renditions from a
 *    poster frame — a file ffmpeg cannot read as video is refused here (422); reads a
 *    document's text and page count and renders the same renditions from a PDF's first page
 *    (one parse: the security scan reuses it; a page that cannot be drawn only loses the
 *    preview);
 * 3. reads IPTC, XMP and EXIF, then removes GPS, serial numbers and owner names from the file
 *    itself, so the stored original is clean;
 * 4. gives uploads from requests a generated stored name (the headline, caption or uploaded
 *    name as ASCII words and a random suffix, src/media/upload/storedFilename.ts), keeping the
 *    uploaded name for downloads. Local API calls (the seed) keep the name they give.
 *
 * A refused upload leaves nothing: the temporary file is removed and no record is written.
 * Requests without a user are left to access control, so nobody anonymous makes us decode.
 */
export const screenUpload: CollectionBeforeOperationHook = async ({
  args,
  context,
  operation,
  req,
}) => {
  if (operation !== 'create' && operation !== 'update') return args
  // The context belongs to the request, which a script (the seed) may share across many
  // operations: what an earlier operation prepared must never be stored for this one.
  delete context.preparedUpload
  const file = req.file
  if (!file) return args
  const isAccessChecked = (args as { overrideAccess?: boolean }).overrideAccess === false
  if (isAccessChecked && !req.user) return args
  const data = (args as { data?: Record<string, unknown> }).data ?? {}
  try {
    const prepared = await prepareUpload({ req, data })
    context.preparedUpload = prepared
    data.kind = prepared.kind
    if (req.payloadAPI !== 'local') {
      const extension = path.extname(file.name).toLowerCase()
      file.name = storedFilename({
        title: titleForStoredName({
          candidates: [data.alt, data.caption, path.basename(file.name, path.extname(file.name))],
        }),
        extension,
      })
    }
    return args
  } catch (error) {
    await removeUploadedTempFiles({ req })
    throw error
  }
}

/**
 * Puts what {@link screenUpload} prepared into the item (`beforeChange`): renditions, the
 * placeholder, embedded metadata, the uploaded name, a video's probe (and its web version as
 * queued), a document's page count and text, and the embedded headline, caption, credit,
 * creator, copyright, usage terms, keywords, date taken and place shown wherever the editor has
 * given none (in this request or earlier); the other languages' texts of the file follow the
 * save (src/media/metadata/embeddedTranslations.ts). Server-owned fields are never taken from a client.
 */
export const applyUploadResults: CollectionBeforeChangeHook = ({
  context,
  data,
  originalDoc,
  req,
}) => {
  const next = { ...(data as Record<string, unknown>) }
  const stored = (originalDoc ?? {}) as Record<string, unknown>
  // What the client sent is ignored; an update without a new file keeps what is stored.
  for (const field of SERVER_OWNED_MEDIA_FIELDS) {
    if (field in stored) next[field] = stored[field]
    else delete next[field]
  }
  const prepared = context.preparedUpload
  if (!prepared) return next
  const filename = typeof next.filename === 'string' ? next.filename : null
  next.originalFilename = prepared.originalFilename.slice(0, 500)
  next.renditions =
    prepared.rendered && filename ? renditionRecords({ filename, rendered: prepared.rendered }) : []
  next.placeholder = prepared.rendered?.placeholder ?? null
  next.embeddedMetadata = prepared.metadata
  next.video = prepared.video ?? NO_VIDEO
  // The web rendition is made after the save, by a job (src/media/video/queueVideoTranscode.ts).
  next.videoProcessing = prepared.video
    ? { ...NO_VIDEO_PROCESSING, status: 'queued', percent: 0, updatedAt: new Date().toISOString() }
    : NO_VIDEO_PROCESSING
  next.pageCount = prepared.document?.pageCount ?? null
  next.documentText = prepared.document?.text.slice(0, STORED_DOCUMENT_TEXT_CHARS) || null
  if (prepared.metadata) {
    const locale: Locale = isLocale(req.locale) ? req.locale : DEFAULT_LOCALE
    const embedded = prepared.metadata
    const prefill: Record<string, unknown> = {
      ...embeddedLocalizedValues({ metadata: embedded, locale }),
      credit: embedded.credit,
      creator: embedded.creator,
      copyrightNotice: embedded.copyrightNotice,
      dateTaken: embedded.dateTaken,
      placeShown: embedded.placeShown,
    }
    for (const [field, value] of Object.entries(prefill)) {
      if (value === undefined) continue
      // Editors' values win: in this request, or already stored on the item.
      if (isBlank(next[field]) && isBlank(stored[field])) next[field] = value
    }
  }
  return next
}

/**
 * Writes the renditions prepared for this operation beside the original, in the configured
 * storage (`afterChange`: the stored name is final and the record exists), and removes the
 * renditions of a file this upload replaced.
 */
export const storeRenditions: CollectionAfterChangeHook = async ({
  collection,
  context,
  doc,
  previousDoc,
}) => {
  const record = doc as Record<string, unknown>
  const prepared = context.preparedUpload
  // Once per upload: a nested save of the same item in this operation must not store again.
  if (!prepared || prepared.isStored) return record
  prepared.isStored = true
  const env = getEnv()
  const owner = ownerOf({ collection: collection.slug, doc: record })
  const filename = typeof record.filename === 'string' ? record.filename : null
  if (prepared.rendered && filename) {
    await Promise.all(
      prepared.rendered.renditions.map((rendition) =>
        putStoredFile({
          env,
          owner,
          filename: renditionFilename({
            filename,
            size: rendition.size,
            format: rendition.format,
          }),
          body: rendition.data,
          contentType: RENDITION_MIME_TYPES[rendition.format],
        }),
      ),
    )
  }
  const current = new Set(renditionsOf({ doc: record }).map((rendition) => rendition.filename))
  const replaced = renditionsOf({ doc: (previousDoc ?? {}) as Record<string, unknown> })
    .map((rendition) => rendition.filename)
    .filter((name) => !current.has(name))
  await deleteStoredFiles({
    env,
    owner: ownerOf({
      collection: collection.slug,
      doc: (previousDoc ?? {}) as Record<string, unknown>,
    }),
    filenames: replaced,
  })
  return record
}

/** Deletes an item's renditions with it (Payload and the storage plugin delete the original). */
export const removeRenditions: CollectionAfterDeleteHook = async ({ collection, doc, req }) => {
  const record = doc as Record<string, unknown>
  try {
    await deleteStoredFiles({
      env: getEnv(),
      owner: ownerOf({ collection: collection.slug, doc: record }),
      filenames: renditionsOf({ doc: record }).map((rendition) => rendition.filename),
    })
  } catch (error) {
    // The item is gone either way; a leftover file is found by the storage check, not lost.
    req.payload.logger.error({ msg: 'Could not delete the renditions of a media item', err: error })
  }
  return record
}

/** The kind of file this operation uploaded and prepared, if it uploaded one. */
export function uploadedKindOf({ context }: { context: RequestContext }): MediaKind | null {
  return context.preparedUpload?.kind ?? null
}

/** The renditions an item records. */
export function renditionsOf({ doc }: { doc: Record<string, unknown> }): RenditionRecord[] {
  return Array.isArray(doc.renditions) ? (doc.renditions as RenditionRecord[]) : []
}

/** Where an item's files live in the storage. */
export function ownerOf({
  collection,
  doc,
}: {
  collection: string
  doc: Record<string, unknown>
}): StoredFileOwner {
  return {
    collection,
    prefix: typeof doc.prefix === 'string' ? doc.prefix : null,
    _objectKey: typeof doc._objectKey === 'string' ? doc._objectKey : null,
  }
}

async function prepareUpload({
  req,
  data,
}: {
  req: PayloadRequest
  data: Record<string, unknown>
}): Promise<PreparedUpload> {
  const file = req.file!
  const limits = getEnv().mediaLimits
  const filePath = uploadTempFilePathOf({ file })
  const size = filePath ? (await fs.stat(filePath)).size : file.data.byteLength
  if (size === 0) throw translatedError({ req, status: 422, key: 'media.empty' })

  const detected = filePath ? await fileTypeFromFile(filePath) : await fileTypeFromBuffer(file.data)
  const screening = screenFileType({
    detectedMimeType: detected?.mime,
    declaredMimeType: file.mimetype,
    filename: file.name,
    requestedKind: typeof data.kind === 'string' && data.kind !== '' ? data.kind : undefined,
  })
  if (!screening.isAccepted) {
    const key =
      screening.reason === 'type-not-allowed'
        ? 'media.typeNotAllowed'
        : screening.reason === 'type-mismatch'
          ? 'media.typeMismatch'
          : 'media.kindMismatch'
    throw translatedError({
      req,
      status: screening.status,
      key,
      params: { allowed: acceptedLabels() },
    })
  }
  const limit = byteLimitFor({ kind: screening.kind, limits })
  if (size > limit) {
    throw translatedError({
      req,
      status: 413,
      key: 'media.tooLarge',
      params: { limit: formatBytes({ bytes: limit }) },
    })
  }
  const prepared: PreparedUpload = {
    kind: screening.kind,
    originalFilename: file.name,
    rendered: null,
    metadata: null,
    video: null,
    document: null,
  }
  if (screening.kind === 'document') {
    prepared.document = await readDocumentIfPossible({ req, file })
    prepared.rendered = await renderFirstPageIfPossible({
      req,
      document: prepared.document,
      maxPixels: limits.imagePixels,
    })
    return prepared
  }

  // ExifTool works on files: an in-memory upload (Local API) gets a work file.
  await withUploadOnDisk({
    req,
    file,
    work: async ({ filePath: workPath, isWorkFile }) => {
      if (screening.kind === 'image') {
        if (await findActiveContentInFile({ filePath: workPath })) {
          throw translatedError({ req, status: 415, key: 'media.activeContent' })
        }
        await refuseTooManyPixels({ req, filePath: workPath, maxPixels: limits.imagePixels })
        prepared.rendered = await readOrRefuse({
          req,
          kind: 'image',
          read: () => renderImageRenditions({ input: workPath, maxPixels: limits.imagePixels }),
        })
      }
      if (screening.kind === 'video') {
        const probe = await readOrRefuse({
          req,
          kind: 'video',
          read: () => probeVideo({ filePath: workPath }),
        })
        prepared.video = probe
        prepared.rendered = await readOrRefuse({
          req,
          kind: 'video',
          read: () => renderPoster({ filePath: workPath, probe, maxPixels: limits.imagePixels }),
        })
      }
      const tags = await readEmbeddedTags({ filePath: workPath })
      prepared.metadata = metadataFromTags({ tags })
      if (hasPrivateTags({ tags })) {
        await removePrivateTags({ filePath: workPath })
        if (isWorkFile) {
          file.data = await fs.readFile(workPath)
          file.size = file.data.byteLength
        }
      }
    },
  })
  return prepared
}

async function refuseTooManyPixels({
  req,
  filePath,
  maxPixels,
}: {
  req: PayloadRequest
  filePath: string
  maxPixels: number
}): Promise<void> {
  tuneSharpOnce()
  // Reads the header only: nothing is decoded or allocated for the pixels.
  const header = await sharp(filePath, { limitInputPixels: false })
    .metadata()
    .catch((error: unknown) => {
      throw unreadable({ req, error })
    })
  const pixels = (header.width ?? 0) * (header.height ?? 0) * Math.max(1, header.pages ?? 1)
  if (pixels > maxPixels) {
    throw translatedError({
      req,
      status: 422,
      key: 'media.tooManyPixels',
      params: {
        megapixels: Math.round(pixels / 1_000_000),
        limit: Math.round(maxPixels / 1_000_000),
      },
    })
  }
}

/**
 * What `read` makes of an uploaded file of `kind`; a file it cannot read as that kind is refused
 * (422). A video's poster frame that cannot be decoded makes the video unreadable.
 */
async function readOrRefuse<T>({
  req,
  kind,
  read,
}: {
  req: PayloadRequest
  kind: 'image' | 'video'
  read: () => Promise<T>
}): Promise<T> {
  try {
    return await read()
  } catch (error) {
    if (kind === 'image' && error instanceof UnreadableImageError) throw unreadable({ req, error })
    if (
      kind === 'video' &&
      (error instanceof UnreadableVideoError || error instanceof UnreadableImageError)
    ) {
      throw unreadableVideo({ req, error })
    }
    throw error
  }
}

/**
 * The poster frame, rendered like a photo (thumb, web and large stills and the placeholder),
 * which is what the library shows for a video until it is played.
 */
async function renderPoster({
  filePath,
  probe,
  maxPixels,
}: {
  filePath: string
  probe: VideoProbe
  maxPixels: number
}): Promise<RenderedImage> {
  const frame = await extractVideoFrame({
    filePath,
    atSeconds: posterFrameSeconds({ durationSeconds: probe.durationSeconds }),
  })
  return renderImageRenditions({ input: frame, maxPixels })
}

function unreadableVideo({ req, error }: { req: PayloadRequest; error: unknown }): Error {
  req.payload.logger.warn({ msg: 'Refused a video that cannot be read', err: error })
  return translatedError({ req, status: 422, key: 'media.unreadableVideo' })
}

/**
 * A document's text and page count. One that cannot be read (damaged, password-protected,
 * too large) is stored all the same: the security scan holds it for a person to check.
 */
async function readDocumentIfPossible({
  req,
  file,
}: {
  req: PayloadRequest
  file: NonNullable<PayloadRequest['file']>
}): Promise<DocumentContent | null> {
  try {
    return await readUploadedDocument({ file })
  } catch (error) {
    // A zip bomb is refused, not stored for a person to check: opening it is the attack.
    if (error instanceof DocumentTooLargeError) {
      req.payload.logger.warn({ msg: 'Refused a document that unpacks past the limit', err: error })
      throw translatedError({
        req,
        status: 413,
        key: 'media.documentContentTooLarge',
        params: { limit: formatBytes({ bytes: error.limitBytes }) },
      })
    }
    req.payload.logger.warn({ msg: 'Could not read the text of an uploaded document', err: error })
    return null
  }
}

/**
 * The renditions and placeholder of a PDF's first page (drawn while its text was read, in the
 * same parse), so the library shows a publication like a photo. A page PDF.js read but could
 * not draw costs the preview only: the text and page count, which search and the security scan
 * need, are there, and refusing a readable publication for its looks would lose it. It is
 * logged and the document stored without a preview, as a DOCX is.
 */
async function renderFirstPageIfPossible({
  req,
  document,
  maxPixels,
}: {
  req: PayloadRequest
  document: DocumentContent | null
  maxPixels: number
}): Promise<RenderedImage | null> {
  const withoutPreview = (error: unknown): null => {
    req.payload.logger.warn({
      msg: 'Could not draw the first page of an uploaded PDF; it is stored without a preview',
      err: error,
    })
    return null
  }
  const firstPage = document?.firstPage
  if (!firstPage) return null
  if ('error' in firstPage) return withoutPreview(firstPage.error)
  try {
    return await renderImageRenditions({ input: firstPage.png, maxPixels })
  } catch (error) {
    return withoutPreview(error)
  }
}

function unreadable({ req, error }: { req: PayloadRequest; error: unknown }): Error {
  req.payload.logger.warn({ msg: 'Refused an image that cannot be decoded', err: error })
  return translatedError({ req, status: 422, key: 'media.unreadable' })
}

function renditionRecords({
  filename,
  rendered,
}: {
  filename: string
  rendered: RenderedImage
}): RenditionRecord[] {
  return rendered.renditions.map((rendition) => ({
    size: rendition.size,
    format: rendition.format,
    filename: renditionFilename({ filename, size: rendition.size, format: rendition.format }),
    mimeType: RENDITION_MIME_TYPES[rendition.format],
    width: rendition.width,
    height: rendition.height,
    filesize: rendition.data.byteLength,
  }))
}

function isBlank(value: unknown): boolean {
  if (value === undefined || value === null) return true
  if (typeof value === 'string') return value.trim() === ''
  if (Array.isArray(value)) return value.length === 0
  return false
}
