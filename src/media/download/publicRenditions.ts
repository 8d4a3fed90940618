import { entitledVariants } from './entitlements'

/** A rendition anyone may fetch, as syndication advertises it. */
export type PublicRendition = {
  /** `thumb`, `web` for JPEG stills; `web-webp`, `web-mp4` for the other formats. */
  name: string
  /** Path on this server (the renditions endpoint, which applies the visibility rule). */
  path: string
  mimeType: string
  width: number
  height: number
  filesize: number
}

type StoredRendition = {
  size?: string | null
  format?: string | null
  width?: number | null
  height?: number | null
  filesize?: number | null
  mimeType?: string | null
  url?: string | null
}

/**
 * The renditions of a media item that an anonymous reader is entitled to (src/media/
 * entitlements.ts: thumbnail and web sizes, never the large size or the original), largest
 * first and JPEG/MP4 before WebP. Feeds and ninjs point portals at these, never at the stock
 * file route, which serves originals to staff only.
 */
export function publicRenditionsOf(media: { renditions?: unknown }): PublicRendition[] {
  const publicSizes = entitledVariants({ requester: { kind: 'anonymous' } })
  const renditions = Array.isArray(media.renditions) ? (media.renditions as StoredRendition[]) : []
  return renditions
    .filter(
      (
        rendition,
      ): rendition is Required<{ [K in keyof StoredRendition]: NonNullable<StoredRendition[K]> }> =>
        typeof rendition.size === 'string' &&
        (publicSizes as readonly string[]).includes(rendition.size) &&
        typeof rendition.url === 'string' &&
        typeof rendition.mimeType === 'string' &&
        typeof rendition.width === 'number' &&
        typeof rendition.height === 'number' &&
        typeof rendition.filesize === 'number',
    )
    .map((rendition) => ({
      name: rendition.format === 'jpeg' ? rendition.size : `${rendition.size}-${rendition.format}`,
      path: rendition.url,
      mimeType: rendition.mimeType,
      width: rendition.width,
      height: rendition.height,
      filesize: rendition.filesize,
    }))
    .sort(
      (a, b) =>
        b.width * b.height - a.width * a.height ||
        Number(a.name.endsWith('-webp')) - Number(b.name.endsWith('-webp')) ||
        Number(b.mimeType.startsWith('video/')) - Number(a.mimeType.startsWith('video/')),
    )
}
