import { randomUUID } from 'node:crypto'
import { createWriteStream } from 'node:fs'
import fs from 'node:fs/promises'
import path from 'node:path'
import { Readable } from 'node:stream'
import { pipeline } from 'node:stream/promises'

import type { Endpoint, PayloadRequest } from 'payload'

import { slugs } from '../../collections/slugs'
import { requesterOf } from '../access/requester'
import { recordAudit } from '../audit/recordAudit'
import { getEnv } from '../env'
import { translatedError } from '../errors/translatedError'
import { DEFAULT_LOCALE, isLocale, requestLanguage, type Locale } from '../i18n'
import { fallbackChain } from '../i18n/locales'
import { openStoredFile } from '../storage/storedFiles'
import { creditTags } from './creditTags'
import { incrementDownloadCount } from './downloadCount'
import { attachmentHeader, downloadFilename } from './downloadName'
import { entitledVariants, isDownloadVariant, type DownloadVariant } from './entitlements'
import { writeEmbeddedTags } from './exiftool'
import { RENDITION_EXTENSIONS, RENDITION_FORMATS, type RenditionFormat } from './renditions'
import { ownerOf, renditionsOf } from './uploadPipeline'
import { extensionOf } from './uploadPolicy'
import { uploadTempDir } from './uploadOptions'

/**
 * `GET /api/library/media/:id/download?rendition=thumb|web|large|original&format=jpeg|webp&locale=…`
 *
 * The file as an attachment (RFC 6266 name from the uploaded one), with credit, creator,
 * copyright, usage terms and caption — in the requested locale, falling back requested → en →
 * vi over published translations — written into its XMP and IPTC (declared UTF-8). The item is
 * read through the Local API with the request's user, so the visibility rule decides; the
 * requester's tier decides which variants they may have (src/media/entitlements.ts). Downloads
 * of non-public files are audited; every download is counted on the item.
 */
export const mediaDownloadEndpoint: Endpoint = {
  path: '/library/media/:id/download',
  method: 'get',
  handler: async (req) => {
    const rendition = req.searchParams.get('rendition') ?? 'web'
    if (!isDownloadVariant(rendition)) throw invalidParameter({ req, name: 'rendition' })
    return serveMediaFile({
      req,
      variant: rendition,
      format: parseFormat({ req, value: req.searchParams.get('format') ?? 'jpeg' }),
      isDownload: true,
    })
  },
}

/**
 * `GET /api/media/:id/renditions/<size>.<jpg|webp>`: a rendition for display (inline), under
 * the same visibility rule and entitlements as downloads; the URL each rendition records.
 */
export const renditionFileEndpoint: Endpoint = {
  path: '/:id/renditions/:name',
  method: 'get',
  handler: async (req) => {
    const name = routeParam({ req, name: 'name' })
    const [size = '', extension = ''] = name.split('.')
    const format = RENDITION_FORMATS.find(
      (candidate) => RENDITION_EXTENSIONS[candidate] === extension,
    )
    if (!isDownloadVariant(size) || size === 'original' || !format) {
      throw invalidParameter({ req, name: 'name' })
    }
    return serveMediaFile({ req, variant: size, format, isDownload: false })
  },
}

type MediaRecord = Record<string, unknown> & {
  id: number | string
  kind?: string
  filename?: string | null
  mimeType?: string | null
  accessTier?: string
  servedLocale?: string
}

async function serveMediaFile({
  req,
  variant,
  format,
  isDownload,
}: {
  req: PayloadRequest
  variant: DownloadVariant
  format: RenditionFormat
  isDownload: boolean
}): Promise<Response> {
  const id = routeParam({ req, name: 'id' })
  const requested = requestedLocale({ req })
  const item = await readVisibleItem({ req, id, locale: requested })
  if (!item) throw translatedError({ req, status: 404, key: 'errors.notFound' })
  const requester = requesterOf({ user: req.user, now: new Date() })
  if (!entitledVariants({ requester }).includes(variant)) {
    throw translatedError({
      req,
      status: 403,
      key: 'media.renditionNotAllowed',
      params: { rendition: variant },
    })
  }
  const source = sourceOf({ item, variant, format })
  const env = getEnv()
  const opened = source
    ? await openStoredFile({
        env,
        owner: ownerOf({ collection: slugs.media, doc: item }),
        filename: source.filename,
      })
    : null
  if (!source || !opened) {
    opened?.stream.destroy()
    throw translatedError({
      req,
      status: 404,
      key: 'media.renditionNotAvailable',
      params: { rendition: variant },
    })
  }

  if (item.accessTier && item.accessTier !== 'public') {
    await recordAudit({
      req,
      action: 'download',
      targetCollection: slugs.media,
      targetId: item.id,
      targetTitle: (item.originalFilename as string | undefined) ?? source.filename,
      details: { filename: source.filename, variant, accessTier: item.accessTier },
    })
  }
  if (isDownload) {
    await incrementDownloadCount({ payload: req.payload, collection: slugs.media, id: item.id })
  }

  const headers = new Headers({
    'Content-Type': source.mimeType,
    'X-Content-Type-Options': 'nosniff',
    // Access depends on who asks: no shared cache may keep the answer for someone else.
    'Cache-Control': 'private, no-store',
  })
  const name = downloadFilename({
    originalFilename: (item.originalFilename as string | null | undefined) ?? source.filename,
    variant,
    extension: source.extension,
  })
  headers.set('Content-Disposition', attachmentHeader({ filename: name, isInline: !isDownload }))

  if (isDownload && source.mimeType.startsWith('image/')) {
    const texts = await creditTexts({ req, item, requested })
    const body = await withEmbeddedCredit({
      req,
      stream: opened.stream,
      extension: source.extension,
      texts,
    })
    headers.set('Content-Length', String(body.byteLength))
    headers.set('Content-Language', texts.locale)
    return new Response(new Uint8Array(body), { status: 200, headers })
  }
  headers.set('Content-Length', String(opened.size))
  return new Response(Readable.toWeb(opened.stream) as ReadableStream, { status: 200, headers })
}

