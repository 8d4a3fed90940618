import { randomUUID } from 'node:crypto'
import fs from 'node:fs/promises'
import path from 'node:path'

import {
  addDataAndFileToRequest,
  type CollectionAfterOperationHook,
  type CollectionBeforeOperationHook,
  type Endpoint,
  type PayloadRequest,
  type RequestContext,
} from 'payload'

import { getEnv, type Env } from '../../env'
import {
  processStartTime,
  removeEntriesWrittenBefore,
} from '../../storage/removeEntriesWrittenBefore'
import { readUploadedDocument } from '../../text/extractText'

/**
 * An upload's temporary files, from the request that brings them to their removal. Everything
 * the app does with them is here; Payload does the rest (checked in payload 3.90.1, dist/).
 *
 * 1. Written. Payload's multipart parser streams every file part of a request to
 *    {@link uploadTempDir} (`useTempFiles`, src/media/upload/uploadOptions.ts), on the data disk
 *    rather than in memory. For the media collection's create and update this happens in
 *    {@link readUploadBeforeTransactionEndpoints}, before the save's transaction opens.
 * 2. Read. There, an uploaded PDF or DOCX is read once, outside the transaction
 *    (`readUploadedDocument` keeps the result with the file); inside the operation the upload
 *    pipeline and the classification scan read the file through {@link uploadTempFilePathOf}.
 *    An in-memory upload (the Local API) is put in a work file beside them while ExifTool needs
 *    one ({@link withUploadOnDisk}), and that work file is removed as soon as it is done.
 * 3. Noted. {@link noteUploadTempFile} (first `beforeOperation` hook) notes `req.file`'s path in
 *    the request context, because a cloud storage adapter replaces it during the operation.
 * 4. Removed on refusal. A hook that refuses the upload (the state-secret guard, the upload
 *    screen) calls {@link removeUploadedTempFiles} before it throws: it removes every part of
 *    the request (Payload removes only `req.file`'s) and clears `tempFilePath`.
 * 5. Removed on any other error: Payload unlinks `req.file.tempFilePath` when an operation
 *    fails (collections/operations/create.js, `unlinkTempFiles` in its `catch`).
 * 6. Removed on success: Payload unlinks `req.file.tempFilePath` after the `afterOperation`
 *    hooks; {@link removeUploadTempFile} (`afterOperation`) removes the noted path when the
 *    storage adapter replaced it, which Payload would otherwise leave behind after every S3
 *    upload.
 *
 * 7. Swept at start. Only a process that stops in the middle of an upload (a crash, a kill, a
 *    power cut) leaves that upload's file behind; {@link sweepUploadTempFiles} removes it when
 *    Payload starts again (src/bootstrap/onInit.ts), before it takes a request. The
 *    integration suites check that the folder is empty after stored, refused, failed and
 *    interrupted uploads (tests/int/crashSafety.int.spec.ts kills the server mid-upload).
 */

/** Where uploads stream to before they are checked and stored: on the data disk, not in RAM. */
export function uploadTempDir({ env }: { env: Pick<Env, 'dataDir'> }): string {
  return path.join(env.dataDir, 'uploads-tmp')
}

/**
 * Removes what an earlier run left in the upload temp folder and returns the names removed.
 * Only entries last written before this process started go: an upload still arriving, or a
 * work file another process (`npm run worker`, a script) has in hand, is written to as it goes
 * and is left alone; a file nobody has touched since before the start is an upload whose
 * process stopped.
 */
export async function sweepUploadTempFiles({
  env,
  startedAt = processStartTime(),
}: {
  env: Pick<Env, 'dataDir'>
  /** Entries last modified before this time are removed. @default this process's start */
  startedAt?: Date
}): Promise<string[]> {
  return removeEntriesWrittenBefore({
    folder: uploadTempDir({ env }),
    before: startedAt,
    // A filesystem mounted on the folder has its own bookkeeping folder, not an upload's.
    isCandidate: (name) => name !== 'lost+found',
  })
}

/** An upload as Payload hands it to hooks (`req.file`). */
export type RequestFile = NonNullable<PayloadRequest['file']>

/**
 * The media collection's create (`POST /api/media`) and update (`PATCH /api/media/:id`), with
 * an uploaded PDF or DOCX read before Payload opens the save's transaction.
 *
 * Payload opens the transaction first thing in an operation (collections/operations/create.js
 * `initTransaction`, before `beforeOperation`), and on SQLite that takes this process's one
 * write queue (src/db/serializeSqliteWrites.ts): reading a document inside the operation held
 * every other save, login counter and audit entry for as long as the file took to read. Here
 * the request is parsed as Payload's own endpoint would (`addDataAndFileToRequest`), the
 * document is read once — the result is kept per uploaded file (`readUploadedDocument`), so
 * the upload pipeline and the classification scan inside the operation take it from there —
 * and Payload's own endpoint then runs the operation, as it would have.
 *
 * Listed before Payload's defaults in `endpoints`, which it matches first. Only requests with a
 * user are read: nobody anonymous makes us parse a document (src/media/upload/uploadPipeline.ts).
 */
export const readUploadBeforeTransactionEndpoints: Endpoint[] = [
  { path: '/', method: 'post', handler: (req) => readThenSave({ req, method: 'post', path: '/' }) },
  {
    path: '/:id',
    method: 'patch',
    handler: (req) => readThenSave({ req, method: 'patch', path: '/:id' }),
  },
]

