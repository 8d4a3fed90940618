import { stringify } from 'csv-stringify/sync'
import type { Endpoint, Where } from 'payload'

import { slugs } from '../../collections/slugs'
import { hasRole } from '../access/roles'
import { translatedError } from '../errors/translatedError'

const COLUMNS = [
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
 * `GET /api/audit-log/export.csv[?where…]`: the audit log (or the part the list view filtered)
 * as CSV for admins, streamed page by page, with a byte-order mark so spreadsheet programs read
 * Vietnamese correctly.
 */
export const exportAuditCsvEndpoint: Endpoint = {
  path: '/export.csv',
  method: 'get',
  handler: (req) => {
    if (!req.user) throw translatedError({ req, status: 401, key: 'errors.unauthorized' })
    if (!hasRole({ user: req.user, role: 'admin' }))
      throw translatedError({ req, status: 403, key: 'errors.forbidden' })
    const where = (req.query?.where ?? {}) as Where
    const encoder = new TextEncoder()
    let page = 1
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(encoder.encode(`\uFEFF${stringify([[...COLUMNS]])}`))
      },
      async pull(controller) {
        try {
          const result = await req.payload.find({
            collection: slugs.auditLog,
            where,
            sort: 'createdAt',
            limit: PAGE_SIZE,
            page,
            depth: 0,
            overrideAccess: false,
            user: req.user,
          })
          const rows = result.docs.map((entry) => {
            const record = entry as unknown as Record<string, unknown>
            return COLUMNS.map((column) => {
              const value = record[column]
              if (column === 'changedFields') return Array.isArray(value) ? value.join(';') : ''
              if (column === 'details') return value ? JSON.stringify(value) : ''
              return value === null || value === undefined ? '' : String(value as string)
            })
          })
          if (rows.length > 0) controller.enqueue(encoder.encode(stringify(rows)))
          if (!result.hasNextPage) controller.close()
          page += 1
        } catch (error) {
          req.payload.logger.error({ msg: 'Audit CSV export failed', err: error })
          controller.error(error)
        }
      },
    })
    const date = new Date().toISOString().slice(0, 10)
    return new Response(body, {
      headers: {
        'Content-Type': 'text/csv; charset=utf-8',
        'Content-Disposition': `attachment; filename="audit-log-${date}.csv"`,
        'Cache-Control': 'no-store',
      },
    })
  },
}
