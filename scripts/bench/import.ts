/**
 * `npm run bench:import [-- --rows=10000 --photos=500 --photo-width=3200 --photo-height=2400
 * --only=rows,photos --big-zip-mb=0 --no-baseline --no-import]`: the batch import (src/import)
 * against saving the same items one by one, on a scratch SQLite file, in the same run.
 * `--no-baseline` times the import alone (for `node --cpu-prof`), `--no-import` the baseline
 * alone; `--big-zip-mb=N` adds the memory check of a large archive (benchBigZip below;
 * `--only=none --big-zip-mb=2048` runs it alone; 5120 needs `IMPORT_MAX_MB=6144`, as the
 * archive is refused over the cap like any upload).
 *
 * `rows`: `--rows` articles with a title, summary and body in all eight languages, as one CSV:
 * the import's dry run and commit (src/import/importBatch.ts) against the REST API the way a
 * script without the import would send them, one `POST /api/articles` per item and one `PATCH`
 * per other language (in-process route handlers, so no network in either figure). Before and
 * after each half it prints this process's (the server's) memory after full garbage
 * collections, with the growth per 100 rows and the open SQLite connections' files: a leak is
 * growth that grows with the rows (issue 19 found one connection and thousands of prepared
 * statements kept per save; patches/@libsql+client+0.14.0.patch). Ends with
 * `RESULT import items_per_s=<n> baseline=<n> ratio=<x>`.
 *
 * `photos`: a ZIP of `--photos` camera JPEGs with IPTC and XMP captions in two languages,
 * imported without a sheet (each photo's texts from its own metadata), against creating the
 * same photos through the Local API one by one. This process is the server: its RSS is sampled
 * every 50 ms and the peak growth over the import printed. Ends with `RESULT import
 * photos_per_s=<n> baseline=<n> ratio=<x>` and `RESULT import photos_rss_growth_mb=<MB>
 * baseline=<ZIP MB> ratio=<growth ÷ ZIP>`.
 */
import { createReadStream, createWriteStream } from 'node:fs'
import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { Readable } from 'node:stream'
import v8 from 'node:v8'
import { runInNewContext } from 'node:vm'

import { ZipArchive } from 'archiver'

import { cameraPhoto } from '../../tests/helpers/mediaFixtures'
import { openDatabaseFiles } from '../../tests/helpers/openDatabaseFiles'
import { restClient } from '../../tests/helpers/restClient'
import { scratchAppEnv } from '../../tests/helpers/scratchEnv'
import { loadPayloadApp } from '../lib/loadPayloadApp'
import { resultLine } from './load'

const argument = (name: string, fallback: number) =>
  Number(process.argv.find((value) => value.startsWith(`--${name}=`))?.split('=')[1] ?? fallback)
const rows = argument('rows', 10_000)
const photos = argument('photos', 500)
const photoWidth = argument('photo-width', 3200)
const photoHeight = argument('photo-height', 2400)
// `--big-zip-mb=2048`: the memory claim alone (see bigZip below); 0 leaves it out.
const bigZipMegabytes = argument('big-zip-mb', 0)
const only = (
  process.argv.find((value) => value.startsWith('--only='))?.split('=')[1] ?? 'rows,photos'
).split(',')
const say = (line: string) => process.stdout.write(`${line}\n`)
// A full collection without `--expose-gc` on the command line (V8's flag, set at run time).
v8.setFlagsFromString('--expose-gc')
const collectGarbage = runInNewContext('gc') as () => void
// For profiling the import alone (`--cpu-prof`): no baseline, so no RESULT line.
/** How long the rows bench waits after the import before it samples the memory again. */
const SETTLE_MS = 30_000

const hasBaseline = !process.argv.includes('--no-baseline')
// `--no-import`: the REST baseline alone (its memory, without the import's).
const hasImport = !process.argv.includes('--no-import')

const scratch = await fs.mkdtemp(path.join(os.tmpdir(), 'ttdn-bench-import-'))
Object.assign(process.env, {
  NODE_ENV: 'test',
  ...scratchAppEnv({ dir: scratch }),
  JOBS_AUTORUN: 'false',
})