/** Notes `req.file`'s temp file for {@link removeUploadTempFile} (`beforeOperation`, first). */
export const noteUploadTempFile: CollectionBeforeOperationHook = ({ args, req, context }) => {
  const tempFilePath = req.file?.tempFilePath
  if (typeof tempFilePath === 'string' && tempFilePath !== '')
    context.uploadTempFilePath = tempFilePath
  return args
}

/**
 * Removes the noted temp file after a successful write (`afterOperation`) when `req.file` no
 * longer points at it (a cloud storage adapter replaced the path). The path Payload still knows
 * is left to Payload, which removes it next and fails loudly on a file already gone.
 */
export const removeUploadTempFile: CollectionAfterOperationHook = async ({
  req,
  result,
  args,
  operation,
}) => {
  // Only the write that received the upload: nested reads of the same collection share `req`.
  if (operation !== 'create' && operation !== 'update' && operation !== 'updateByID') return result
  const context = (args as { req?: { context?: RequestContext } }).req?.context ?? req.context
  const noted = context.uploadTempFilePath
  if (typeof noted === 'string' && noted !== req.file?.tempFilePath) {
    await fs.rm(noted, { force: true })
  }
  return result
}

/**
 * Removes the files a multipart request streamed to the upload temp folder, for a hook about to
 * refuse the upload. Client uploads (`clientUploadContext`) are left to Payload, which tracks and
 * removes them itself.
 */
export async function removeUploadedTempFiles({ req }: { req: PayloadRequest }): Promise<void> {
  const tempFileDir = req.payload.config.upload?.tempFileDir
  const files = [req.file, ...Object.values(req.files ?? {}).flat()]
  for (const file of new Set(files)) {
    if (!file?.tempFilePath || 'clientUploadContext' in file) continue
    const filePath = path.resolve(file.tempFilePath)
    // Only what the multipart parser wrote: never a file a Local API caller pointed at.
    if (tempFileDir && !filePath.startsWith(path.resolve(tempFileDir) + path.sep)) continue
    try {
      await fs.rm(filePath, { force: true })
      // Payload unlinks `req.file.tempFilePath` again when the operation fails; it is gone now.
      delete file.tempFilePath
    } catch (error) {
      req.payload.logger.error({ msg: 'Could not remove an upload temp file', err: error })
    }
  }
}

/**
 * The upload's temp file when its bytes are on disk, or `null` when they are in memory
 * (`file.data`; a Local API upload, or a multipart one Payload kept in memory).
 */
export function uploadTempFilePathOf({ file }: { file: RequestFile }): string | null {
  return file.tempFilePath && file.data.byteLength === 0 ? file.tempFilePath : null
}

/**
 * Runs `work` on the upload as a file on disk: its temp file, or, for an upload held in memory,
 * a work file in the temp folder that is removed when `work` ends, whatever its outcome.
 * `isWorkFile` tells `work` that a change to the file must be copied back into `file.data`.
 */
export async function withUploadOnDisk<T>({
  req,
  file,
  work,
}: {
  req: PayloadRequest
  file: RequestFile
  work: (onDisk: { filePath: string; isWorkFile: boolean }) => Promise<T>
}): Promise<T> {
  const tempFilePath = uploadTempFilePathOf({ file })
  if (tempFilePath) return work({ filePath: tempFilePath, isWorkFile: false })
  const folder = req.payload.config.upload?.tempFileDir ?? uploadTempDir({ env: getEnv() })
  await fs.mkdir(folder, { recursive: true })
  const workPath = path.join(folder, `work-${randomUUID()}${path.extname(file.name).toLowerCase()}`)
  await fs.writeFile(workPath, file.data)
  try {
    return await work({ filePath: workPath, isWorkFile: true })
  } finally {
    await fs.rm(workPath, { force: true })
  }
}

async function readThenSave({
  req,
  method,
  path: endpointPath,
}: {
  req: PayloadRequest
  method: 'post' | 'patch'
  path: string
}): Promise<Response> {
  const collection = req.routeParams?.collection
  const payloadEndpoint =
    typeof collection === 'string'
      ? req.payload.collections[collection as keyof typeof req.payload.collections]?.config
          .endpoints
      : undefined
  const own = readUploadBeforeTransactionEndpoints.find(
    (endpoint) => endpoint.method === method && endpoint.path === endpointPath,
  )
  const next = (payloadEndpoint || []).find(
    (endpoint) => endpoint !== own && endpoint.method === method && endpoint.path === endpointPath,
  )
  if (!next) {
    throw new Error(`Payload's ${method.toUpperCase()} ${endpointPath} endpoint is missing`)
  }

  await addDataAndFileToRequest(req)
  if (req.user && req.file) {
    try {
      await readUploadedDocument({ file: req.file })
    } catch (error) {
      // Kept with the file: the upload pipeline answers it (413 for a zip bomb, a hold for an
      // unreadable file) inside the operation, where a refusal removes the temp files.
      req.payload.logger.debug({ msg: 'Uploaded document read before the save failed', err: error })
    }
  }
  // The body has been read into `req.data` and `req.file`; Payload's endpoint parses it again
  // unless it sees none (utilities/addDataAndFileToRequest.js skips a request without a body).
  Object.defineProperty(req, 'body', { value: null, configurable: true })
  return next.handler(req)
}
