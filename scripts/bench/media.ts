/**
 * `npm run bench:media [-- --images=6 --runs=3 --upload-mb=1024 --upload-storage=local,s3
 * --only=renditions|upload_memory]`: two figures.
 *
 * `renditions`: our rendition pipeline against Payload's stock `imageSizes`, on the same
 * files, in the same run.
 *
 * 1. Generates 24-MP camera JPEGs (6000 × 4000, gradients, shapes and sensor grain, EXIF with
 *    camera make, model, date and orientation) with sharp, in a scratch folder.
 * 2. Ours: `renderImageRenditions` (src/media/upload/renditions.ts) — one decode, six encodes.
 * 3. Baseline: Payload's own `createImageSizes` (the code its upload runs for `imageSizes`),
 *    configured for the same six outputs — thumb ≤400, web ≤1280, large ≤2560, each as WebP
 *    and JPEG with the same encoder settings — and run with sharp's stock settings, as a
 *    stock Payload would be. For transparency it is also timed under our sharp settings.
 * 4. Each pipeline processes every image, one image at a time; runs alternate which goes
 *    first. Prints each run's images/s and ratio, the median of the runs, and the process's
 *    CPU time per image of each pipeline (libvips' threads included): one image at a time,
 *    the wall-clock ratio is capped by the one image's longest chain of work (decode, then
 *    the large WebP encode), while the CPU ratio is what concurrent uploads would see.
 *
 * Ends with `RESULT media renditions=<images/s> baseline=<images/s> ratio=<ours ÷ baseline>`,
 * the medians of `--runs` (3) runs in this one process.
 *
 * `upload_memory`: how much the server's memory grows while it receives a large video.
 *
 * 1. Writes a real QuickTime movie of `--upload-mb` (1 GB) with ffmpeg (uncompressed frames,
 *    seconds to make) in a scratch folder.
 * 2. Starts the app in a child process (scripts/bench/uploadServer.ts): Payload's REST route
 *    handlers on 127.0.0.1, a scratch SQLite file, `JOBS_AUTORUN=false` so no transcode runs,
 *    and either the local folder or an S3 server (s3rver, in a third process) for storage.
 * 3. Uploads a small movie first, so lazily loaded code is in memory before the measure, then
 *    streams the large one from disk as `multipart/form-data` (never read whole) to
 *    `POST /api/media`, while the child samples its RSS every 50 ms.
 * 4. Checks that the stored file has the movie's size.
 *
 * Ends with `RESULT media upload_memory=<MB of RSS growth> baseline=<file MB> ratio=<growth ÷
 * file>` per storage (`upload_memory_s3` for S3); the goal is a growth under 150 MB.
 */
import { execFile, fork, spawn, type ChildProcess } from 'node:child_process'
import { randomUUID } from 'node:crypto'
import { createReadStream } from 'node:fs'
import fs from 'node:fs/promises'
import http from 'node:http'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { createRequire } from 'node:module'
import { promisify } from 'node:util'

import { HeadObjectCommand, ListObjectsV2Command, S3Client } from '@aws-sdk/client-s3'
import sharp from 'sharp'

import {
  ENCODER_OPTIONS,
  RENDITION_FORMATS,
  RENDITION_SIZES,
  applySharpTuning,
  renderImageRenditions,
} from '../../src/media/upload/renditions'
import { mediaToolPath } from '../../src/media/video/ffmpeg'
import { s3rverEnv, scratchAppEnv } from '../../tests/helpers/scratchEnv'

type StockCreateImageSizes = (args: Record<string, unknown>) => Promise<{
  sizeData: Record<string, { width: number | null; height: number | null }>
  sizesToSave: Array<{ buffer: Buffer }>
}>

const WIDTH = 6000
const HEIGHT = 4000
const imageCount = numberArgument({ name: 'images', fallback: 6 })
const runs = numberArgument({ name: 'runs', fallback: 3 })
const uploadMegabytes = numberArgument({ name: 'upload-mb', fallback: 1024 })
const uploadStorages = listArgument({ name: 'upload-storage', fallback: ['local', 's3'] })
const only = listArgument({ name: 'only', fallback: ['renditions', 'upload_memory'] })
const defaultConcurrency = sharp.concurrency()
const MEGABYTE = 1024 ** 2
/** The growth `upload_memory` must stay under. */
const UPLOAD_MEMORY_GOAL_MB = 150

if (only.includes('renditions')) await benchRenditions()
if (only.includes('upload_memory')) await benchUploadMemory()

