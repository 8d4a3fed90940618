/** One stored rendition of a media item, as the media collection returns it. */
export type RenditionRecord = {
  size: string
  format: string
  width: number
  height: number
  filesize: number
  url?: string | null
}

/** What an `<img>`/`<picture>` needs to show one rendition size without layout shift. */
export type Picture = {
  /** The JPEG URL (every browser), used as `src`. */
  src: string
  /** The WebP URL, offered first through `<source>`, when one exists. */
  webp: string | null
  width: number
  height: number
  /** A tiny blurred data: URL shown until the picture arrives. */
  placeholder: string | null
  alt: string
}

/**
 * The picture of `size` for a media item from its renditions (JPEG as the fallback, WebP as
 * the preferred source), or null when that size was never made (a document without a preview,
 * a failed upload). Falls back to the nearest smaller size, since a small image stretched by
 * CSS is better than none.
 */
export function pictureOf({
  renditions,
  size,
  placeholder,
  alt,
}: {
  renditions: readonly RenditionRecord[] | null | undefined
  size: 'thumb' | 'web' | 'large'
  placeholder?: string | null
  alt: string
}): Picture | null {
  const order = SIZE_ORDER.slice(0, SIZE_ORDER.indexOf(size) + 1).reverse()
  for (const candidate of order) {
    const ofSize = (renditions ?? []).filter((rendition) => rendition.size === candidate)
    const jpeg = ofSize.find((rendition) => rendition.format === 'jpeg' && rendition.url)
    const webp = ofSize.find((rendition) => rendition.format === 'webp' && rendition.url)
    const main = jpeg ?? webp
    if (!main?.url) continue
    return {
      src: main.url,
      webp: webp?.url ?? null,
      width: main.width,
      height: main.height,
      placeholder: placeholder ?? null,
      alt,
    }
  }
  return null
}

const SIZE_ORDER = ['thumb', 'web', 'large'] as const

/** "2.4 MB", "830 KB": file sizes as a reader reads them, in their locale's digits. */
export function formatFileSize({ bytes, locale }: { bytes: number; locale: string }): string {
  const units = ['byte', 'kilobyte', 'megabyte', 'gigabyte'] as const
  let value = bytes
  let unit = 0
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000
    unit += 1
  }
  return new Intl.NumberFormat(locale, {
    style: 'unit',
    unit: units[unit],
    unitDisplay: 'short',
    maximumFractionDigits: unit === 0 ? 0 : 1,
  }).format(value)
}