async function readVisibleItem({
  req,
  id,
  locale,
}: {
  req: PayloadRequest
  id: string
  locale: Locale
}): Promise<MediaRecord | null> {
  if (!/^[A-Za-z0-9_-]{1,64}$/.test(id)) return null
  // With the request (not only its user): the published-locale rule treats a Local API call
  // without `req` and without a user as the system itself.
  const item = await req.payload.findByID({
    collection: slugs.media,
    id,
    depth: 0,
    locale,
    fallbackLocale: false,
    overrideAccess: false,
    disableErrors: true,
    req,
  })
  return (item as MediaRecord | null) ?? null
}

/** The caption and usage terms in the first locale of the fallback chain that has them. */
async function creditTexts({
  req,
  item,
  requested,
}: {
  req: PayloadRequest
  item: MediaRecord
  requested: Locale
}): Promise<Parameters<typeof creditTags>[0]> {
  const served: Locale = isLocale(item.servedLocale) ? item.servedLocale : requested
  let caption = textOf({ value: item.caption })
  let usageTerms = textOf({ value: item.usageTerms })
  let locale = served
  for (const fallback of fallbackChain(served).slice(1)) {
    if (caption && usageTerms) break
    const other = await readVisibleItem({ req, id: String(item.id), locale: fallback })
    const otherLocale = isLocale(other?.servedLocale) ? other.servedLocale : fallback
    const otherCaption = textOf({ value: other?.caption })
    if (!caption && otherCaption) {
      caption = otherCaption
      locale = otherLocale
    }
    usageTerms ??= textOf({ value: other?.usageTerms })
  }
  return {
    credit: textOf({ value: item.credit }),
    creator: textOf({ value: item.creator }),
    copyrightNotice: textOf({ value: item.copyrightNotice }),
    usageTerms,
    caption,
    locale,
  }
}

async function withEmbeddedCredit({
  req,
  stream,
  extension,
  texts,
}: {
  req: PayloadRequest
  stream: Readable
  extension: string
  texts: Parameters<typeof creditTags>[0]
}): Promise<Buffer> {
  const folder = req.payload.config.upload?.tempFileDir ?? uploadTempDir({ env: getEnv() })
  await fs.mkdir(folder, { recursive: true })
  const workPath = path.join(folder, `download-${randomUUID()}.${extension}`)
  try {
    await pipeline(stream, createWriteStream(workPath))
    await writeEmbeddedTags({ filePath: workPath, tags: creditTags(texts) })
    return await fs.readFile(workPath)
  } finally {
    await fs.rm(workPath, { force: true })
  }
}

function sourceOf({
  item,
  variant,
  format,
}: {
  item: MediaRecord
  variant: DownloadVariant
  format: RenditionFormat
}): { filename: string; mimeType: string; extension: string } | null {
  if (variant === 'original') {
    if (!item.filename) return null
    return {
      filename: item.filename,
      mimeType: item.mimeType ?? 'application/octet-stream',
      extension: extensionOf({ filename: item.filename }) || 'bin',
    }
  }
  const rendition = renditionsOf({ doc: item }).find(
    (candidate) => candidate.size === variant && candidate.format === format,
  )
  if (!rendition) return null
  return {
    filename: rendition.filename,
    mimeType: rendition.mimeType,
    extension: RENDITION_EXTENSIONS[format],
  }
}

function requestedLocale({ req }: { req: PayloadRequest }): Locale {
  const value = req.searchParams.get('locale')
  if (value !== null && !isLocale(value)) throw invalidParameter({ req, name: 'locale' })
  return isLocale(value) ? value : (requestLanguage({ headers: req.headers }) ?? DEFAULT_LOCALE)
}

function parseFormat({ req, value }: { req: PayloadRequest; value: string }): RenditionFormat {
  const format = RENDITION_FORMATS.find((candidate) => candidate === value)
  if (!format) throw invalidParameter({ req, name: 'format' })
  return format
}

function invalidParameter({ req, name }: { req: PayloadRequest; name: string }): Error {
  const expected: Record<string, string> = {
    rendition: 'thumb, web, large, original',
    format: RENDITION_FORMATS.join(', '),
    locale: 'vi, en, zh, ja, ko, fr, ru, km',
    name: '<thumb|web|large>.<jpg|webp>',
  }
  return translatedError({
    req,
    status: 400,
    key: 'errors.invalidParameter',
    params: { name, expected: expected[name] ?? '' },
  })
}

function routeParam({ req, name }: { req: PayloadRequest; name: string }): string {
  const value = req.routeParams?.[name]
  return typeof value === 'string' || typeof value === 'number' ? String(value) : ''
}

function textOf({ value }: { value: unknown }): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value : undefined
}