async function benchRenditions(): Promise<void> {
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
    const cpu = { ours: [] as number[], stock: [] as number[] }
    // A warm-up of each, so neither pays for loading libvips' codecs.
    await runOurs({ files: files.slice(0, 1) })
    await runStock({ files: files.slice(0, 1), createImageSizes, isTuned: false })
    for (let run = 0; run < runs; run += 1) {
      const order = run % 2 === 0 ? ['ours', 'stock'] : ['stock', 'ours']
      for (const which of order) {
        if (which === 'ours') {
          ours.push(
            await withCpuPerImage({
              into: cpu.ours,
              images: files.length,
              work: () => runOurs({ files }),
            }),
          )
        } else {
          baseline.push(
            await withCpuPerImage({
              into: cpu.stock,
              images: files.length,
              work: () => runStock({ files, createImageSizes, isTuned: false }),
            }),
          )
        }
      }
      baselineTuned.push(await runStock({ files, createImageSizes, isTuned: true }))
      process.stdout.write(
        `run ${run + 1}: ours ${last(ours).toFixed(2)} images/s, stock ${last(baseline).toFixed(2)} images/s (ratio ${(last(ours) / last(baseline)).toFixed(2)}), stock with our sharp settings ${last(baselineTuned).toFixed(2)} images/s\n`,
      )
    }
    const oursMedian = median(ours)
    const baselineMedian = median(baseline)
    process.stdout.write(
      `info media stock_with_our_sharp_settings=${median(baselineTuned).toFixed(2)} images/s\n`,
    )
    process.stdout.write(
      `info media cpu_ms_per_image=${median(cpu.ours).toFixed(0)} baseline=${median(cpu.stock).toFixed(0)} ratio=${(median(cpu.stock) / median(cpu.ours)).toFixed(2)}\n`,
    )
    process.stdout.write(`info media renditions: medians of ${runs} runs\n`)
    process.stdout.write(
      `RESULT media renditions=${oursMedian.toFixed(2)} baseline=${baselineMedian.toFixed(2)} ratio=${(oursMedian / baselineMedian).toFixed(2)}\n`,
    )
  } finally {
    await fs.rm(dir, { recursive: true, force: true })
  }
}

/** Runs `work` and adds the CPU milliseconds per image the whole process spent on it to `into`. */
async function withCpuPerImage<T>({
  into,
  images,
  work,
}: {
  into: number[]
  images: number
  work: () => Promise<T>
}): Promise<T> {
  const before = process.cpuUsage()
  const result = await work()
  const used = process.cpuUsage(before)
  into.push((used.user + used.system) / 1000 / images)
  return result
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

async function benchUploadMemory(): Promise<void> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'ttdn-bench-upload-'))
  try {
    process.stdout.write(`Writing a ${uploadMegabytes} MB movie …\n`)
    const moviePath = path.join(dir, 'le-hoi.mov')
    await writeRawMovie({ filePath: moviePath, bytes: uploadMegabytes * MEGABYTE })
    const warmUpPath = path.join(dir, 'warm-up.mov')
    await writeRawMovie({ filePath: warmUpPath, bytes: 4 * MEGABYTE })
    const fileBytes = (await fs.stat(moviePath)).size
    for (const storage of uploadStorages) {
      if (storage !== 'local' && storage !== 's3') {
        throw new Error(`Expected local or s3 for --upload-storage but received ${storage}`)
      }
      const measured = await measureUpload({ dir, storage, moviePath, warmUpPath, fileBytes })
      const growthMb = measured.growthBytes / MEGABYTE
      const fileMb = fileBytes / MEGABYTE
      const metric = storage === 'local' ? 'upload_memory' : 'upload_memory_s3'
      process.stdout.write(
        `${storage}: server RSS grew ${growthMb.toFixed(1)} MB (baseline ${(measured.baselineBytes / MEGABYTE).toFixed(0)} MB, peak ${(measured.peakBytes / MEGABYTE).toFixed(0)} MB, ${measured.samples} samples) receiving a ${fileMb.toFixed(0)} MB video in ${measured.seconds.toFixed(1)} s (${(fileMb / measured.seconds).toFixed(0)} MB/s); goal < ${UPLOAD_MEMORY_GOAL_MB} MB: ${growthMb < UPLOAD_MEMORY_GOAL_MB ? 'met' : 'MISSED'}\n`,
      )
      process.stdout.write(
        `RESULT media ${metric}=${growthMb.toFixed(1)} baseline=${fileMb.toFixed(0)} ratio=${(growthMb / fileMb).toFixed(3)}\n`,
      )
    }
  } finally {
    await fs.rm(dir, { recursive: true, force: true })
  }
}

