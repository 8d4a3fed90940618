/**
 * `npm run bench:basket [-- --small=5 --large=40 --runs=3]`: how much the server's memory grows
 * while it streams a journalist's basket as a ZIP, against the size of that ZIP.
 *
 * 1. Boots the app in this process on a scratch SQLite file and folders, uploads `--large`
 *    photos of 3000 × 2000 with sensor grain (about 2.5 MB each, so they do not compress),
 *    and signs in an accredited journalist.
 * 2. Fills the basket with the originals of `--small` photos, downloads the ZIP once to warm
 *    the code and the download cache, then downloads it `--runs` times, reading and dropping
 *    every chunk as a client would, while sampling the process's RSS and live heap every 20 ms
 *    (after a full collection, with `--expose-gc`). The same with `--large` photos.
 *
 * Ends with `RESULT basket zip_memory=<MB of peak RSS growth, large basket>
 * baseline=<ZIP MB> ratio=<growth ÷ ZIP>` and an `info` line with the small basket's growth:
 * a streamed ZIP grows the server by about the same few megabytes whatever its size, where a
 * ZIP built in memory would grow it by the ZIP's size (ratio ≥ 1).
 */
import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'

import sharp from 'sharp'

import { loadPayloadApp } from '../lib/loadPayloadApp'
import { medianOf } from './load'
import { scratchAppEnv } from '../../tests/helpers/scratchEnv'

const small = numberArgument({ name: 'small', fallback: 5 })
const large = numberArgument({ name: 'large', fallback: 40 })
const runs = numberArgument({ name: 'runs', fallback: 3 })
const MEGABYTE = 1024 ** 2
const SAMPLE_INTERVAL_MS = 20

const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'ttdn-bench-basket-'))
Object.assign(process.env, {
  NODE_ENV: 'test',
  ...scratchAppEnv({ dir }),
  JOBS_AUTORUN: 'false',
  BASKET_MAX_MB: '100000',
  BASKET_MAX_ITEMS: '1000',
})
const { config, getPayload } = await loadPayloadApp()
const { slugs } = await import('../../collections/slugs')
const { restClient } = await import('../../tests/helpers/restClient')
const { addToBasket } = await import('../../src/library/basket/basketItems')
const { endExifTool } = await import('../../src/media/metadata/exiftool')
const payload = await getPayload({ config })
const rest = restClient({ config })

