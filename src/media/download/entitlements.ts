import type { Requester } from '../../access/requester'
import { RENDITION_SIZES, type RenditionSize } from '../upload/renditions'

/** What a download asks for: one of the renditions, or the original file. */
export type DownloadVariant = RenditionSize | 'original'

export const DOWNLOAD_VARIANTS: readonly DownloadVariant[] = [
  ...RENDITION_SIZES.map(({ name }) => name),
  'original',
]

/**
 * The variants a requester may download of an item they can see (visibility is decided
 * first, by the one rule in src/access/visibility.ts): the public gets web-sized files,
 * accredited journalists also the large rendition and the original, staff everything.
 */
export function entitledVariants({ requester }: { requester: Requester }): DownloadVariant[] {
  if (requester.kind === 'staff') return [...DOWNLOAD_VARIANTS]
  if (requester.kind === 'journalist' && requester.isAccredited) {
    return ['thumb', 'web', 'large', 'original']
  }
  return ['thumb', 'web']
}

export function isDownloadVariant(value: unknown): value is DownloadVariant {
  return typeof value === 'string' && (DOWNLOAD_VARIANTS as readonly string[]).includes(value)
}
