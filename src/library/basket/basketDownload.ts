import { once } from 'node:events'
import { Readable } from 'node:stream'

import { ZipArchive } from 'archiver'
import type { Endpoint, PayloadRequest } from 'payload'

import { slugs } from '../../../collections/slugs'
import { requesterOf } from '../../access/requester'
import { getEnv, type Env } from '../../env'
import {
  ForbiddenError,
  NotFoundError,
  NotSignedInError,
  TooLargeError,
} from '../../errors/AppError'
import { localeParam } from '../../http/params'
import { libraryTranslator, requestLanguage, type LibraryTranslator } from '../../i18n'
import { LOCALE_TAGS, type Locale } from '../../i18n/locales'
import { downloadTermsOf, type DownloadTerms } from '../../media/download/downloadTerms'
import {
  creditedImage,
  creditTexts,
  defaultFormat,
  readVisibleItem,
  recordServedDownload,
  sourceOf,
  type MediaRecord,
} from '../../media/download/downloadEndpoints'
import { attachmentHeader, downloadFilename } from '../../media/download/downloadName'
import { entitledVariants, type DownloadVariant } from '../../media/download/entitlements'
import { mediaTitle } from '../../media/metadata/mediaTitle'
import { ownerOf } from '../../media/upload/uploadPipeline'
import { enforceRequestLimit } from '../../rateLimits/requestLimit'
import { findStoredFile, type StoredFile } from '../../storage/storedFiles'
import { formatFileSize } from '../pictures'
import {
  basketCreditsText,
  uniqueEntryName,
  type CreditedFile,
  type LeftOutFile,
} from './basketCredits'
import { readBasket } from './basketItems'

/**
 * `GET /api/library/basket/download?locale=…&terms=accepted&use=…&useDetails=…`: the signed-in
 * journalist's basket as one ZIP, streamed as it is written — each file read, credited and sent
 * in turn, never the whole archive in memory or on disk.
 *
 * Every line is checked again as the single download checks it (downloadEndpoints.ts): the item
 * read as the journalist through the visibility rule, the size against their entitlement now;
 * a line that fails is left out and named in `credits.txt` with the reason. Images get their
 * credit, caption, headline and place written in by the same writer and download cache;
 * `credits.txt`, in the requested language, lists every file's title, credit, creator, usage
 * terms and page. The usage terms are accepted once for the whole basket (this request), and
 * each file is recorded in "my downloads" and counted as a single download is. A basket whose
 * files add up to more than `BASKET_MAX_MB` is refused with 413 before anything is sent.
 */
export const basketDownloadEndpoint: Endpoint = {
  path: '/library/basket/download',
  method: 'get',
  handler: async (req) => {
    await enforceRequestLimit({ req, rule: 'download' })
    const requester = requesterOf({ user: req.user, now: new Date() })
    if (requester.kind !== 'journalist') throw new NotSignedInError()
    const locale = localeParam({
      value: req.searchParams.get('locale'),
      fallback: requestLanguage({ headers: req.headers }),
    })
    const terms = downloadTermsOf(req.searchParams)
    if (!terms) throw new ForbiddenError({ messageKey: 'media.downloadTermsRequired' })
    const env = getEnv()
    const t = libraryTranslator(locale)
    const plan = await planBasket({ req, env, locale, t })
    if (plan.files.length === 0) throw new NotFoundError({ messageKey: 'basket.empty' })
    const totalBytes = plan.files.reduce((sum, file) => sum + file.stored.size, 0)
    if (totalBytes > env.basket.maxBytes) {
      const sizeOf = (bytes: number) => formatFileSize({ bytes, locale: LOCALE_TAGS[locale] })
      throw new TooLargeError({
        messageKey: 'basket.tooLarge',
        params: { size: sizeOf(totalBytes), limit: sizeOf(env.basket.maxBytes) },
      })
    }

    // Already-compressed media gain nothing from deflate: stored as they are, at disk speed.
    // A small buffer: the archive reads a file only as fast as the client takes it.
    const archive = new ZipArchive({ store: true, highWaterMark: ARCHIVE_BUFFER_BYTES })
    // The client going away closes the archive: the file being added is let go, none follows.
    const clientLeft = new AbortController()
    archive.once('close', () => clientLeft.abort())
    void writeBasket({
      req,
      env,
      archive,
      plan,
      locale,
      t,
      terms,
      signal: clientLeft.signal,
    }).catch((error: unknown) => {
      if (clientLeft.signal.aborted) {
        req.payload.logger.info({ msg: 'A basket download ended early: the client left' })
        return
      }
      req.payload.logger.error({ msg: 'The basket download stopped', err: error })
      // The client sees a cut download rather than a ZIP that looks whole.
      archive.destroy(error instanceof Error ? error : new Error(String(error)))
    })
    const day = new Date().toISOString().slice(0, 10)
    return new Response(Readable.toWeb(archive) as unknown as ReadableStream<Uint8Array>, {
      headers: {
        'Content-Type': 'application/zip',
        'Content-Disposition': attachmentHeader({ filename: `basket-${day}.zip` }),
        'Content-Language': locale,
        'X-Content-Type-Options': 'nosniff',
        'Cache-Control': 'private, no-store',
      },
    })
  },
}