try {
  const agency = await payload.create({
    collection: slugs.agencies,
    data: { name: 'Báo Đồng Nai', code: 'bench-basket', kind: 'newsroom' },
  })
  const password = 'bench-basket-password-2026'
  await payload.create({
    collection: slugs.users,
    data: { email: 'admin@bench.test', password, name: 'Bench', roles: ['admin'] },
  })
  const journalist = await payload.create({
    collection: slugs.journalists,
    data: {
      email: 'journalist@bench.test',
      password,
      name: 'Bench journalist',
      outlet: 'Bench',
      country: 'GB',
      preferredLanguage: 'en',
      accreditationStatus: 'approved',
      accreditationExpiresAt: new Date(Date.now() + 30 * 86_400_000).toISOString(),
      _verified: true,
    },
    disableVerificationEmail: true,
  })
  const adminToken = await rest.login({
    collection: slugs.users,
    email: 'admin@bench.test',
    password,
  })
  const token = await rest.login({
    collection: slugs.journalists,
    email: 'journalist@bench.test',
    password,
  })
  const user = { ...journalist, collection: slugs.journalists } as Parameters<
    typeof addToBasket
  >[0]['user']

  process.stdout.write(`Uploading ${large} photos of 3000×2000 …\n`)
  const ids: number[] = []
  for (let index = 0; index < large; index += 1) {
    const form = new FormData()
    form.append(
      'file',
      new Blob([new Uint8Array(await grainyJpeg())], { type: 'image/jpeg' }),
      `anh-${index}.jpg`,
    )
    form.append(
      '_payload',
      JSON.stringify({
        agency: agency.id,
        kind: 'image',
        accessTier: 'public',
        credit: 'Báo Đồng Nai',
        _status: 'published',
      }),
    )
    const response = await rest.request('POST', `/${slugs.media}`, {
      token: adminToken,
      body: form,
    })
    if (response.status !== 201) throw new Error(`Upload ${index}: ${await response.text()}`)
    ids.push(((await response.json()) as { doc: { id: number } }).doc.id)
  }

  const measure = async ({ count }: { count: number }) => {
    await payload.delete({ collection: slugs.basketItems, where: { id: { exists: true } } })
    for (const id of ids.slice(0, count)) {
      await addToBasket({ payload, user, mediaId: String(id), variant: 'original', maxItems: 1000 })
    }
    // Warm: the code, and each photo's credited copy in the download cache.
    await download({ token })
    const growth: number[] = []
    const heapGrowth: number[] = []
    let zipBytes = 0
    for (let run = 0; run < runs; run += 1) {
      const sample = await download({ token })
      zipBytes = sample.bytes
      growth.push(sample.rssGrowth)
      heapGrowth.push(sample.heapGrowth)
      process.stdout.write(
        `${count} photos, run ${run + 1}: ZIP ${(zipBytes / MEGABYTE).toFixed(1)} MB, RSS +${(sample.rssGrowth / MEGABYTE).toFixed(1)} MB, heap +${(sample.heapGrowth / MEGABYTE).toFixed(1)} MB\n`,
      )
    }
    return { zipBytes, rssGrowth: medianOf(growth), heapGrowth: medianOf(heapGrowth) }
  }

  const smallBasket = await measure({ count: small })
  const largeBasket = await measure({ count: large })
  process.stdout.write(
    `info basket small_zip=${(smallBasket.zipBytes / MEGABYTE).toFixed(1)} MB rss_growth=${(smallBasket.rssGrowth / MEGABYTE).toFixed(1)} MB heap_growth=${(smallBasket.heapGrowth / MEGABYTE).toFixed(1)} MB\n`,
  )
  process.stdout.write(
    `info basket large_zip=${(largeBasket.zipBytes / MEGABYTE).toFixed(1)} MB heap_growth=${(largeBasket.heapGrowth / MEGABYTE).toFixed(1)} MB (medians of ${runs} runs)\n`,
  )
  process.stdout.write(
    `RESULT basket zip_memory=${(largeBasket.rssGrowth / MEGABYTE).toFixed(1)} baseline=${(largeBasket.zipBytes / MEGABYTE).toFixed(1)} ratio=${(largeBasket.rssGrowth / largeBasket.zipBytes).toFixed(3)}\n`,
  )
} finally {
  await payload.destroy()
  await endExifTool()
  await fs.rm(dir, { recursive: true, force: true })
}

/** Downloads the basket, dropping every chunk, and the peak growth of RSS and heap meanwhile. */
async function download({ token }: { token: string }): Promise<{
  bytes: number
  rssGrowth: number
  heapGrowth: number
}> {
  global.gc?.()
  const start = process.memoryUsage()
  let peakRss = start.rss
  let peakHeap = start.heapUsed
  const sampler = setInterval(() => {
    const now = process.memoryUsage()
    peakRss = Math.max(peakRss, now.rss)
    peakHeap = Math.max(peakHeap, now.heapUsed)
  }, SAMPLE_INTERVAL_MS)
  try {
    const response = await rest.request(
      'GET',
      '/library/basket/download?terms=accepted&use=news&locale=en',
      { token },
    )
    if (response.status !== 200) throw new Error(`Download: ${await response.text()}`)
    let bytes = 0
    for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
      bytes += chunk.byteLength
    }
    return { bytes, rssGrowth: peakRss - start.rss, heapGrowth: peakHeap - start.heapUsed }
  } finally {
    clearInterval(sampler)
  }
}

/** A photo of sensor grain: JPEG cannot shrink it, like a real camera original. */
async function grainyJpeg(): Promise<Buffer> {
  return sharp({
    create: {
      width: 3000,
      height: 2000,
      channels: 3,
      background: '#808080',
      noise: { type: 'gaussian', mean: 128, sigma: 40 },
    },
  })
    .jpeg({ quality: 90 })
    .toBuffer()
}

function numberArgument({ name, fallback }: { name: string; fallback: number }): number {
  const argument = process.argv.find((value) => value.startsWith(`--${name}=`))
  const value = argument ? Number(argument.slice(name.length + 3)) : fallback
  return Number.isFinite(value) && value > 0 ? value : fallback
}
