import { writeFile } from 'node:fs/promises'
import path from 'node:path'

import sharp, { type Sharp } from 'sharp'
import { ssim } from 'ssim.js'
import { beforeAll, describe, expect, it } from 'vitest'

import { useScratchFolder } from '../../../tests/helpers/scratchFolder'
import { demoPhotoSvg } from '../../seed/demoImages'
import {
  ENCODER_OPTIONS,
  RENDITION_FORMATS,
  RENDITION_SIZES,
  renderImageRenditions,
  type RenditionFormat,
} from './renditions'

/**
 * The fast path (a JPEG decoded at 1/2 scale, each size resized from the next larger one)
 * against what it replaces: the full-size decode, resized straight to each rendition's size
 * with sharp's default Lanczos kernel ("the ideal").
 *
 * The measure is SSIM (Wang et al.: 11×11 Gaussian window, σ 1.5, on luma, no downsampling,
 * so fine detail counts) over a 512-pixel centred window of each rendition. A rendition is
 * always a lossy encode, so it is judged against what the same encoder settings alone lose on
 * the ideal: our shortcuts may lose at most {@link SSIM_MARGIN} more. Measured on this scene
 * they lose 0.000–0.004 (the most at the large size, where the 1/2-scale DCT stands in for a
 * Lanczos reduction from full size); a rendition softened by a 0.8-pixel Gaussian blur, the
 * least softening one sees at 100 %, loses 0.008–0.03, and a nearest-neighbour resize
 * (aliasing) 0.01–0.07. So the margin lets the decoder's filter differ and catches any
 * visible loss of sharpness, and the last test proves that it does.
 */
const SSIM_MARGIN = 0.005

/** The side of the square window SSIM is computed over (the whole rendition when smaller). */
const WINDOW = 512

/** A demo scene drawn at 5400 × 3601 (a 19-MP camera frame): 243 dpi for the 1600-px drawing. */
const CAMERA_DENSITY = 243

const scratch = useScratchFolder({ prefix: 'rendition-quality' })
let cameraPixels: RawImage

beforeAll(async () => {
  cameraPixels = await cameraFrame()
}, 120_000)

