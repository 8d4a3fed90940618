import type { Endpoint, PayloadRequest } from 'payload'

import { seesAllAgencies } from '../access/roles'
import {
  ForbiddenError,
  InvalidInputError,
  NotSignedInError,
  TooLargeError,
} from '../errors/AppError'
import { formWithin } from '../http/formWithin'
import { requestLanguage } from '../i18n'
import { exportLists } from './exportLists'
import { importLists } from './importLists'
import { LIST_NAMES, type ListName } from './listSheets'
import { LISTS_FILE_MAX_BYTES, readListsFile } from './listsWorkbook'

/**
 * Who imports and exports the province's lists: administrators and department managers, the
 * people who keep province-wide lists. What each of them may then write is still the
 * collections' own access (a department manager edits the gazetteer, not the agencies).
 */
export function mayTransferLists({ user }: { user: PayloadRequest['user'] }): boolean {
  return seesAllAgencies({ user })
}

/**
 * `GET /api/lists/export[?list=topics&format=csv]`: the lists as the requester sees them, an
 * XLSX workbook of every list, or one list as CSV.
 */
export const listsExportEndpoint: Endpoint = {
  path: '/lists/export',
  method: 'get',
  handler: async (req) => {
    assertMayTransfer({ req })
    const list = listParameter({ req })
    const format = req.searchParams.get('format') === 'csv' ? 'csv' : 'xlsx'
    const file = await exportLists({ req, format, ...(list ? { list } : {}) })
    return new Response(new Uint8Array(file.data), {
      headers: {
        'Content-Type': file.contentType,
        // RFC 6266; the name is plain ASCII.
        'Content-Disposition': `attachment; filename="${file.filename}"`,
        'Cache-Control': 'private, no-store',
      },
    })
  },
}

/**
 * `POST /api/lists/import[?dryRun=1][&list=topics]` (multipart, the file in `file`; `list`
 * names a CSV's list and may come as a form field too): imports the lists and answers the
 * report as JSON (src/lists/importLists.ts). A dry run writes nothing. A file that cannot be
 * read is a 400 (413 when too large) with the reason in the requester's language, before
 * anything is written.
 */
export const listsImportEndpoint: Endpoint = {
  path: '/lists/import',
  method: 'post',
  handler: async (req) => {
    assertMayTransfer({ req })
    const form = await formWithin({ req, maxBytes: LISTS_FILE_MAX_BYTES + 64 * 1024 }).catch(
      (error: unknown) => {
        throw new InvalidInputError({ messageKey: 'lists.invalidFile', cause: error })
      },
    )
    if (form === null && (req.headers.get('content-type') ?? '').startsWith('multipart/form-data'))
      throw new TooLargeError({
        messageKey: 'errors.payloadTooLarge',
        params: { limit: `${LISTS_FILE_MAX_BYTES / 1024 / 1024} MB` },
      })
    const upload = form?.get('file')
    if (!(upload instanceof File) || upload.size === 0)
      throw new InvalidInputError({ messageKey: 'lists.fileMissing' })
    const listField = form?.get('list')
    const list = listParameter({ req, value: typeof listField === 'string' ? listField : null })
    const file = await readListsFile({
      data: Buffer.from(await upload.arrayBuffer()),
      ...(list ? { list } : {}),
    })
    const dryRun = ['1', 'true'].includes(req.searchParams.get('dryRun') ?? '')
    const locale = requestLanguage({ searchParams: req.searchParams, headers: req.headers })
    const report = await importLists({ req, file, dryRun, locale })
    return Response.json(report, { headers: { 'Cache-Control': 'no-store' } })
  },
}

function assertMayTransfer({ req }: { req: PayloadRequest }): void {
  if (!req.user) throw new NotSignedInError()
  if (!mayTransferLists({ user: req.user })) throw new ForbiddenError()
}

/** `?list=` (or the form's `list`): one of the lists, or none; anything else is a 400. */
function listParameter({
  req,
  value,
}: {
  req: PayloadRequest
  value?: string | null
}): ListName | undefined {
  const asked = value || req.searchParams.get('list')
  if (!asked) return undefined
  if ((LIST_NAMES as readonly string[]).includes(asked)) return asked as ListName
  throw new InvalidInputError({ messageKey: 'lists.csvNeedsList' })
}
