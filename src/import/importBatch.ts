import { randomUUID } from 'node:crypto'
import { createWriteStream } from 'node:fs'
import fs from 'node:fs/promises'
import path from 'node:path'
import type { Readable } from 'node:stream'
import { pipeline } from 'node:stream/promises'

import { createLocalReq, getLocalI18n, type Payload, type PayloadRequest } from 'payload'

import { slugs } from '../../collections/slugs'
import type { Env } from '../env'
import { TooLargeError } from '../errors/AppError'
import { isLocale, type Locale } from '../i18n/locales'
import { formatBytes } from '../media/upload/uploadPolicy'
import { uploadTempDir } from '../media/upload/uploadTempFiles'
import { articleBodyFormat } from '../text/markdownBody'
import { byteLimitStream } from './byteLimitStream'
import { collectionOfKind } from './columns'
import { importItem, type BatchItem, type ImportContext, type RowOutcome } from './importItem'
import { readBatch, type BatchFormat } from './readBatch'

/** Where a batch stands (the `status` of an import-batches record). */
export const IMPORT_BATCH_STATUSES = [
  'checked',
  'queued',
  'running',
  'done',
  'failed',
  'expired',
] as const

export type ImportBatchStatus = (typeof IMPORT_BATCH_STATUSES)[number]

/** The counters of a batch's commit. */
export type ImportCounts = {
  total: number
  done: number
  created: number
  updated: number
  unchanged: number
  failed: number
}

/** The counter each written or unchanged item adds to. */
const COUNTER_OF = { create: 'created', update: 'updated', unchanged: 'unchanged' } as const

/** An import-batches record as this module reads and writes it. */
export type ImportBatchRecord = ImportCounts & {
  id: number | string
  owner: number | string | { id: number | string }
  fileName: string
  format: BatchFormat
  storedFile: string
  language: string
  shouldPublish?: boolean | null
  status: ImportBatchStatus
  dryRun?: RowOutcome[] | null
  failures?: RowOutcome[] | null
}

/**
 * The private folder batch files are kept in until their import is done: under the data
 * folder, never the media folder or bucket, so no file route can serve them.
 */
export function importFolder({ env }: { env: Pick<Env, 'dataDir'> }): string {
  return path.join(env.dataDir, 'imports')
}

/**
 * Stores an uploaded batch file (streamed, never held whole; past `IMPORT_MAX_MB` it is cut off
 * with a 413 and nothing is kept) and records the batch for `user`, then runs its dry run: the
 * per-row report of what a commit would do, written nowhere else.
 */
export async function createImportBatch({
  payload,
  env,
  user,
  input,
  fileName,
  format,
  language,
}: {
  payload: Payload
  env: Pick<Env, 'dataDir' | 'mediaLimits' | 'imports'>
  user: NonNullable<PayloadRequest['user']>
  input: Readable
  fileName: string
  format: BatchFormat
  language: Locale
}): Promise<ImportBatchRecord> {
  const folder = importFolder({ env })
  await fs.mkdir(folder, { recursive: true, mode: 0o700 })
  const storedFile = `${randomUUID()}.${format}`
  const filePath = path.join(folder, storedFile)
  try {
    await pipeline(
      input,
      byteLimitStream({
        limitBytes: env.imports.maxBytes,
        tooLarge: () => importTooLargeError({ maxBytes: env.imports.maxBytes }),
      }),
      createWriteStream(filePath, { mode: 0o600 }),
    )
    const { outcomes: dryRun, itemCount } = await runItems({
      payload,
      env,
      user,
      filePath,
      format,
      language,
      isDryRun: true,
    })
    const batch = await payload.create({
      collection: slugs.importBatches,
      data: {
        owner: user.id,
        fileName,
        format,
        storedFile,
        language,
        status: 'checked',
        // With the revisits of rows that link to items later rows make (src/import/readBatch.ts).
        total: itemCount,
        done: 0,
        created: 0,
        updated: 0,
        unchanged: 0,
        failed: 0,
        dryRun,
      } as never,
      overrideAccess: true,
      depth: 0,
    })
    return batch as unknown as ImportBatchRecord
  } catch (error) {
    await fs.rm(filePath, { force: true })
    throw error
  }
}

/** The refusal of a batch file larger than `IMPORT_MAX_MB` (413, in the requester's language). */
export function importTooLargeError({ maxBytes }: { maxBytes: number }): TooLargeError {
  return new TooLargeError({
    messageKey: 'errors.payloadTooLarge',
    params: { limit: formatBytes({ bytes: maxBytes }) },
  })
}

/**
 * Commits a batch from the first item not yet done: each item in a transaction of its own
 * together with the batch's progress, so a process killed in the middle resumes at the item it
 * was writing, and that item, found by its identifier, is not written twice. `onProgress`
 * hears the counts after each item (the CLI prints them).
 */