const { config, getPayload } = await loadPayloadApp()
const { getEnv } = await import('../../src/env')
const { LOCALES } = await import('../../src/i18n/locales')
const { IMPORT_COLUMNS } = await import('../../src/import/columns')
const { lexicalParagraphs } = await import('../../src/seed/lexical')
const { createImportBatch, commitImportBatch } = await import('../../src/import/importBatch')
const { endExifTool } = await import('../../src/media/metadata/exiftool')

const payload = await getPayload({ config, disableOnInit: true })
const env = getEnv()
const password = 'mat-khau-bench-nhap-2026'
await payload.create({
  collection: 'users',
  data: { email: 'admin@bench.test', password, name: 'admin', roles: ['admin'] },
})
const agency = await payload.create({
  collection: 'agencies',
  data: { name: 'Sở Văn hoá', code: 'so-vhttdl', kind: 'provincial-department' },
})
const publisher = await payload.create({
  collection: 'users',
  data: {
    email: 'pub@bench.test',
    password,
    name: 'pub',
    roles: ['publisher'],
    agency: agency.id,
  },
})
const user = { ...publisher, collection: 'users' } as never

try {
  if (only.includes('rows')) await benchRows()
  if (only.includes('photos')) await benchPhotos()
  if (bigZipMegabytes > 0) await benchBigZip()
} finally {
  await payload.destroy()
  await endExifTool()
  await fs.rm(scratch, { recursive: true, force: true })
}
process.exit(0)

async function benchRows(): Promise<void> {
  const texts = (n: number, locale: string) => ({
    title: `Bài ${n} (${locale}): lễ hội văn hoá các dân tộc`,
    summary: `Tóm tắt ${n} ${locale}`,
    body: `Đoạn một của bài ${n} bằng ${locale}.\nĐoạn hai của bài ${n}.`,
  })
  const header = IMPORT_COLUMNS
  const quote = (value: string) => `"${value.replace(/"/g, '""')}"`
  const lines = [header.join(',')]
  for (let n = 0; n < rows; n += 1) {
    const record: Record<string, string> = {
      externalId: `bench-${n}`,
      kind: 'article',
      infoType: 'promotional',
    }
    for (const locale of LOCALES)
      for (const [column, value] of Object.entries(texts(n, locale)))
        record[`${column}_${locale}`] = value
    lines.push(header.map((column) => quote(record[column] ?? '')).join(','))
  }
  const csv = Buffer.from(lines.join('\n'))

  const before = await liveMemory()
  say(memoryLine({ phase: 'start', memory: before }))
  let importSeconds = Number.NaN
  if (hasImport) importSeconds = await importRows({ csv })
  const afterImport = await liveMemory()
  say(memoryLine({ phase: 'after import', memory: afterImport, since: before }))
  // What the allocator gives back once the work stops: memory it only kept is not a leak.
  await new Promise((resolve) => setTimeout(resolve, SETTLE_MS))
  say(
    memoryLine({
      phase: `${SETTLE_MS / 1000} s later`,
      memory: await liveMemory(),
      since: before,
    }),
  )
  if (!hasBaseline) return
  const restSeconds = await restRows({ texts })
  say(memoryLine({ phase: 'after REST', memory: await liveMemory(), since: afterImport }))
  if (hasImport)
    say(
      resultLine({
        bench: 'import',
        metric: 'items_per_s',
        value: rows / importSeconds,
        baseline: rows / restSeconds,
      }),
    )
}

/** The import half: the CSV's dry run and commit, in seconds. */
async function importRows({ csv }: { csv: Buffer }): Promise<number> {
  const importStart = performance.now()
  const batch = await createImportBatch({
    payload,
    env,
    user,
    input: Readable.from(csv),
    fileName: 'bench.csv',
    format: 'csv',
    language: 'en',
  })
  const dryRunSeconds = (performance.now() - importStart) / 1000
  const counts = await commitImportBatch({ payload, env, id: batch.id })
  const importSeconds = (performance.now() - importStart) / 1000
  if (counts.created !== rows) throw new Error(`Import created ${counts.created} of ${rows}`)
  say(
    `import: ${rows} rows in ${importSeconds.toFixed(1)} s (dry run ${dryRunSeconds.toFixed(1)} s)`,
  )
  return importSeconds
}