describe('renderImageRenditions quality', () => {
  it.each([
    { orientation: 1, displayed: { width: 5400, height: 3601 } },
    { orientation: 6, displayed: { width: 3601, height: 5400 } },
  ])(
    'renders a camera JPEG (EXIF orientation $orientation) as sharp as its full-size decode, turned upright',
    async ({ orientation, displayed }) => {
      const input = await writeJpeg({ name: `camera-${orientation}.jpg`, orientation })
      const rendered = await renderImageRenditions({ input, maxPixels: 50_000_000 })
      expect({ width: rendered.width, height: rendered.height }).toEqual(displayed)
      // The full-size decode, turned upright by its EXIF orientation.
      const full = await sharp(input).rotate().toColourspace('srgb').raw().toBuffer({
        resolveWithObject: true,
      })
      expect(rendered.renditions).toHaveLength(RENDITION_SIZES.length * RENDITION_FORMATS.length)
      const scores = []
      for (const rendition of rendered.renditions) {
        const ideal = await fromRaw({ image: full })
          .resize({ width: rendition.width, height: rendition.height, fit: 'fill' })
          .raw()
          .toBuffer({ resolveWithObject: true })
        const ours = await similarity({ image: sharp(rendition.data), ideal })
        const encoderOnly = await similarity({
          image: sharp(await encodeLikeRenditions({ image: ideal, format: rendition.format })),
          ideal,
        })
        scores.push({ rendition: `${rendition.size}.${rendition.format}`, ours, encoderOnly })
      }
      expect(scores.filter(({ ours, encoderOnly }) => encoderOnly - ours > SSIM_MARGIN)).toEqual([])
    },
    120_000,
  )

  it('turns an ICC-tagged (Display P3) camera JPEG into sRGB pixels', async () => {
    const patches = colourPatches()
    const input = path.join(scratch(), 'display-p3.jpg')
    await writeFile(
      input,
      await fromRaw({ image: patches.image }).withIccProfile('p3').jpeg({ quality: 95 }).toBuffer(),
    )
    // The file holds Display P3 numbers, not the sRGB ones drawn.
    const stored = await sharp(input, { ignoreIcc: true }).raw().toBuffer({
      resolveWithObject: true,
    })
    expect(
      colourDistance({ a: pixelAt({ image: stored, ...patches.centres[0]! }), b: RED }),
    ).toBeGreaterThan(10)

    const rendered = await renderImageRenditions({ input, maxPixels: 50_000_000 })
    for (const rendition of rendered.renditions) {
      const image = await sharp(rendition.data).raw().toBuffer({ resolveWithObject: true })
      const scale = rendition.width / patches.image.info.width
      patches.colours.forEach((colour, index) => {
        const centre = patches.centres[index]!
        const pixel = pixelAt({ image, x: centre.x * scale, y: centre.y * scale })
        expect(
          colourDistance({ a: pixel, b: colour }),
          `${rendition.size}.${rendition.format}`,
        ).toBeLessThanOrEqual(4)
      })
      // As before the shrink-on-load: sRGB pixels, no profile attached (browsers assume sRGB).
      expect((await sharp(rendition.data).metadata()).icc).toBeUndefined()
    }
  }, 120_000)

  it('the SSIM margin fails a visibly softer rendition', async () => {
    const input = await writeJpeg({ name: 'camera-soft.jpg', orientation: 1 })
    const full = await sharp(input).raw().toBuffer({ resolveWithObject: true })
    const size = RENDITION_SIZES.find(({ name }) => name === 'web')!
    const ideal = await fromRaw({ image: full })
      .resize({ width: size.maxEdge, height: size.maxEdge, fit: 'inside' })
      .raw()
      .toBuffer({ resolveWithObject: true })
    const soft = await fromRaw({ image: ideal }).blur(0.8).raw().toBuffer({
      resolveWithObject: true,
    })
    const encoderOnly = await similarity({
      image: sharp(await encodeLikeRenditions({ image: ideal, format: 'jpeg' })),
      ideal,
    })
    const softened = await similarity({
      image: sharp(await encodeLikeRenditions({ image: soft, format: 'jpeg' })),
      ideal,
    })
    expect(encoderOnly - softened).toBeGreaterThan(SSIM_MARGIN)
  }, 120_000)
})

type RawImage = { data: Buffer; info: sharp.OutputInfo }

const RED = [214, 48, 40] as const

/**
 * A demo scene (src/seed/demoImages.ts: sky, hills, people, buildings) drawn at camera
 * resolution with sensor grain (±7 levels, seeded, so every run sees the same pixels).
 */
async function cameraFrame(): Promise<RawImage> {
  const svg = demoPhotoSvg({
    key: 'bom-bo-village-festival',
    recipe: { scene: 'festival', light: 'golden' },
  })
  const scene = await sharp(Buffer.from(svg), { density: CAMERA_DENSITY })
    .removeAlpha()
    .raw()
    .toBuffer({ resolveWithObject: true })
  let state = 20251204
  const pixels = scene.data
  for (let index = 0; index < pixels.length; index += 1) {
    // xorshift32: cheap and deterministic.
    state ^= state << 13
    state ^= state >>> 17
    state ^= state << 5
    const value = pixels[index]! + ((state >>> 0) % 15) - 7
    pixels[index] = value < 0 ? 0 : value > 255 ? 255 : value
  }
  return scene
}

/** Writes the camera frame as a quality-90 JPEG tagged with an EXIF `orientation`. */
async function writeJpeg({
  name,
  orientation,
}: {
  name: string
  orientation: number
}): Promise<string> {
  const filePath = path.join(scratch(), name)
  const image = fromRaw({ image: cameraPixels })
  const tagged = orientation === 1 ? image : image.withMetadata({ orientation })
  await writeFile(filePath, await tagged.jpeg({ quality: 90 }).toBuffer())
  return filePath
}

