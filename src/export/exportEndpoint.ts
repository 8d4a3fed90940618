import { Readable } from 'node:stream'

import type { Endpoint, PayloadRequest, Where } from 'payload'

import { requesterOf } from '../access/requester'
import { ForbiddenError, NotSignedInError } from '../errors/AppError'
import { translatedError } from '../errors/translatedError'
import { isDocumentId } from '../http/malformedInput'
import { attachmentHeader } from '../media/download/downloadName'
import { EXPORT_COLLECTIONS, exportItems, type ExportCollection } from './exportItems'

/** More ids than this in `ids=` is refused: a larger selection is a filter. */
export const MAX_EXPORT_IDS = 1000

/**
 * `GET /api/export[?collection=articles|media|events|albums][&ids=1,2][&where[…]=…]`:
 * articles, media, events and albums as the ZIP a batch import reads back (src/export/exportItems.ts), streamed as it is written.
 * Staff only (401 signed out, 403 for journalists); each exports what they may read. The
 * selection is the ids, the list's filter (Payload's `where`), or both; nothing selects all.
 * A parameter that cannot be used is a 400 in the requester's language, before any byte.
 */
export const exportEndpoint: Endpoint = {
  path: '/export',
  method: 'get',
  handler: async (req) => {
    const requester = requesterOf({ user: req.user, now: new Date() })
    if (requester.kind === 'anonymous') throw new NotSignedInError()
    if (requester.kind !== 'staff') throw new ForbiddenError()
    const selection = selectionOf({ req })
    const exported = await exportItems({ req, ...selection })
    void exported.done.then((error) => {
      if (error) req.payload.logger.error({ msg: 'An export stopped', err: error })
    })
    return new Response(Readable.toWeb(exported.stream) as unknown as ReadableStream<Uint8Array>, {
      headers: {
        'Content-Type': 'application/zip',
        'Content-Disposition': attachmentHeader({ filename: exported.filename }),
        'X-Content-Type-Options': 'nosniff',
        'Cache-Control': 'private, no-store',
      },
    })
  },
}

/** The export's `collection`, `ids` and `where` parameters, checked. */
function selectionOf({ req }: { req: PayloadRequest }): {
  collection?: ExportCollection
  ids?: string[]
  where?: Where
} {
  const collection = req.searchParams.get('collection')
  if (collection !== null && !(EXPORT_COLLECTIONS as readonly string[]).includes(collection))
    throw translatedError({ req, status: 400, key: 'import.exportCollection' })
  const idsParam = req.searchParams.get('ids')
  const ids = idsParam === null ? undefined : idsParam.split(',').map((id) => id.trim())
  if (ids && (ids.length > MAX_EXPORT_IDS || !ids.every((id) => isDocumentId(id))))
    throw translatedError({
      req,
      status: 400,
      key: 'import.exportIds',
      params: { ids: idsParam!.slice(0, 100) },
    })
  const where = (req.query as { where?: unknown } | undefined)?.where
  if (where !== undefined && (typeof where !== 'object' || where === null || Array.isArray(where)))
    throw translatedError({ req, status: 400, key: 'import.exportWhere' })
  return {
    ...(collection ? { collection: collection as ExportCollection } : {}),
    ...(ids ? { ids } : {}),
    ...(where ? { where: where as Where } : {}),
  }
}
