import { addDataAndFileToRequest, type Endpoint, type PayloadRequest } from 'payload'

import { readUploadedDocument } from '../security/extractText'

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
 * user are read: nobody anonymous makes us parse a document (src/media/uploadPipeline.ts).
 */
export const readUploadBeforeTransactionEndpoints: Endpoint[] = [
  { path: '/', method: 'post', handler: (req) => readThenSave({ req, method: 'post', path: '/' }) },
  {
    path: '/:id',
    method: 'patch',
    handler: (req) => readThenSave({ req, method: 'patch', path: '/:id' }),
  },
]

async function readThenSave({
  req,
  method,
  path,
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
    (endpoint) => endpoint.method === method && endpoint.path === path,
  )
  const next = (payloadEndpoint || []).find(
    (endpoint) => endpoint !== own && endpoint.method === method && endpoint.path === path,
  )
  if (!next) throw new Error(`Payload's ${method.toUpperCase()} ${path} endpoint is missing`)

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
