import sharp, { type Sharp } from 'sharp'

import { AppError } from '../../errors/AppError'

/** The sizes every image is rendered in: the longest edge at most `maxEdge` pixels. */
export const RENDITION_SIZES = [
  { name: 'thumb', maxEdge: 400 },
  { name: 'web', maxEdge: 1280 },
  { name: 'large', maxEdge: 2560 },
] as const

export type RenditionSize = (typeof RENDITION_SIZES)[number]['name']

/** The longest edge of the largest rendition: what the source is decoded to. */
const LARGEST_EDGE = Math.max(...RENDITION_SIZES.map((size) => size.maxEdge))

export const RENDITION_FORMATS = ['webp', 'jpeg'] as const

export type RenditionFormat = (typeof RENDITION_FORMATS)[number]

/**
 * Encoder settings, shared with the benchmark's baseline so both produce the same files.
 * WebP effort 2 of 6 costs about a third of the default's time for files a few percent larger.
 */
export const ENCODER_OPTIONS = {
  webp: { quality: 80, effort: 2 },
  jpeg: { quality: 82 },
} as const

export const RENDITION_MIME_TYPES: Record<RenditionFormat, string> = {
  webp: 'image/webp',
  jpeg: 'image/jpeg',
}

export const RENDITION_EXTENSIONS: Record<RenditionFormat, string> = { webp: 'webp', jpeg: 'jpg' }

/** One rendered file, still in memory. */
export type RenderedRendition = {
  size: RenditionSize
  format: RenditionFormat
  data: Buffer
  width: number
  height: number
}

export type RenderedImage = {
  /** The original's dimensions after EXIF orientation. */
  width: number
  height: number
  renditions: RenderedRendition[]
  /** A tiny blurred preview as a `data:` URI, shown while a rendition loads. */
  placeholder: string
}

/** The image could not be decoded: damaged, truncated, or not what its header claims. */
export class UnreadableImageError extends AppError {
  constructor(args: { message: string; cause?: unknown }) {
    super({ ...args, status: 422, messageKey: 'media.unreadable' })
  }
}

/**
 * Renders every size and format of one image from a single decode: the file is decoded once, at
 * the smallest JPEG scale (1/2, 1/4 or 1/8) that still covers the largest rendition
 * ({@link jpegShrinkOnLoad}), oriented by its EXIF, converted to sRGB from its embedded profile
 * and kept as raw pixels; each smaller size is resized from the next larger one's pixels, and
 * the six encodes run in parallel while the next size is being resized. Sharp's own output
 * carries no metadata, so no rendition holds GPS, serial numbers or owner names (nor an ICC
 * profile: the pixels are sRGB, which browsers assume for an untagged image).
 *
 * `maxPixels` refuses decompression bombs: libvips checks it against the header before it
 * allocates anything.
 */
export async function renderImageRenditions({
  input,
  maxPixels,
}: {
  input: string | Buffer
  maxPixels: number
}): Promise<RenderedImage> {
  tuneSharpOnce()
  const options = { limitInputPixels: maxPixels, failOn: 'warning' } as const
  let decoded: RawPixels
  let oriented: { width: number; height: number }
  try {
    const header = await sharp(input, options).metadata()
    const stored = { width: header.width ?? 0, height: header.height ?? 0 }
    oriented = orientedDimensions({ ...stored, orientation: header.orientation })
    const largest = fitInside({ ...oriented, maxEdge: LARGEST_EDGE })
    const shrink =
      typeof input === 'string' && header.format === 'jpeg'
        ? jpegShrinkOnLoad({ ...stored, maxEdge: LARGEST_EDGE })
        : 1
    // Sharp skips shrink-on-load when the whole reduction is under one more than the JPEG
    // scale (a guard against libjpeg's rounding, which jpegShrinkOnLoad counts instead), so
    // 6000 px to 2560 px decoded all 24 MP; it has no option to ask for a scale, but libvips
    // reads a loader's options from a suffix on the file name, so the decoder is told directly.
    decoded = await sharp(shrink > 1 ? `${input as string}[shrink=${shrink}]` : input, options)
      .rotate()
      .resize({ ...largest, fit: 'fill' })
      .toColourspace('srgb')
      .raw()
      .toBuffer({ resolveWithObject: true })
  } catch (error) {
    throw new UnreadableImageError({ message: 'The image could not be decoded', cause: error })
  }

  const encodes: Promise<RenderedRendition>[] = []
  let pixels = decoded
  for (const { name, maxEdge } of [...RENDITION_SIZES].reverse()) {
    const target = fitInside({ ...oriented, maxEdge })
    if (target.width !== pixels.info.width || target.height !== pixels.info.height) {
      pixels = await fromRaw({ pixels })
        .resize({ width: target.width, height: target.height, fit: 'fill' })
        .raw()
        .toBuffer({ resolveWithObject: true })
    }
    for (const format of RENDITION_FORMATS) encodes.push(encode({ pixels, size: name, format }))
  }
  const placeholder = fromRaw({ pixels })
    .resize({ width: 16, height: 16, fit: 'inside' })
    .webp({ quality: 40 })
    .toBuffer()
  const [renditions, preview] = await Promise.all([Promise.all(encodes), placeholder])
  return {
    ...oriented,
    renditions,
    placeholder: `data:image/webp;base64,${preview.toString('base64')}`,
  }
}

