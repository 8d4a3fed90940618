import { createWriteStream } from 'node:fs'
import { pipeline } from 'node:stream/promises'

import type { Endpoint, PayloadRequest } from 'payload'

import { globalSlugs, slugs } from '../../../collections/slugs'
import { relationId, requesterOf } from '../../access/requester'
import { getEnv, type Env } from '../../env'
import { ForbiddenError, NotFoundError } from '../../errors/AppError'
import { isLocale, requestLanguage, type Locale } from '../../i18n'
import { fallbackChain } from '../../i18n/locales'
import { enforceRequestLimit } from '../../rateLimits/requestLimit'
import { fileResponse } from '../../storage/fileResponse'
import { findStoredFile, type StoredFile } from '../../storage/storedFiles'
import { creditTags, type CreditLine } from '../metadata/creditTags'
import { embargoTags } from '../metadata/embargoTags'
import { itemLocation } from '../metadata/itemLocation'
import { localizedCredit } from '../metadata/localizedCredit'
import { cachedFile, downloadCacheDir, downloadCacheKey, type CachedFile } from './downloadCache'
import { countDownload } from './downloadCount'
import { recordDownloadAuditOnce, recordPressDownloadOnce, requesterKeyOf } from './downloadRecords'
import { downloadTermsOf, requiresDownloadTerms, type DownloadTerms } from './downloadTerms'
import { attachmentHeader, downloadFilename } from './downloadName'
import {
  parseDownloadParams,
  parseRenditionParams,
  SERVED_EXTENSIONS,
  type MediaFileParams,
  type ServedFormat,
} from './downloadParams'
import { entitledVariants, type DownloadVariant } from './entitlements'
import { writeEmbeddedTags } from '../metadata/exiftool'
import { ownerOf, renditionsOf } from '../upload/uploadPipeline'
import { extensionOf } from '../upload/uploadPolicy'
import { WEB_VIDEO_RENDITION } from '../video/webVideo'

/**
 * `GET /api/library/media/:id/download?rendition=thumb|web|large|original&format=jpeg|webp|mp4&locale=…`
 *
 * The file as an attachment (RFC 6266 name from the uploaded one), with credit, creator,
 * copyright, usage terms, caption, headline, keywords, date created and location — in the
 * requested locale, falling back requested → en → vi over published translations — written
 * into its XMP and IPTC (declared UTF-8; IIM values cut at a word within IIM's byte limits). The item is
 * read through the Local API with the request's user, so the visibility rule decides; the
 * requester's tier decides which variants they may have (src/media/download/entitlements.ts).
 * Downloads of non-public files are audited; every download is counted on the item.
 *
 * Both endpoints answer `Range` requests (206, or 416 with `Content-Range: bytes *\/<size>`),
 * with a strong ETag for `If-Range`, streaming from the local folder or from S3 (a `GetObject`
 * of just that range), never holding a file in memory. An image download is rewritten once per
 * item, variant and texts and kept in the download cache (src/media/download/downloadCache.ts), so
 * a resumed or ranged download receives the same bytes under the same ETag.
 *
 * Videos and documents are served as stored, without the credit written in. Writing metadata
 * into a video makes ExifTool copy the whole file (gigabytes for an original) for every new
 * text, and one copy per locale would fill the cache with a few videos; the credit and caption
 * of a video travel with its record (the library page, ninjs, feeds) instead.
 */
export const mediaDownloadEndpoint: Endpoint = {
  path: '/library/media/:id/download',
  method: 'get',
  handler: async (req) => {
    await enforceRequestLimit({ req, rule: 'download' })
    const params = parseDownloadParams({
      id: req.routeParams?.id,
      searchParams: req.searchParams,
      defaultLocale: requestLanguage({ headers: req.headers }),
    })
    return serveMediaFile({ req, params, isDownload: true })
  },
}

/**
 * `GET /api/media/:id/renditions/<size>.<jpg|webp>` (and a video's `web.mp4`): a rendition for
 * display (inline), under the same visibility rule and entitlements as downloads; the URL each
 * rendition records. Only staff see the `large` size inline (the admin); everyone else gets
 * `thumb` and `web` here, and takes `large` (like the original) through the download endpoint,
 * which asks for the usage terms and records the download.
 */