type UploadMeasure = {
  baselineBytes: number
  peakBytes: number
  growthBytes: number
  samples: number
  seconds: number
}

/** One upload of the movie to a fresh server with `storage`; see the header of this file. */
async function measureUpload({
  dir,
  storage,
  moviePath,
  warmUpPath,
  fileBytes,
}: {
  dir: string
  storage: 'local' | 's3'
  moviePath: string
  warmUpPath: string
  fileBytes: number
}): Promise<UploadMeasure> {
  const runDir = path.join(dir, `${storage}-${randomUUID()}`)
  const s3 = storage === 's3' ? await startS3Server({ dir: path.join(runDir, 's3') }) : null
  const child = fork(fileURLToPath(new URL('./uploadServer.ts', import.meta.url)), [], {
    execArgv: ['--import', 'tsx', '--no-deprecation', '--expose-gc'],
    env: {
      ...process.env,
      NODE_ENV: 'test',
      JOBS_AUTORUN: 'false',
      ...scratchAppEnv({ dir: runDir }),
      ...(s3?.env ?? {}),
    },
    stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
  })
  try {
    const ready = await nextMessage<{
      port: number
      agencyId: number
      email: string
      password: string
    }>({ child, type: 'ready' })
    const origin = `http://127.0.0.1:${ready.port}`
    const token = await login({ origin, email: ready.email, password: ready.password })
    const fields = {
      kind: 'video',
      agency: ready.agencyId,
      accessTier: 'public',
      caption: 'Lễ hội Kỳ Yên',
      credit: 'Đài PT-TH Đồng Nai',
      _status: 'published',
    }
    await uploadFile({ origin, token, filePath: warmUpPath, fields })

    child.send({ type: 'start' })
    await nextMessage({ child, type: 'started' })
    const started = performance.now()
    const doc = await uploadFile({ origin, token, filePath: moviePath, fields })
    const seconds = (performance.now() - started) / 1000
    child.send({ type: 'stop' })
    const memory = await nextMessage<{ baselineBytes: number; peakBytes: number; samples: number }>(
      { child, type: 'memory' },
    )
    const storedBytes = await storedSize({ storage, runDir, s3, filename: doc.filename })
    if (storedBytes !== fileBytes) {
      throw new Error(`Expected ${fileBytes} bytes stored but received ${storedBytes}`)
    }
    return {
      ...memory,
      growthBytes: Math.max(0, memory.peakBytes - memory.baselineBytes),
      seconds,
    }
  } finally {
    child.send({ type: 'exit' })
    await new Promise((resolve) => child.once('exit', resolve))
    await s3?.stop()
  }
}

/** Writes an uncompressed QuickTime movie of at least `bytes` bytes (4:2:2, 720p). */
async function writeRawMovie({ filePath, bytes }: { filePath: string; bytes: number }) {
  const frames = Math.max(1, Math.ceil(bytes / (1280 * 720 * 2)))
  await promisify(execFile)(await mediaToolPath({ tool: 'ffmpeg' }), [
    ...['-hide_banner', '-nostdin', '-loglevel', 'error', '-y'],
    ...['-f', 'lavfi', '-i', 'testsrc2=size=1280x720:rate=25', '-frames:v', String(frames)],
    ...['-c:v', 'rawvideo', '-pix_fmt', 'uyvy422', filePath],
  ])
}

async function login({
  origin,
  email,
  password,
}: {
  origin: string
  email: string
  password: string
}): Promise<string> {
  const response = await fetch(`${origin}/api/users/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email, password }),
  })
  const body = (await response.json()) as { token?: string }
  if (!body.token)
    throw new Error(`Expected a token from the login but received ${response.status}`)
  return body.token
}

/**
 * Sends `filePath` as `multipart/form-data` with its length known in advance, the file's bytes
 * piped from disk as the socket takes them.
 */
async function uploadFile({
  origin,
  token,
  filePath,
  fields,
}: {
  origin: string
  token: string
  filePath: string
  fields: Record<string, unknown>
}): Promise<{ id: number; filename: string }> {
  const boundary = `----ttdn-bench-${randomUUID()}`
  const head = Buffer.from(
    `--${boundary}\r\nContent-Disposition: form-data; name="_payload"\r\n\r\n${JSON.stringify(fields)}\r\n` +
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${path.basename(filePath)}"\r\n` +
      `Content-Type: video/quicktime\r\n\r\n`,
  )
  const tail = Buffer.from(`\r\n--${boundary}--\r\n`)
  const length = head.length + (await fs.stat(filePath)).size + tail.length
  return new Promise((resolve, reject) => {
    const request = http.request(
      `${origin}/api/media`,
      {
        method: 'POST',
        headers: {
          Authorization: `JWT ${token}`,
          'Content-Type': `multipart/form-data; boundary=${boundary}`,
          'Content-Length': String(length),
        },
      },
      (response) => {
        const chunks: Buffer[] = []
        response.on('data', (chunk: Buffer) => chunks.push(chunk))
        response.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8')
          if (response.statusCode !== 201) {
            reject(
              new Error(
                `Expected 201 from the upload but received ${response.statusCode}: ${text}`,
              ),
            )
            return
          }
          resolve((JSON.parse(text) as { doc: { id: number; filename: string } }).doc)
        })
        response.on('error', reject)
      },
    )
    request.on('error', reject)
    request.write(head)
    const file = createReadStream(filePath)
    file.on('error', reject)
    file.on('end', () => request.end(tail))
    file.pipe(request, { end: false })
  })
}