export async function commitImportBatch({
  payload,
  env,
  id,
  onProgress,
}: {
  payload: Payload
  env: Pick<Env, 'dataDir' | 'mediaLimits'>
  id: number | string
  onProgress?: (counts: ImportCounts) => void
}): Promise<ImportCounts> {
  const batch = (await payload.findByID({
    collection: slugs.importBatches,
    id,
    depth: 0,
    overrideAccess: true,
  })) as unknown as ImportBatchRecord
  const user = await payload.findByID({
    collection: slugs.users,
    id: typeof batch.owner === 'object' ? batch.owner.id : batch.owner,
    depth: 0,
    overrideAccess: true,
  })
  const counts: ImportCounts = {
    total: batch.total,
    done: batch.done,
    created: batch.created,
    updated: batch.updated,
    unchanged: batch.unchanged,
    failed: batch.failed,
  }
  const failures = [...(batch.failures ?? [])]
  await payload.update({
    collection: slugs.importBatches,
    id,
    data: { status: 'running', failures } as never,
    overrideAccess: true,
    depth: 0,
  })
  const filePath = path.join(importFolder({ env }), batch.storedFile)
  try {
    await runItems({
      payload,
      env,
      user: { ...user, collection: slugs.users } as never,
      filePath,
      format: batch.format,
      language: isLocale(batch.language) ? batch.language : 'vi',
      shouldPublish: batch.shouldPublish === true,
      isDryRun: false,
      startAt: counts.done,
      onOutcome: async ({ outcome, req, isRevisit }) => {
        counts.done += 1
        if (outcome.action === 'error') {
          counts.failed += 1
          failures.push(outcome)
        } else if (!isRevisit) counts[COUNTER_OF[outcome.action]] += 1
        // Straight to the batch's own columns: a Payload update would read, validate and write
        // back the whole record, dry-run report included, once per item (quadratic in the
        // batch's size). The record has no hooks, versions or audit to go through, and the
        // failures are written only when one is added.
        await payload.db.updateOne({
          collection: slugs.importBatches,
          id,
          data: { ...counts, ...(outcome.action === 'error' ? { failures } : {}) },
          returning: false,
          ...(req ? { req } : {}),
        })
        onProgress?.({ ...counts })
      },
    })
  } catch (error) {
    // Shown as failed until the job's next attempt resumes it (src/import/importBatchTask.ts).
    await payload.update({
      collection: slugs.importBatches,
      id,
      data: { status: 'failed' },
      overrideAccess: true,
      depth: 0,
    })
    throw error
  }
  await payload.update({
    collection: slugs.importBatches,
    id,
    data: { status: 'done', finishedAt: new Date().toISOString() } as never,
    overrideAccess: true,
    depth: 0,
  })
  await fs.rm(filePath, { force: true })
  return counts
}

async function runItems({
  payload,
  env,
  user,
  filePath,
  format,
  language,
  shouldPublish = false,
  isDryRun,
  startAt = 0,
  onOutcome,
}: {
  payload: Payload
  env: Pick<Env, 'dataDir' | 'mediaLimits'>
  user: NonNullable<PayloadRequest['user']>
  filePath: string
  format: BatchFormat
  language: Locale
  shouldPublish?: boolean
  isDryRun: boolean
  startAt?: number
  /**
   * After each item; `req` is the item's request while its transaction is open. A revisit's
   * outcome is not counted again as created, updated or unchanged: its row already was.
   */
  onOutcome?: (args: {
    outcome: RowOutcome
    req?: PayloadRequest
    isRevisit: boolean
  }) => Promise<void>
}): Promise<{ outcomes: RowOutcome[]; itemCount: number }> {
  const { items, zip } = await readBatch({ filePath, format })
  const i18n = await payloadI18nOf({ payload, language })
  const context: ImportContext = {
    user,
    newRequest: () =>
      createLocalReq(
        { user: { ...user, collection: slugs.users } as never, req: { i18n } },
        payload,
      ),
    zip,
    workDir: uploadTempDir({ env }),
    shouldPublish,
    language,
    limits: env.mediaLimits,
    cache: { agencies: new Map(), topics: new Map() },
    bodyFormat: articleBodyFormat({ payload }),
    planned: plannedIdentifiers({ items }),
  }
  const outcomes: RowOutcome[] = []
  // A dry run reports each row once; the revisits only set links, which it counts as found.
  for (const item of items.slice(startAt)) {
    const isRevisit = item.kind === 'row' && item.isRevisit === true
    if (isDryRun && isRevisit) continue
    let isRecorded = false
    const outcome = await importItem({
      item,
      context,
      isDryRun,
      afterWrite: async ({ req, outcome: written }) => {
        await onOutcome?.({ outcome: written, req, isRevisit })
        isRecorded = true
      },
    })
    if (!isRecorded) await onOutcome?.({ outcome, isRevisit })
    outcomes.push(outcome)
  }
  return { outcomes, itemCount: items.length }
}

/** The `externalId`s the batch's rows give, by the collection they go to. */
function plannedIdentifiers({ items }: { items: BatchItem[] }): ImportContext['planned'] {
  const planned = {
    articles: new Set<string>(),
    media: new Set<string>(),
    events: new Set<string>(),
  }
  for (const item of items) {
    if (item.kind !== 'row' || item.row.externalId === null) continue
    const collection = collectionOfKind({ kind: item.row.kind })
    if (collection !== 'albums') planned[collection].add(item.row.externalId)
  }
  return planned
}

/**
 * Payload's translations in the importer's language, so that its own refusals (a required field,
 * a too-long title) reach the row report in that language rather than the admin's fallback;
 * Payload has no Khmer catalogue, so Khmer falls back as it does in the admin.
 */
async function payloadI18nOf({
  payload,
  language,
}: {
  payload: Payload
  language: Locale
}): Promise<PayloadRequest['i18n']> {
  const { supportedLanguages, fallbackLanguage } = payload.config.i18n
  const chosen = language in (supportedLanguages ?? {}) ? language : fallbackLanguage
  return getLocalI18n({ config: payload.config, language: chosen as never })
}