export const renditionFileEndpoint: Endpoint = {
  path: '/:id/renditions/:name',
  method: 'get',
  handler: async (req) => {
    await enforceRequestLimit({ req, rule: 'rendition' })
    const params = parseRenditionParams({
      id: req.routeParams?.id,
      name: req.routeParams?.name,
      searchParams: req.searchParams,
      defaultLocale: requestLanguage({ headers: req.headers }),
    })
    if (
      !INLINE_VARIANTS.includes(params.variant) &&
      requesterOf({ user: req.user, now: new Date() }).kind !== 'staff'
    ) {
      throw new ForbiddenError({
        messageKey: 'media.renditionInlineStaffOnly',
        params: { rendition: params.variant },
      })
    }
    return serveMediaFile({ req, params, isDownload: false })
  },
}

/** What the renditions route shows anyone who is not staff: display sizes, never press sizes. */
const INLINE_VARIANTS: readonly DownloadVariant[] = ['thumb', 'web']

/** A media item as the download endpoints read it (depth 0, one locale). */
export type MediaRecord = Record<string, unknown> & {
  id: number | string
  kind?: string
  filename?: string | null
  mimeType?: string | null
  accessTier?: string
  servedLocale?: string
}

async function serveMediaFile({
  req,
  params: { id, variant, format, locale: requested },
  isDownload,
}: {
  req: PayloadRequest
  /** `format: null`: not asked for; see {@link defaultFormat}. */
  params: MediaFileParams
  isDownload: boolean
}): Promise<Response> {
  const item = id === null ? null : await readVisibleItem({ req, id, locale: requested })
  if (!item) throw new NotFoundError()
  const requester = requesterOf({ user: req.user, now: new Date() })
  if (!entitledVariants({ requester }).includes(variant)) {
    throw new ForbiddenError({
      messageKey: 'media.renditionNotAllowed',
      params: { rendition: variant },
    })
  }
  // A journalist takes a press size only after accepting the usage terms and saying what it
  // is for, with this very request (the library's download form sends both).
  const terms = isDownload ? downloadTermsOf(req.searchParams) : null
  if (isDownload && requiresDownloadTerms({ requester, variant }) && !terms) {
    throw new ForbiddenError({ messageKey: 'media.downloadTermsRequired' })
  }
  const source = sourceOf({ item, variant, format: format ?? defaultFormat({ item, variant }) })
  const env = getEnv()
  const stored = source
    ? await findStoredFile({
        env,
        owner: ownerOf({ collection: slugs.media, doc: item }),
        filename: source.filename,
      })
    : null
  if (!source || !stored) {
    throw new NotFoundError({
      messageKey: 'media.renditionNotAvailable',
      params: { rendition: variant },
    })
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

  let file: StoredFile | CachedFile = stored
  if (isDownload && source.mimeType.startsWith('image/')) {
    const texts = await creditTexts({ req, item, requested })
    file = await creditedImage({ req, env, item, variant, source, stored, texts })
    headers.set('Content-Language', texts.locale)
  }

  return fileResponse({
    request: req,
    file,
    headers,
    // On every answer that carries bytes, whatever range it covers: a player or download
    // manager fetches a file in many ranges and a resumed download continues from the middle,
    // so one requester's requests for one file within the window make one download
    // (src/media/download/downloadRecords.ts) — and a download that skips byte 0 is still
    // recorded.
    onServe: () =>
      recordServedDownload({
        req,
        item,
        variant,
        requested,
        terms,
        filename: source.filename,
        isDownload,
      }),
  })
}

/**
 * Records one served file of an item: an audit entry when it is not public, and for a download
 * the item's count and, for a journalist, a line in "my downloads" with the terms they accepted
 * (each once per window, src/media/download/downloadRecords.ts). The single download and the
 * basket's ZIP (src/library/basket/basketDownload.ts) record alike.
 */
export async function recordServedDownload({
  req,
  item,
  variant,
  requested,
  terms,
  filename,
  isDownload,
}: {
  req: PayloadRequest
  item: MediaRecord
  variant: DownloadVariant
  requested: Locale
  terms: DownloadTerms | null
  /** The stored file served. */
  filename: string
  isDownload: boolean
}): Promise<void> {
  if (item.accessTier && item.accessTier !== 'public') {
    await recordDownloadAuditOnce({
      req,
      targetCollection: slugs.media,
      targetId: item.id,
      targetTitle: (item.originalFilename as string | undefined) ?? filename,
      details: { filename, variant, accessTier: item.accessTier },
    })
  }
  if (!isDownload) return
  countDownload({
    payload: req.payload,
    collection: slugs.media,
    id: item.id,
    requesterKey: requesterKeyOf({ req }),
  })
  const requester = requesterOf({ user: req.user, now: new Date() })
  if (requester.kind === 'journalist') {
    await recordPressDownload({ req, journalistId: requester.id, item, variant, requested, terms })
  }
}

/**
 * Adds the download to the journalist's history ("my downloads"), with the terms they accepted
 * and the use they stated, once per download (src/media/download/downloadRecords.ts).
 */
async function recordPressDownload({
  req,
  journalistId,
  item,
  variant,
  requested,
  terms,
}: {
  req: PayloadRequest
  journalistId: number | string
  item: MediaRecord
  variant: DownloadVariant
  requested: Locale
  terms: DownloadTerms | null
}): Promise<void> {
  await recordPressDownloadOnce({
    req,
    journalistId,
    mediaId: item.id,
    data: {
      itemTitle: titleOf(item).slice(0, 500),
      variant,
      locale: requested,
      termsAccepted: terms !== null,
      intendedUse: terms?.use,
      intendedUseDetails: terms?.details || undefined,
    },
  })
}

/** What the journalist's history calls the item, as it was when downloaded. */
function titleOf(item: MediaRecord): string {
  for (const value of [item.headline, item.alt, item.originalFilename, item.filename]) {
    if (typeof value === 'string' && value.trim()) return value
  }
  return String(item.id)
}

/** The item as the request's user may see it (the visibility rule), in `locale`; null when not. */
export async function readVisibleItem({
  req,
  id,
  locale,
}: {
  req: PayloadRequest
  id: string
  locale: Locale
}): Promise<MediaRecord | null> {
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

/**
 * What is written into a downloaded image: each localized text (headline, caption, keywords,
 * usage terms, place) in the first locale of the fallback chain that has it, the texts tagged
 * with the language of the caption (or headline) found; the credit with the agency's official
 * name in that language (src/media/metadata/localizedCredit.ts); the date taken; and the
 * location — the place shown, the province (the settings' name in that language) and the
 * country.
 */
export async function creditTexts({
  req,
  item,
  requested,
}: {
  req: PayloadRequest
  item: MediaRecord
  requested: Locale
}): Promise<CreditLine> {
  const served: Locale = isLocale(item.servedLocale) ? item.servedLocale : requested
  const texts = { ...localizedTextsOf(item) }
  let locale = served
  for (const fallback of fallbackChain(served).slice(1)) {
    if (Object.values(texts).every((value) => value !== undefined)) break
    const other = await readVisibleItem({ req, id: String(item.id), locale: fallback })
    if (!other) continue
    const otherLocale = isLocale(other.servedLocale) ? other.servedLocale : fallback
    const found = localizedTextsOf(other)
    if (!texts.caption && !texts.headline && (found.caption || found.headline)) locale = otherLocale
    for (const key of Object.keys(texts) as Array<keyof typeof texts>) {
      ;(texts as Record<string, unknown>)[key] ??= found[key]
    }
  }
  // One after the other: each Local API call sets the request's locale to its own.
  const agencyNames = await agencyNamesOf({ req, agency: item.agency })
  const provinceName = await provinceNameIn({ req, locale })
  return {
    credit: localizedCredit({ credit: textOf({ value: item.credit }), agencyNames, locale }),
    creator: textOf({ value: item.creator }),
    copyrightNotice: textOf({ value: item.copyrightNotice }),
    usageTerms: texts.usageTerms,
    caption: texts.caption,
    headline: texts.headline,
    keywords: texts.keywords,
    dateCreated: textOf({ value: item.dateTaken }),
    location: itemLocation({ placeShown: texts.placeShown, provinceName, locale }),
    locale,
  }
}

/** An item's localized texts as read in one locale; undefined where it has none. */
function localizedTextsOf(item: Record<string, unknown>): {
  headline?: string
  caption?: string
  usageTerms?: string
  placeShown?: string
  keywords?: string[]
} {
  const keywords = Array.isArray(item.keywords)
    ? item.keywords.filter((keyword): keyword is string => typeof keyword === 'string')
    : []
  return {
    headline: textOf({ value: item.headline }),
    caption: textOf({ value: item.caption }),
    usageTerms: textOf({ value: item.usageTerms }),
    placeShown: textOf({ value: item.placeShown }),
    keywords: keywords.length > 0 ? keywords : undefined,
  }
}

/** The item's agency's names in every locale (agencies are public), or null. */
async function agencyNamesOf({
  req,
  agency,
}: {
  req: PayloadRequest
  agency: unknown
}): Promise<Partial<Record<Locale, string>> | null> {
  const id = relationId(agency)
  if (id === null) return null
  const record = await req.payload.findByID({
    collection: slugs.agencies,
    id,
    locale: 'all',
    depth: 0,
    select: { name: true },
    overrideAccess: false,
    disableErrors: true,
    req,
  })
  const names: unknown = record?.name
  return names && typeof names === 'object' ? (names as Partial<Record<Locale, string>>) : null
}

/** The province's name in `locale` (the settings are public). */
async function provinceNameIn({
  req,
  locale,
}: {
  req: PayloadRequest
  locale: Locale
}): Promise<string | null> {
  const settings = await req.payload.findGlobal({
    slug: globalSlugs.settings,
    locale,
    depth: 0,
    select: { provinceName: true },
    overrideAccess: false,
    req,
  })
  return textOf({ value: settings.provinceName }) ?? null
}

/**
 * The image with its credit and caption written in, from the download cache: made on the first
 * download of this file with these texts, the same bytes for every download after. The key
 * holds the stored file's name and ETag and the texts, so a new file or a changed caption
 * makes a new entry, and an entry is never served for anything else.
 */
export async function creditedImage({
  req,
  env,
  item,
  variant,
  source,
  stored,
  texts,
}: {
  req: PayloadRequest
  env: Env
  item: MediaRecord
  variant: DownloadVariant
  source: { filename: string; extension: string }
  stored: StoredFile
  texts: CreditLine
}): Promise<CachedFile> {
  // An embargoed item's file says so while the embargo holds (its own entry in the cache).
  const embargo = embargoTags({ embargoUntil: item.embargoUntil, now: new Date() })
  return cachedFile({
    cacheDir: downloadCacheDir({ env }),
    itemId: item.id,
    key: downloadCacheKey({ parts: [source.filename, stored.etag, variant, texts, embargo] }),
    extension: source.extension,
    maxBytes: env.downloadCacheBytes,
    logger: req.payload.logger,
    produce: async ({ workPath }) => {
      await pipeline(await stored.open(), createWriteStream(workPath))
      await writeEmbeddedTags({ filePath: workPath, tags: { ...creditTags(texts), ...embargo } })
    },
  })
}

/** The stored file that serves `variant` of the item in `format`; null when it has none. */
export function sourceOf({
  item,
  variant,
  format,
}: {
  item: MediaRecord
  variant: DownloadVariant
  format: ServedFormat
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
    extension: SERVED_EXTENSIONS[format],
  }
}

/**
 * The format served when none is asked for: a video's `web` is the video itself (its MP4);
 * every other variant is a JPEG still (a photo, a video's poster frame, a document's preview).
 */
export function defaultFormat({
  item,
  variant,
}: {
  item: MediaRecord
  variant: DownloadVariant
}): ServedFormat {
  return item.kind === 'video' && variant === WEB_VIDEO_RENDITION.size
    ? WEB_VIDEO_RENDITION.format
    : 'jpeg'
}

function textOf({ value }: { value: unknown }): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value : undefined
}
