/**
 * `npm run bench:media [-- --images=6 --runs=3]`: our rendition pipeline against Payload's
 * stock `imageSizes`, on the same files, in the same run.
 *
 * 1. Generates 24-MP camera JPEGs (6000 × 4000, gradients, shapes and sensor grain, EXIF with
 *    camera make, model, date and orientation) with sharp, in a scratch folder.
 * 2. Ours: `renderImageRenditions` (src/media/renditions.ts) — one decode, six encodes.
 * 3. Baseline: Payload's own `createImageSizes` (the code its upload runs for `imageSizes`),
 *    configured for the same six outputs — thumb ≤400, web ≤1280, large ≤2560, each as WebP
 *    and JPEG with the same encoder settings — and run with sharp's stock settings, as a
 *    stock Payload would be. For transparency it is also timed under our sharp settings.
 * 4. Each pipeline processes every image, one image at a time; runs alternate which goes
 *    first. Prints the median images/s of the runs.
 *
 * Ends with `RESULT media renditions=<images/s> baseline=<images/s> ratio=<ours ÷ baseline>`.
 */
import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { createRequire } from 'node:module'

import sharp from 'sharp'

import {
  ENCODER_OPTIONS,
  RENDITION_FORMATS,
  RENDITION_SIZES,
  applySharpTuning,
  renderImageRenditions,
} from '../../src/media/renditions'

type StockCreateImageSizes = (args: Record<string, unknown>) => Promise<{
  sizeData: Record<string, { width: number | null; height: number | null }>
  sizesToSave: Array<{ buffer: Buffer }>
}>

const WIDTH = 6000
const HEIGHT = 4000
const imageCount = numberArgument({ name: 'images', fallback: 6 })
const runs = numberArgument({ name: 'runs', fallback: 3 })
const defaultConcurrency = sharp.concurrency()

await main()

async function main(): Promise<void> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'ttdn-bench-media-'))
  try {
    process.stdout.write(`Generating ${imageCount} photos of ${WIDTH}×${HEIGHT} …\n`)
    const files: string[] = []
    for (let index = 0; index < imageCount; index += 1) {
      const filePath = path.join(dir, `photo-${index}.jpg`)
      await fs.writeFile(filePath, await cameraJpeg({ seed: index }))
      files.push(filePath)
    }
    const sizes = await Promise.all(files.map((file) => fs.stat(file)))
    const megabytes = sizes.reduce((sum, stat) => sum + stat.size, 0) / imageCount / 1024 ** 2
    process.stdout.write(`Average file: ${megabytes.toFixed(1)} MB\n`)

    const createImageSizes = await loadStockCreateImageSizes()
    const ours: number[] = []
    const baseline: number[] = []
    const baselineTuned: number[] = []
    // A warm-up of each, so neither pays for loading libvips' codecs.
    await runOurs({ files: files.slice(0, 1) })
    await runStock({ files: files.slice(0, 1), createImageSizes, isTuned: false })
    for (let run = 0; run < runs; run += 1) {
      const order = run % 2 === 0 ? ['ours', 'stock'] : ['stock', 'ours']
      for (const which of order) {
        if (which === 'ours') ours.push(await runOurs({ files }))
        else baseline.push(await runStock({ files, createImageSizes, isTuned: false }))
      }
      baselineTuned.push(await runStock({ files, createImageSizes, isTuned: true }))
      process.stdout.write(
        `run ${run + 1}: ours ${last(ours).toFixed(2)} images/s, stock ${last(baseline).toFixed(2)} images/s, stock with our sharp settings ${last(baselineTuned).toFixed(2)} images/s\n`,
      )
    }
    const oursMedian = median(ours)
    const baselineMedian = median(baseline)
    process.stdout.write(
      `info media stock_with_our_sharp_settings=${median(baselineTuned).toFixed(2)} images/s\n`,
    )
    process.stdout.write(
      `RESULT media renditions=${oursMedian.toFixed(2)} baseline=${baselineMedian.toFixed(2)} ratio=${(oursMedian / baselineMedian).toFixed(2)}\n`,
    )
  } finally {
    await fs.rm(dir, { recursive: true, force: true })
  }
}

async function runOurs({ files }: { files: string[] }): Promise<number> {
  applySharpTuning()
  const started = performance.now()
  for (const file of files) {
    const rendered = await renderImageRenditions({ input: file, maxPixels: 150_000_000 })
    if (rendered.renditions.length !== RENDITION_SIZES.length * RENDITION_FORMATS.length) {
      throw new Error(`Expected 6 renditions but received ${rendered.renditions.length}`)
    }
  }
  return files.length / ((performance.now() - started) / 1000)
}