/**
 * The JPEG decoder's scale denominator (1, 2, 4 or 8) for a stored `width` × `height` image
 * whose renditions are at most `maxEdge` pixels on their longest edge: the largest that still
 * decodes at least the largest rendition's size on both axes (libjpeg rounds the scaled size
 * up), so every rendition is a downscale of what was decoded.
 */
export function jpegShrinkOnLoad({ width, height, maxEdge }: EdgeCap): 1 | 2 | 4 | 8 {
  const target = fitInside({ width, height, maxEdge })
  if (target.width === width && target.height === height) return 1
  for (const shrink of [8, 4, 2] as const) {
    if (Math.ceil(width / shrink) >= target.width && Math.ceil(height / shrink) >= target.height) {
      return shrink
    }
  }
  return 1
}

/** The size an image of `width` × `height` gets when its longest edge is capped at `maxEdge`. */
export function fitInside({ width, height, maxEdge }: EdgeCap): {
  width: number
  height: number
} {
  const scale = Math.min(1, maxEdge / Math.max(width, height))
  if (scale === 1) return { width, height }
  return {
    width: Math.max(1, Math.round(width * scale)),
    height: Math.max(1, Math.round(height * scale)),
  }
}

/** Width and height as displayed: EXIF orientations 5–8 swap them. */
export function orientedDimensions({
  width,
  height,
  orientation,
}: {
  width: number
  height: number
  orientation: number | undefined
}): { width: number; height: number } {
  return orientation !== undefined && orientation >= 5 && orientation <= 8
    ? { width: height, height: width }
    : { width, height }
}

/** The stored name of a rendition, beside its original: `<name>-<size>.<ext>`. */
export function renditionFilename({
  filename,
  size,
  format,
}: {
  filename: string
  size: RenditionSize
  format: RenditionFormat
}): string {
  const dot = filename.lastIndexOf('.')
  const stem = dot > 0 ? filename.slice(0, dot) : filename
  return `${stem}-${size}.${RENDITION_EXTENSIONS[format]}`
}

let isTuned = false

/**
 * Sharp settings for the 2-core machines this runs on, applied once per process:
 * - one libvips thread per pipeline (`concurrency(1)`): the six encodes of an image and
 *   concurrent uploads already run side by side on libuv's pool, so more threads per pipeline
 *   only oversubscribe the two cores and add context switches;
 * - no operation cache: it keeps decoded inputs for re-use, but every upload is a different
 *   file, so the cache never hits and only holds memory.
 */
export function tuneSharpOnce(): void {
  if (isTuned) return
  isTuned = true
  applySharpTuning()
}

/** The settings of {@link tuneSharpOnce}, applied now (the benchmark switches back and forth). */
export function applySharpTuning(): void {
  sharp.concurrency(1)
  sharp.cache(false)
}

/** An image's size and the longest edge allowed for what is made of it. */
type EdgeCap = { width: number; height: number; maxEdge: number }

/** Decoded pixels with their layout. */
type RawPixels = { data: Buffer; info: sharp.OutputInfo }

function fromRaw({ pixels }: { pixels: RawPixels }): Sharp {
  const { width, height, channels } = pixels.info
  return sharp(pixels.data, { raw: { width, height, channels } })
}

async function encode({
  pixels,
  size,
  format,
}: {
  pixels: RawPixels
  size: RenditionSize
  format: RenditionFormat
}): Promise<RenderedRendition> {
  const image = fromRaw({ pixels })
  const encoded =
    format === 'webp'
      ? image.webp(ENCODER_OPTIONS.webp)
      : image.flatten({ background: '#ffffff' }).jpeg(ENCODER_OPTIONS.jpeg)
  const { data, info } = await encoded.toBuffer({ resolveWithObject: true })
  return { size, format, data, width: info.width, height: info.height }
}