/** The baseline half: one REST POST per item and one PATCH per other language, in seconds. */
async function restRows({
  texts,
}: {
  texts: (n: number, locale: string) => { title: string; summary: string; body: string }
}): Promise<number> {
  const rest = restClient({ config })
  const token = await rest.login({ collection: 'users', email: 'pub@bench.test', password })
  const restStart = performance.now()
  for (let n = 0; n < rows; n += 1) {
    const body = (locale: string) => {
      const { title, summary, body: text } = texts(n, locale)
      return {
        title,
        summary,
        // What the import makes of the same cell: a paragraph per line.
        body: lexicalParagraphs({ paragraphs: text.split('\n') }),
        ...(locale === 'vi' ? { externalId: `rest-${n}`, infoType: 'promotional' } : {}),
      }
    }
    const created = await rest.request('POST', '/articles?locale=vi&draft=true', {
      token,
      body: body('vi'),
    })
    if (created.status !== 201) throw new Error(`POST answered ${created.status}`)
    const { doc } = (await created.json()) as { doc: { id: number } }
    for (const locale of LOCALES.filter((code) => code !== 'vi')) {
      const patched = await rest.request(
        'PATCH',
        `/articles/${doc.id}?locale=${locale}&draft=true`,
        {
          token,
          body: body(locale),
        },
      )
      if (patched.status !== 200) throw new Error(`PATCH answered ${patched.status}`)
    }
  }
  const restSeconds = (performance.now() - restStart) / 1000
  say(`REST: ${rows} items in ${restSeconds.toFixed(1)} s`)
  return restSeconds
}

type Memory = {
  heapMb: number
  heapTotalMb: number
  externalMb: number
  rssMb: number
  databaseFiles: number
}

/**
 * This process's (the server's) memory after full garbage collections, in MB. Twice, a turn of
 * the event loop apart: native objects (SQLite statements) are freed by finalizers that run
 * after the collection that found their JavaScript wrappers unreachable.
 */
