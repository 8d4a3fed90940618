import type { MEDIA_KINDS } from '../../../collections/vocabularies'
import type { MediaLimits } from '../../env'
import { DOCX_MIME_TYPE } from '../../text/extractText'

/** The kinds of media item (the `kind` field of the media collection). */
export type MediaKind = (typeof MEDIA_KINDS)[number]['value']

/** One accepted file type: its canonical MIME type, the extensions it may carry, its aliases. */
export type AcceptedType = {
  kind: MediaKind
  mimeType: string
  extensions: readonly string[]
  /** Other MIME types clients declare for the same format. */
  aliases?: readonly string[]
  /** What an editor reads in an error message. */
  label: string
}

/**
 * The allow-list: everything else (SVG, HTML, scripts, executables, archives, HEIC, which the
 * bundled libvips cannot decode) is refused. Types are matched on the sniffed content, not on
 * what the client says.
 */
export const ACCEPTED_TYPES: readonly AcceptedType[] = [
  {
    kind: 'image',
    mimeType: 'image/jpeg',
    extensions: ['jpg', 'jpeg', 'jpe'],
    aliases: ['image/jpg', 'image/pjpeg'],
    label: 'JPEG',
  },
  { kind: 'image', mimeType: 'image/png', extensions: ['png'], label: 'PNG' },
  { kind: 'image', mimeType: 'image/webp', extensions: ['webp'], label: 'WebP' },
  { kind: 'image', mimeType: 'image/tiff', extensions: ['tif', 'tiff'], label: 'TIFF' },
  {
    kind: 'video',
    mimeType: 'video/mp4',
    extensions: ['mp4', 'm4v'],
    aliases: ['video/x-m4v'],
    label: 'MP4',
  },
  { kind: 'video', mimeType: 'video/quicktime', extensions: ['mov', 'qt'], label: 'MOV' },
  { kind: 'video', mimeType: 'video/webm', extensions: ['webm'], label: 'WebM' },
  { kind: 'document', mimeType: 'application/pdf', extensions: ['pdf'], label: 'PDF' },
  { kind: 'document', mimeType: DOCX_MIME_TYPE, extensions: ['docx'], label: 'DOCX' },
]

/** Every accepted MIME type, for the collection's `upload.mimeTypes`. */
export const ACCEPTED_MIME_TYPES: string[] = ACCEPTED_TYPES.flatMap((type) => [
  type.mimeType,
  ...(type.aliases ?? []),
])

export type TypeScreening =
  | { isAccepted: true; type: AcceptedType; kind: MediaKind; extension: string }
  | {
      isAccepted: false
      reason: 'type-not-allowed' | 'type-mismatch' | 'kind-mismatch'
      status: number
    }

/**
 * Decides whether a file may be stored, from its sniffed type (`detectedMimeType`, from the
 * content; `undefined` when nothing was recognised), the client's declared type, its name and
 * the kind of media item it is uploaded as (`undefined`: the kind follows the file).
 */
export function screenFileType({
  detectedMimeType,
  declaredMimeType,
  filename,
  requestedKind,
}: {
  detectedMimeType: string | undefined
  declaredMimeType: string | undefined
  filename: string
  requestedKind: string | undefined
}): TypeScreening {
  const type = ACCEPTED_TYPES.find(
    (candidate) =>
      candidate.mimeType === detectedMimeType ||
      candidate.aliases?.includes(detectedMimeType ?? ''),
  )
  if (!type) return { isAccepted: false, reason: 'type-not-allowed', status: 415 }
  const extension = extensionOf({ filename })
  const declared = essenceOf({ mimeType: declaredMimeType })
  const isDeclaredAsIs = declared === type.mimeType || (type.aliases ?? []).includes(declared)
  if (!type.extensions.includes(extension) || !isDeclaredAsIs) {
    return { isAccepted: false, reason: 'type-mismatch', status: 415 }
  }
  if (requestedKind !== undefined && requestedKind !== type.kind) {
    return { isAccepted: false, reason: 'kind-mismatch', status: 422 }
  }
  return { isAccepted: true, type, kind: type.kind, extension }
}

/** The largest file, in bytes, an item of `kind` may carry. */
export function byteLimitFor({ kind, limits }: { kind: MediaKind; limits: MediaLimits }): number {
  if (kind === 'image') return limits.imageBytes
  if (kind === 'video') return limits.videoBytes
  return limits.documentBytes
}

/** A byte count as an editor reads it: `300 MB`, `5 GB`. */
export function formatBytes({ bytes }: { bytes: number }): string {
  const units = ['B', 'KB', 'MB', 'GB', 'TB']
  let value = bytes
  let unit = 0
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024
    unit += 1
  }
  const rounded = value >= 10 || unit === 0 ? Math.round(value) : Math.round(value * 10) / 10
  return `${rounded} ${units[unit]}`
}

/** The accepted formats as a list for error messages: `JPEG, PNG, …`. */
export function acceptedLabels(): string {
  return ACCEPTED_TYPES.map((type) => type.label).join(', ')
}

/** The lower-case extension of a file name, without the dot; `''` when it has none. */
export function extensionOf({ filename }: { filename: string }): string {
  const base = filename.split(/[\\/]/).pop() ?? ''
  const dot = base.lastIndexOf('.')
  return dot <= 0 ? '' : base.slice(dot + 1).toLowerCase()
}

function essenceOf({ mimeType }: { mimeType: string | undefined }): string {
  return (mimeType ?? '').split(';')[0]?.trim().toLowerCase() ?? ''
}