/** Six saturated sRGB patches on a 5400 × 3600 frame, with the centre of each. */
function colourPatches(): {
  image: RawImage
  colours: ReadonlyArray<readonly [number, number, number]>
  centres: Array<{ x: number; y: number }>
} {
  const colours = [
    RED,
    [40, 190, 70],
    [35, 70, 205],
    [240, 160, 20],
    [30, 190, 200],
    [200, 40, 170],
  ] as const
  const width = 5400
  const height = 3600
  const columns = 3
  const patchWidth = width / columns
  const patchHeight = height / 2
  const data = Buffer.alloc(width * height * 3)
  for (let y = 0; y < height; y += 1) {
    for (let column = 0; column < columns; column += 1) {
      const colour = colours[Math.floor(y / patchHeight) * columns + column]!
      const start = (y * width + column * patchWidth) * 3
      data.fill(Buffer.from(colour), start, start + patchWidth * 3)
    }
  }
  const centres = colours.map((_, index) => ({
    x: (index % columns) * patchWidth + patchWidth / 2,
    y: Math.floor(index / columns) * patchHeight + patchHeight / 2,
  }))
  return {
    image: { data, info: { width, height, channels: 3 } as sharp.OutputInfo },
    colours,
    centres,
  }
}

/** SSIM of `image` against `ideal` over the centred {@link WINDOW} of both. */
async function similarity({ image, ideal }: { image: Sharp; ideal: RawImage }): Promise<number> {
  const [ours, reference] = await Promise.all([
    centredWindow({ image, ...ideal.info }),
    centredWindow({ image: fromRaw({ image: ideal }), ...ideal.info }),
  ])
  return ssim(ours, reference, { ssim: 'fast', downsample: false }).mssim
}

async function centredWindow({
  image,
  width,
  height,
}: {
  image: Sharp
  width: number
  height: number
}): Promise<{ data: Uint8ClampedArray; width: number; height: number }> {
  const size = { width: Math.min(WINDOW, width), height: Math.min(WINDOW, height) }
  const { data, info } = await image
    .extract({
      left: Math.floor((width - size.width) / 2),
      top: Math.floor((height - size.height) / 2),
      ...size,
    })
    .ensureAlpha()
    .raw()
    .toBuffer({ resolveWithObject: true })
  return {
    data: new Uint8ClampedArray(data.buffer, data.byteOffset, data.byteLength),
    width: info.width,
    height: info.height,
  }
}

/** `image` through the encoder settings every rendition of `format` gets. */
function encodeLikeRenditions({
  image,
  format,
}: {
  image: RawImage
  format: RenditionFormat
}): Promise<Buffer> {
  const pixels = fromRaw({ image })
  return format === 'webp'
    ? pixels.webp(ENCODER_OPTIONS.webp).toBuffer()
    : pixels.jpeg(ENCODER_OPTIONS.jpeg).toBuffer()
}

function fromRaw({ image }: { image: RawImage }): Sharp {
  const { width, height, channels } = image.info
  return sharp(image.data, { raw: { width, height, channels } })
}

function pixelAt({
  image,
  x,
  y,
}: {
  image: RawImage
  x: number
  y: number
}): [number, number, number] {
  const offset = (Math.floor(y) * image.info.width + Math.floor(x)) * image.info.channels
  return [image.data[offset]!, image.data[offset + 1]!, image.data[offset + 2]!]
}

/** The largest difference of one channel, in 8-bit levels. */
function colourDistance({
  a,
  b,
}: {
  a: readonly [number, number, number]
  b: readonly [number, number, number]
}): number {
  return Math.max(...a.map((value, index) => Math.abs(value - b[index]!)))
}