async function liveMemory(): Promise<Memory> {
  for (let round = 0; round < 2; round += 1) {
    collectGarbage()
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  const usage = process.memoryUsage()
  return {
    heapMb: usage.heapUsed / 1024 ** 2,
    heapTotalMb: usage.heapTotal / 1024 ** 2,
    externalMb: usage.external / 1024 ** 2,
    rssMb: usage.rss / 1024 ** 2,
    databaseFiles: openDatabaseFiles({ dir: scratch }) ?? Number.NaN,
  }
}

/** A memory line; with `since`, also its growth per 100 rows (a leak grows with the rows). */
function memoryLine({
  phase,
  memory,
  since,
}: {
  phase: string
  memory: Memory
  since?: Memory
}): string {
  const per100 = (now: number, then: number) => (((now - then) / rows) * 100).toFixed(1)
  return `memory ${phase}: live heap ${memory.heapMb.toFixed(0)} MB of ${memory.heapTotalMb.toFixed(0)} MB, external ${memory.externalMb.toFixed(0)} MB, RSS ${memory.rssMb.toFixed(0)} MB, open database files ${memory.databaseFiles}${
    since
      ? ` (per 100 rows: heap ${per100(memory.heapMb, since.heapMb)} MB, external ${per100(memory.externalMb, since.externalMb)} MB, RSS ${per100(memory.rssMb, since.rssMb)} MB)`
      : ''
  }`
}

async function benchPhotos(): Promise<void> {
  const folder = path.join(scratch, 'photos')
  await fs.mkdir(folder)
  // One camera photo, varied per copy by a comment, so each has its own hash.
  const photo = await cameraPhoto({ width: photoWidth, height: photoHeight })
  const { zipPath, zipMegabytes } = await storedZip({
    name: 'photos.zip',
    entries: Array.from({ length: photos }, (_, n) => ({
      name: `anh-${n}.jpg`,
      data: Buffer.concat([photo, Buffer.from(`bench-${n}`)]),
    })),
  })

  const importStart = performance.now()
  const { counts, growthMegabytes } = await withPeakRss(async () => {
    const batch = await uploadZip({ zipPath })
    return { counts: await commitImportBatch({ payload, env, id: batch.id }) }
  })
  const importSeconds = (performance.now() - importStart) / 1000
  if (counts.created !== photos) throw new Error(`Import created ${counts.created} of ${photos}`)

  const single = path.join(folder, 'single.jpg')
  const localStart = performance.now()
  for (let n = 0; n < photos; n += 1) {
    await fs.writeFile(single, Buffer.concat([photo, Buffer.from(`local-${n}`)]))
    await payload.create({
      collection: 'media',
      data: { kind: 'image', agency: agency.id },
      filePath: single,
      draft: true,
      overrideAccess: false,
      user,
    })
  }
  const localSeconds = (performance.now() - localStart) / 1000
  say(
    resultLine({
      bench: 'import',
      metric: 'photos_per_s',
      value: photos / importSeconds,
      baseline: photos / localSeconds,
    }),
  )
  say(
    `RESULT import photos_rss_growth_mb=${growthMegabytes.toFixed(0)} baseline=${zipMegabytes.toFixed(0)} ratio=${(growthMegabytes / zipMegabytes).toFixed(2)}`,
  )
}

/**
 * The memory claim on a large archive: a store-only ZIP of `--big-zip-mb` megabytes of 128 MB
 * files (named as videos, so each is within the upload limits) is uploaded and dry-run: the
 * upload streams it to the imports folder, the dry run reads the central directory and streams
 * every entry through its hash. Nothing is committed (the bytes are no real video). Prints the
 * peak RSS growth against the ZIP's size.
 */
async function benchBigZip(): Promise<void> {
  const fileBytes = 128 * 1024 ** 2
  const count = Math.max(1, Math.round((bigZipMegabytes * 1024 ** 2) / fileBytes))
  // 1 MB chunks, each stamped with its file and place, so no two files hash alike.
  const chunks = function* (n: number) {
    for (let offset = 0; offset < fileBytes; offset += 1024 ** 2)
      yield Buffer.alloc(1024 ** 2, `video ${n} at ${offset} `)
  }
  const { zipPath, zipMegabytes } = await storedZip({
    name: 'big.zip',
    entries: Array.from({ length: count }, (_, n) => ({
      name: `video-${n}.mp4`,
      data: Readable.from(chunks(n)),
    })),
  })
  const start = performance.now()
  const { actions, growthMegabytes } = await withPeakRss(async () => {
    const batch = await uploadZip({ zipPath })
    return { actions: new Set((batch.dryRun ?? []).map((row) => row.action)) }
  })
  await fs.rm(zipPath, { force: true })
  if (actions.size !== 1 || !actions.has('create'))
    throw new Error(`Dry run of the big ZIP answered ${[...actions].join(', ')}`)
  say(
    `big ZIP: ${count} files, ${zipMegabytes.toFixed(0)} MB uploaded and dry-run in ${((performance.now() - start) / 1000).toFixed(1)} s`,
  )
  say(
    `RESULT import big_zip_rss_growth_mb=${growthMegabytes.toFixed(0)} baseline=${zipMegabytes.toFixed(0)} ratio=${(growthMegabytes / zipMegabytes).toFixed(3)}`,
  )
}

/** Writes a store-only ZIP of `entries` into the scratch folder: its path and size in MB. */
async function storedZip({
  name,
  entries,
}: {
  name: string
  entries: Array<{ name: string; data: Buffer | Readable }>
}): Promise<{ zipPath: string; zipMegabytes: number }> {
  const zipPath = path.join(scratch, name)
  const archive = new ZipArchive({ store: true })
  const written = new Promise<void>((resolve, reject) => {
    const output = createWriteStream(zipPath)
    output.on('close', resolve)
    archive.on('error', reject)
    archive.pipe(output)
  })
  for (const entry of entries) archive.append(entry.data, { name: entry.name })
  await archive.finalize()
  await written
  return { zipPath, zipMegabytes: (await fs.stat(zipPath)).size / 1024 ** 2 }
}

/** Uploads a ZIP as the publisher would, streamed from disk: the batch with its dry run. */
async function uploadZip({ zipPath }: { zipPath: string }) {
  return createImportBatch({
    payload,
    env,
    user,
    input: createReadStream(zipPath),
    fileName: path.basename(zipPath),
    format: 'zip',
    language: 'en',
  })
}

/** Runs `work`, sampling this process's RSS every 50 ms: its result and the peak growth in MB. */
async function withPeakRss<T extends object>(
  work: () => Promise<T>,
): Promise<T & { growthMegabytes: number }> {
  const start = process.memoryUsage().rss
  let peak = start
  const sampler = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss)
  }, 50)
  try {
    const result = await work()
    return {
      ...result,
      growthMegabytes: (Math.max(peak, process.memoryUsage().rss) - start) / 1024 ** 2,
    }
  } finally {
    clearInterval(sampler)
  }
}
