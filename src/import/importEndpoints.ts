import { Readable } from 'node:stream'
import type { ReadableStream as WebReadableStream } from 'node:stream/web'

import type { Endpoint, PayloadRequest } from 'payload'

import { slugs } from '../../collections/slugs'
import { requesterOf } from '../access/requester'
import { getEnv } from '../env'
import {
  ConflictError,
  ForbiddenError,
  InvalidInputError,
  NotFoundError,
  NotSignedInError,
} from '../errors/AppError'
import { translatedError } from '../errors/translatedError'
import { readJsonBody } from '../http/jsonBody'
import { isDocumentId } from '../http/malformedInput'
import { requestLanguage } from '../i18n'
import { createImportBatch, importTooLargeError, type ImportBatchRecord } from './importBatch'
import { IMPORT_QUEUE, IMPORT_TASK } from './importBatchTask'
import { batchFormatOf } from './readBatch'

/**
 * The import's endpoints under `/api/import-batches`:
 * - `POST /upload?filename=<name>`: the batch file as the request body (CSV, XLSX or ZIP,
 *   streamed to the private imports folder); answers the batch with its dry-run report.
 * - `POST /:id/commit` `{ "publish": boolean }`: queues the commit (publishing is for
 *   publishers and admins); answers the batch.
 * - `GET /:id/progress`: the batch's status, counts and failed rows, for the admin page to poll.
 * Each acts as the signed-in staff member; a batch is its owner's (and admins').
 */
export const importBatchEndpoints: Endpoint[] = [
  {
    path: '/upload',
    method: 'post',
    handler: async (req) => {
      const user = importingUser({ req })
      const fileName = req.searchParams.get('filename')?.trim() ?? ''
      const format = batchFormatOf({ filename: fileName })
      if (!format || !req.body)
        throw translatedError({ req, status: 400, key: 'import.batchFormat' })
      const env = getEnv()
      // A declared size over the cap is refused before a byte is read; an undeclared or false
      // one is cut off while it streams (src/import/importBatch.ts).
      if (Number(req.headers.get('content-length') ?? 0) > env.imports.maxBytes)
        throw importTooLargeError({ maxBytes: env.imports.maxBytes })
      const batch = await createImportBatch({
        payload: req.payload,
        env,
        user,
        input: Readable.fromWeb(req.body as WebReadableStream<Uint8Array>),
        fileName,
        format,
        language: requestLanguage({ searchParams: req.searchParams, headers: req.headers }),
      })
      return Response.json(publicBatch({ batch }), { status: 201 })
    },
  },
  {
    path: '/:id/commit',
    method: 'post',
    handler: async (req) => {
      const user = importingUser({ req })
      const batch = await ownBatch({ req })
      const body = await readJsonBody({ req })
      const shouldPublish = (body as { publish?: unknown } | null)?.publish === true
      if (typeof body !== 'object' || body === null) throw new InvalidInputError()
      const requester = requesterOf({ user, now: new Date() })
      const mayPublish =
        requester.kind === 'staff' &&
        requester.roles.some((role) => role === 'admin' || role === 'publisher')
      if (shouldPublish && !mayPublish)
        throw translatedError({ req, status: 403, key: 'access.publishNotAllowed' })
      if (batch.status === 'expired')
        throw new ConflictError({
          messageKey: 'import.batchExpired',
          params: { hours: String(getEnv().imports.abandonedMs / 3_600_000) },
        })
      if (batch.status !== 'checked')
        throw new ConflictError({ messageKey: 'import.alreadyCommitted' })
      const updated = await req.payload.update({
        collection: slugs.importBatches,
        id: batch.id,
        data: { status: 'queued', shouldPublish } as never,
        overrideAccess: true,
        depth: 0,
      })
      await req.payload.jobs.queue({
        task: IMPORT_TASK,
        queue: IMPORT_QUEUE,
        input: { batchId: String(batch.id) },
      } as never)
      return Response.json(publicBatch({ batch: updated as unknown as ImportBatchRecord }))
    },
  },
  {
    path: '/:id/progress',
    method: 'get',
    handler: async (req) => {
      importingUser({ req })
      return Response.json(publicBatch({ batch: await ownBatch({ req }) }))
    },
  },
]

/** What the page and the CLI see of a batch: everything but where its file is kept. */
export function publicBatch({
  batch,
}: {
  batch: ImportBatchRecord
}): Omit<ImportBatchRecord, 'storedFile'> {
  const { storedFile: _storedFile, ...rest } = batch
  return rest
}

function importingUser({ req }: { req: PayloadRequest }): NonNullable<PayloadRequest['user']> {
  const { user } = req
  if (!user) throw new NotSignedInError()
  const requester = requesterOf({ user, now: new Date() })
  if (
    requester.kind !== 'staff' ||
    !requester.roles.some(
      (role) => role === 'admin' || role === 'publisher' || role === 'contributor',
    )
  )
    throw new ForbiddenError()
  return user
}

async function ownBatch({ req }: { req: PayloadRequest }): Promise<ImportBatchRecord> {
  const id = req.routeParams?.id
  if (typeof id !== 'string' || !isDocumentId(id)) throw new NotFoundError()
  // Read as the requester: another person's batch is not found.
  const batch = await req.payload.findByID({
    collection: slugs.importBatches,
    id,
    depth: 0,
    overrideAccess: false,
    user: req.user,
    req,
  })
  return batch as unknown as ImportBatchRecord
}