async function runStock({
  files,
  createImageSizes,
  isTuned,
}: {
  files: string[]
  createImageSizes: StockCreateImageSizes
  isTuned: boolean
}): Promise<number> {
  if (isTuned) applySharpTuning()
  else {
    // sharp's own defaults: one libvips thread per core, the operation cache on.
    sharp.concurrency(defaultConcurrency)
    sharp.cache(true)
  }
  const imageSizes = RENDITION_SIZES.flatMap(({ name, maxEdge }) =>
    RENDITION_FORMATS.map((format) => ({
      name: `${name}-${format}`,
      width: maxEdge,
      height: maxEdge,
      fit: 'inside' as const,
      withoutEnlargement: true,
      formatOptions: { format, options: { ...ENCODER_OPTIONS[format] } },
    })),
  )
  const staticPath = await fs.mkdtemp(path.join(os.tmpdir(), 'ttdn-bench-stock-'))
  const started = performance.now()
  try {
    for (const file of files) {
      const { width = 0, height = 0 } = await sharp(file).metadata()
      const result = await createImageSizes({
        config: { slug: 'bench', upload: { imageSizes } },
        dimensions: { width, height },
        file: {
          tempFilePath: file,
          data: Buffer.alloc(0),
          mimetype: 'image/jpeg',
          name: 'p.jpg',
          size: 0,
        },
        mimeType: 'image/jpeg',
        req: { payloadUploadSizes: {}, payload: { logger: { error: () => undefined } } },
        savedFilename: path.basename(file),
        sharp,
        staticPath,
      })
      if (result.sizesToSave.length !== imageSizes.length) {
        throw new Error(`Expected 6 sizes but received ${result.sizesToSave.length}`)
      }
    }
    return files.length / ((performance.now() - started) / 1000)
  } finally {
    await fs.rm(staticPath, { recursive: true, force: true })
  }
}

/** Payload's upload code resizes through this function; it is not exported, so it is loaded by path. */
async function loadStockCreateImageSizes(): Promise<StockCreateImageSizes> {
  const require = createRequire(import.meta.url)
  // `payload` resolves to <package>/dist/index.js.
  const payloadDist = path.dirname(require.resolve('payload'))
  const modulePath = path.join(payloadDist, 'uploads/image-resizing/createImageSizes.js')
  const loaded = (await import(pathToFileURL(modulePath).href)) as {
    createImageSizes: StockCreateImageSizes
  }
  return loaded.createImageSizes
}

/** A 24-MP photo-like JPEG: sky-to-ground gradient, shapes with edges, grain, camera EXIF. */
async function cameraJpeg({ seed }: { seed: number }): Promise<Buffer> {
  const hue = (seed * 47) % 360
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${HEIGHT}">
    <defs><linearGradient id="g" x1="0" y1="0" x2="0" y2="1">
      <stop offset="0" stop-color="hsl(${hue},60%,70%)"/><stop offset="0.55" stop-color="hsl(${(hue + 40) % 360},40%,55%)"/>
      <stop offset="1" stop-color="hsl(${(hue + 90) % 360},50%,25%)"/></linearGradient></defs>
    <rect width="100%" height="100%" fill="url(#g)"/>
    ${Array.from({ length: 60 }, (_, index) => {
      const x = (index * 997 + seed * 131) % WIDTH
      const y = HEIGHT / 2 + ((index * 613) % (HEIGHT / 2))
      return `<rect x="${x}" y="${y}" width="${120 + (index % 7) * 40}" height="${300 + (index % 5) * 120}" fill="hsl(${(hue + index * 13) % 360},35%,${20 + (index % 6) * 8}%)"/>`
    }).join('')}
  </svg>`
  const scene = await sharp(Buffer.from(svg)).raw().toBuffer({ resolveWithObject: true })
  const grain = await sharp({
    create: {
      width: WIDTH,
      height: HEIGHT,
      channels: 3,
      background: { r: 0, g: 0, b: 0 },
      noise: { type: 'gaussian', mean: 128, sigma: 18 },
    },
  })
    .raw()
    .toBuffer()
  const pixels = scene.data
  const channels = scene.info.channels
  const out = Buffer.alloc(WIDTH * HEIGHT * 3)
  for (let pixel = 0; pixel < WIDTH * HEIGHT; pixel += 1) {
    for (let channel = 0; channel < 3; channel += 1) {
      const value =
        (pixels[pixel * channels + channel] ?? 0) + (grain[pixel * 3 + channel] ?? 128) - 128
      out[pixel * 3 + channel] = value < 0 ? 0 : value > 255 ? 255 : value
    }
  }
  return sharp(out, { raw: { width: WIDTH, height: HEIGHT, channels: 3 } })
    .withExif({
      IFD0: {
        Make: 'Canon',
        Model: 'Canon EOS R6',
        Software: 'ttdn-bench',
        DateTime: '2024:05:01 06:15:00',
      },
      IFD2: { DateTimeOriginal: '2024:05:01 06:15:00', ExposureTime: '1/250', FNumber: '8' },
    })
    .jpeg({ quality: 90 })
    .toBuffer()
}

function numberArgument({ name, fallback }: { name: string; fallback: number }): number {
  const value = process.argv.find((argument) => argument.startsWith(`--${name}=`))?.split('=')[1]
  const number = Number(value ?? fallback)
  if (!Number.isInteger(number) || number < 1) {
    throw new Error(`Expected a positive integer for --${name} but received ${value}`)
  }
  return number
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 === 1
    ? (sorted[middle] ?? 0)
    : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2
}

function last(values: number[]): number {
  return values[values.length - 1] ?? 0
}
