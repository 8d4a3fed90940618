import { create as contentDisposition } from 'content-disposition'

import { extensionOf } from '../upload/uploadPolicy'

/**
 * The file name a download is saved under: the name the editor uploaded (stored names are
 * generated), the variant, and the served file's extension — `Cầu Đồng Nai-web.jpg`.
 */
export function downloadFilename({
  originalFilename,
  variant,
  extension,
}: {
  originalFilename: string
  variant: string
  extension: string
}): string {
  const base = originalFilename.split(/[\\/]/).pop() ?? ''
  const originalExtension = extensionOf({ filename: base })
  const stem = (originalExtension ? base.slice(0, -(originalExtension.length + 1)) : base)
    // Control characters and path separators have no place in a saved file name.
    .replace(/[\p{Cc}"\\/:*?<>|]+/gu, ' ')
    .trim()
  const suffix = variant === 'original' ? '' : `-${variant}`
  return `${stem || 'media'}${suffix}.${extension}`
}

/**
 * An RFC 6266 `Content-Disposition` header: the UTF-8 name in `filename*`, and for old
 * clients an ASCII `filename` with Vietnamese letters spelled without their marks
 * ("Cau Dong Nai-web.jpg"), not replaced by question marks.
 */
export function attachmentHeader({
  filename,
  isInline = false,
}: {
  filename: string
  isInline?: boolean
}): string {
  return contentDisposition(filename, {
    type: isInline ? 'inline' : 'attachment',
    fallback: asciiFilename({ filename }),
  })
}

/** `filename` with diacritics removed and anything else outside printable ASCII as `_`. */
export function asciiFilename({ filename }: { filename: string }): string {
  return filename
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .replace(/[^\x20-\x7e]/g, '_')
}
