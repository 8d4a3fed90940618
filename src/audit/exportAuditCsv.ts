import { stringify } from 'csv-stringify/sync'
import type { Endpoint, PaginatedDocs, PayloadRequest, Where } from 'payload'
import { mergeListSearchAndWhere } from 'payload/shared'

import { slugs } from '../../collections/slugs'
import { hasRole } from '../access/roles'
import { ForbiddenError, NotSignedInError } from '../errors/AppError'

/** The CSV columns, in order; the header row names them. */
export const AUDIT_CSV_COLUMNS = [
  'createdAt',
  'action',
  'actorCollection',
  'actorId',
  'actorEmail',
  'targetCollection',
  'targetId',
  'targetTitle',
  'locale',
  'changedFields',
  'details',
  'ip',
  'userAgent',
] as const

const PAGE_SIZE = 500

/**
 * `GET /api/audit-log/export.csv[?where…][&search=…]`: the audit log as CSV for admins, oldest
 * first, or the part the admin list shows — the same `where` and search box query. Read page
 * by page with the requester's access and streamed, with a byte-order mark so spreadsheet
 * programs read Vietnamese as UTF-8. Cells that a spreadsheet would run as a formula (a failed
 * login's e-mail is whatever the caller typed) are quoted.
 */
export const exportAuditCsvEndpoint: Endpoint = {
  path: '/export.csv',
  method: 'get',
  handler: async (req) => {
    if (!req.user) throw new NotSignedInError()
    if (!hasRole({ user: req.user, role: 'admin' })) throw new ForbiddenError()
    const where = listWhere({ req })
    // The first page is read before answering, so a bad filter is a 400 and not a broken file.
    const first = await readPage({ req, where, page: 1 })
    const encoder = new TextEncoder()
    let next: number | null | undefined = first.nextPage
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(
          encoder.encode(`\uFEFF${csvRows({ rows: [[...AUDIT_CSV_COLUMNS]] })}${csvOf(first)}`),
        )
        if (!next) controller.close()
      },
      async pull(controller) {
        if (!next) return
        try {
          const result = await readPage({ req, where, page: next })
          controller.enqueue(encoder.encode(csvOf(result)))
          next = result.nextPage
          if (!next) controller.close()
        } catch (error) {
          req.payload.logger.error({ msg: 'Audit log CSV export failed', err: error })
          controller.error(error)
        }
      },
    })
    return new Response(body, {
      headers: {
        'Content-Type': 'text/csv; charset=utf-8',
        // RFC 6266; the name is plain ASCII, so no `filename*` is needed.
        'Content-Disposition': `attachment; filename="audit-log-${new Date().toISOString().slice(0, 10)}.csv"`,
        'Cache-Control': 'private, no-store',
        'X-Content-Type-Options': 'nosniff',
      },
    })
  },
}

/** The admin list's filter: its `where` query and its search box (`search`). */
function listWhere({ req }: { req: PayloadRequest }): Where {
  const where = req.query?.where
  const search = req.query?.search
  return mergeListSearchAndWhere({
    collectionConfig: req.payload.collections[slugs.auditLog].config,
    search: typeof search === 'string' ? search : '',
    where: where && typeof where === 'object' && !Array.isArray(where) ? (where as Where) : {},
  })
}

async function readPage({
  req,
  where,
  page,
}: {
  req: PayloadRequest
  where: Where
  page: number
}): Promise<PaginatedDocs<Record<string, unknown>>> {
  const result = await req.payload.find({
    collection: slugs.auditLog,
    where,
    // Oldest first; entries written during the export land after the last page, not inside it.
    sort: ['createdAt', 'id'],
    limit: PAGE_SIZE,
    page,
    pagination: true,
    depth: 0,
    overrideAccess: false,
    user: req.user,
  })
  return result as unknown as PaginatedDocs<Record<string, unknown>>
}

function csvOf(result: PaginatedDocs<Record<string, unknown>>): string {
  return csvRows({
    rows: result.docs.map((entry) => AUDIT_CSV_COLUMNS.map((column) => cell({ entry, column }))),
  })
}

function csvRows({ rows }: { rows: string[][] }): string {
  // CRLF line ends as RFC 4180 has them.
  return rows.length > 0
    ? stringify(rows, { escape_formulas: true, record_delimiter: 'windows' })
    : ''
}

function cell({
  entry,
  column,
}: {
  entry: Record<string, unknown>
  column: (typeof AUDIT_CSV_COLUMNS)[number]
}): string {
  const value = entry[column]
  if (value === null || value === undefined) return ''
  if (column === 'changedFields') return Array.isArray(value) ? value.join(';') : ''
  if (column === 'details' && typeof value === 'object' && Object.keys(value).length === 0)
    return ''
  return typeof value === 'string' ? value : JSON.stringify(value)
}