async function storedSize({
  storage,
  runDir,
  s3,
  filename,
}: {
  storage: 'local' | 's3'
  runDir: string
  s3: BenchS3Server | null
  filename: string
}): Promise<number> {
  if (storage === 'local' || !s3) {
    return (await fs.stat(path.join(runDir, 'media', 'media', filename))).size
  }
  const client = new S3Client({
    region: s3.env.S3_REGION,
    endpoint: s3.endpoint,
    forcePathStyle: true,
    credentials: {
      accessKeyId: s3.env.S3_ACCESS_KEY_ID!,
      secretAccessKey: s3.env.S3_SECRET_ACCESS_KEY!,
    },
  })
  try {
    const { Contents = [] } = await client.send(new ListObjectsV2Command({ Bucket: s3.bucket }))
    const key = Contents.map((object) => object.Key ?? '').find((name) => name.endsWith(filename))
    const head = await client.send(new HeadObjectCommand({ Bucket: s3.bucket, Key: key }))
    return head.ContentLength ?? 0
  } finally {
    client.destroy()
  }
}

type BenchS3Server = {
  bucket: string
  endpoint: string
  env: Record<string, string>
  stop: () => Promise<void>
}

/**
 * s3rver on a free loopback port, in a plain Node process of its own: its memory is not the
 * app's, and under tsx's loader one of its dependencies (is-generator-function) fails to load.
 */
async function startS3Server({ dir }: { dir: string }): Promise<BenchS3Server> {
  const bucket = 'ttdn-bench'
  await fs.mkdir(dir, { recursive: true })
  const script = `
    const S3rver = require('s3rver')
    const server = new S3rver({ address: '127.0.0.1', port: 0, silent: true,
      directory: ${JSON.stringify(dir)}, configureBuckets: [{ name: ${JSON.stringify(bucket)} }] })
    server.run().then(({ port }) => process.stdout.write(JSON.stringify({ port }) + '\\n'))
    process.on('SIGTERM', () => server.close().then(() => process.exit(0)))
  `
  const child = spawn(process.execPath, ['-e', script], {
    cwd: process.cwd(),
    stdio: ['ignore', 'pipe', 'inherit'],
  })
  const port = await new Promise<number>((resolve, reject) => {
    child.stdout.once('data', (chunk: Buffer) => {
      resolve((JSON.parse(chunk.toString('utf8')) as { port: number }).port)
    })
    child.once('exit', (code) => reject(new Error(`s3rver exited (${code}) before listening`)))
  })
  const endpoint = `http://127.0.0.1:${port}`
  return {
    bucket,
    endpoint,
    env: s3rverEnv({ bucket, endpoint }),
    stop: async () => {
      const exited = new Promise((resolve) => child.once('exit', resolve))
      child.kill('SIGTERM')
      await exited
    },
  }
}

function nextMessage<T = Record<string, never>>({
  child,
  type,
}: {
  child: ChildProcess
  type: string
}): Promise<T> {
  return new Promise((resolve, reject) => {
    const onMessage = (message: { type?: string } & T) => {
      if (message.type !== type) return
      child.off('message', onMessage)
      child.off('exit', onExit)
      resolve(message)
    }
    const onExit = (code: number | null) => {
      child.off('message', onMessage)
      reject(new Error(`The upload server exited (${code}) before sending "${type}"`))
    }
    child.on('message', onMessage)
    child.once('exit', onExit)
  })
}

function listArgument({ name, fallback }: { name: string; fallback: string[] }): string[] {
  const value = process.argv.find((argument) => argument.startsWith(`--${name}=`))?.split('=')[1]
  return value ? value.split(',').filter(Boolean) : fallback
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
