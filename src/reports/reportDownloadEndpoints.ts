import { create as contentDisposition } from 'content-disposition'
import type { Endpoint, PayloadRequest } from 'payload'

import { slugs } from '../../collections/slugs'
import { relationId } from '../access/requester'
import { NotSignedInError } from '../errors/AppError'
import { translatedError } from '../errors/translatedError'
import { readReportingSettings } from './reportingSettings'
import type { ReportDoc } from './reportHooks'
import { renderReportDocx, type RenderReportArgs } from './renderReportDocx'
import { renderReportXlsx } from './renderReportXlsx'

const FORMATS = {
  docx: {
    contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  },
  xlsx: {
    contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  },
} as const

/**
 * `GET /api/reports/:id/docx` and `/xlsx`: the report as a Decree 30/2020 document or as a
 * workbook, printed from its frozen figures. The report is read as the requester (access on),
 * so whoever may not see it gets the same 404 as for a report that does not exist; 401 without
 * a session.
 */
export const reportDownloadEndpoints: Endpoint[] = (['docx', 'xlsx'] as const).map((format) => ({
  path: `/:id/${format}`,
  method: 'get',
  handler: async (req: PayloadRequest) => {
    if (!req.user) throw new NotSignedInError()
    const id = req.routeParams?.id
    const args = await loadRenderArgs({
      req,
      id: typeof id === 'string' || typeof id === 'number' ? String(id) : '',
    })
    const file = format === 'docx' ? await renderReportDocx(args) : await renderReportXlsx(args)
    const name = `bao-cao-${args.report.cycle === 'half-year' ? '6-thang' : 'nam'}-${args.report.year}-${args.issuer.code}.${format}`
    return new Response(new Uint8Array(file), {
      headers: {
        'Content-Type': FORMATS[format].contentType,
        'Content-Disposition': contentDisposition(name),
        'Content-Length': String(file.byteLength),
        'Cache-Control': 'private, no-store',
      },
    })
  },
}))

/**
 * What a report's files are printed from, the report read as the requester: its stored
 * snapshot, who issues it, and the reporting settings. Also used by the benches.
 */
export async function loadRenderArgs({
  req,
  id,
}: {
  req: PayloadRequest
  id: string
}): Promise<RenderReportArgs> {
  const found = await req.payload.find({
    collection: slugs.reports,
    where: { id: { equals: id } },
    depth: 0,
    limit: 1,
    overrideAccess: false,
    user: req.user,
    req,
  })
  const report = found.docs[0] as unknown as ReportDoc | undefined
  if (!report?.figures) throw translatedError({ req, status: 404, key: 'errors.notFound' })
  const settings = await readReportingSettings({ payload: req.payload, req })
  const agencyId = relationId(report.agency)
  const issuer =
    report.kind === 'consolidated' || agencyId === null
      ? { name: settings.issuingBody, code: settings.documentSymbol.toLowerCase() }
      : await req.payload
          .findByID({
            collection: slugs.agencies,
            id: agencyId,
            depth: 0,
            overrideAccess: true,
            req,
          })
          .then((agency) => ({ name: agency.name, code: agency.code }))
  return { report: { ...report, figures: report.figures }, issuer, settings }
}