/** What the archive holds ahead of the client (archiver's default is 1 MB per download). */
const ARCHIVE_BUFFER_BYTES = 64 * 1024

/** One file the ZIP will carry: the item as the journalist sees it, and its stored file. */
type PlannedFile = {
  item: MediaRecord
  variant: DownloadVariant
  source: { filename: string; mimeType: string; extension: string }
  stored: StoredFile
}

type BasketPlan = { files: PlannedFile[]; leftOut: LeftOutFile[] }

/**
 * What the ZIP will hold, decided before its first byte: each line's item read as the
 * journalist, its size checked against their entitlement, its stored file found (for the
 * size cap); the rest left out with the reason in the reader's words.
 */
async function planBasket({
  req,
  env,
  locale,
  t,
}: {
  req: PayloadRequest
  env: Env
  locale: Locale
  t: LibraryTranslator
}): Promise<BasketPlan> {
  const entitled = entitledVariants({ requester: requesterOf({ user: req.user, now: new Date() }) })
  const lines = await readBasket({
    payload: req.payload,
    user: req.user,
    req,
    locale,
    limit: env.basket.maxItems,
  })
  const plan: BasketPlan = { files: [], leftOut: [] }
  for (const line of lines) {
    const item = line.media
      ? await readVisibleItem({ req, id: String(line.media.id), locale })
      : null
    const leaveOut = (reason: string) =>
      plan.leftOut.push({
        title: item ? mediaTitle({ item }) : `#${String(line.id)}`,
        size: t(`download.${line.variant}`),
        reason,
      })
    if (!item) {
      leaveOut(t('basket.unavailable'))
      continue
    }
    if (!entitled.includes(line.variant)) {
      leaveOut(t('basket.notEntitled'))
      continue
    }
    const source = sourceOf({
      item,
      variant: line.variant,
      format: defaultFormat({ item, variant: line.variant }),
    })
    const stored = source
      ? await findStoredFile({
          env,
          owner: ownerOf({ collection: slugs.media, doc: item }),
          filename: source.filename,
        })
      : null
    if (!source || !stored) {
      leaveOut(t('basket.unavailable'))
      continue
    }
    plan.files.push({ item, variant: line.variant, source, stored })
  }
  return plan
}

/**
 * Writes the planned files into the archive one at a time — the next file is read only once
 * the archive has taken the last, so at most one file is in flight whatever the basket holds —
 * then `credits.txt`, and ends the archive. Each file is recorded as it is added.
 */
async function writeBasket({
  req,
  env,
  archive,
  plan,
  locale,
  t,
  terms,
  signal,
}: {
  req: PayloadRequest
  env: Env
  archive: ZipArchive
  plan: BasketPlan
  locale: Locale
  t: LibraryTranslator
  terms: DownloadTerms
  /** Aborted when the client has gone: the wait for the file in flight ends. */
  signal: AbortSignal
}): Promise<void> {
  const taken = new Set<string>(['credits.txt'])
  const credited: CreditedFile[] = []
  for (const { item, variant, source, stored } of plan.files) {
    const texts = await creditTexts({ req, item, requested: locale })
    const file = source.mimeType.startsWith('image/')
      ? await creditedImage({ req, env, item, variant, source, stored, texts })
      : stored
    const entryName = uniqueEntryName({
      name: downloadFilename({
        originalFilename: (item.originalFilename as string | null | undefined) ?? source.filename,
        variant,
        extension: source.extension,
      }),
      taken,
    })
    const input = await file.open()
    const added = once(archive, 'entry', { signal })
    archive.append(input, { name: entryName })
    await added.catch((error: unknown) => {
      input.destroy()
      throw error
    })
    await recordServedDownload({
      req,
      item,
      variant,
      requested: locale,
      terms,
      filename: source.filename,
      isDownload: true,
    })
    credited.push({
      entryName,
      title: texts.headline ?? mediaTitle({ item }),
      credit: texts.credit ?? undefined,
      creator: texts.creator ?? undefined,
      copyrightNotice: texts.copyrightNotice ?? undefined,
      usageTerms: texts.usageTerms ?? undefined,
      url: `${env.publicUrl}/${locale}/media/${String(item.id)}`,
    })
  }
  const downloadedAt = new Intl.DateTimeFormat(LOCALE_TAGS[locale], {
    dateStyle: 'long',
    timeStyle: 'long',
    timeZone: 'UTC',
  }).format(new Date())
  archive.append(basketCreditsText({ t, downloadedAt, files: credited, leftOut: plan.leftOut }), {
    name: 'credits.txt',
  })
  await archive.finalize()
}
