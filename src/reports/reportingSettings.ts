import type { Payload, PayloadRequest } from 'payload'

import { globalSlugs } from '../../collections/slugs'
import { relationId } from '../access/requester'
import {
  DEFAULT_REPORTING_CALENDAR,
  isDayOfYear,
  type ReportAudience,
  type ReportCycle,
  type ReportingCalendar,
} from './reportCycles'

/** What the periodic reports print and when they are due: the Settings global's `reporting` group. */
export type ReportingSettings = {
  /** The superior body, upper-left above the issuing body (“UBND TỈNH ĐỒNG NAI”). */
  superiorBody: string
  /** The body issuing the consolidated report (“SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH”). */
  issuingBody: string
  /** The Sở's symbol after “BC-” in the document number (“SVHTTDL”). */
  documentSymbol: string
  /** The place before the date (“Đồng Nai, ngày … tháng … năm …”). */
  place: string
  /** The “Nơi nhận:” block, one addressee a line, of the consolidated and the agency reports. */
  departmentRecipients: string
  agencyRecipients: string
  calendar: ReportingCalendar
  /** The Sở (the Settings' managing agency): it writes the consolidated report, not an agency one. */
  managingAgencyId: number | string | null
}

type DeadlineFieldName =
  | 'agencyHalfYearDeadline'
  | 'agencyAnnualDeadline'
  | 'departmentHalfYearDeadline'
  | 'departmentAnnualDeadline'

/** The four deadline fields of the Settings global, each with the cycle it dates. */
export const REPORT_DEADLINE_FIELDS: {
  name: DeadlineFieldName
  audience: ReportAudience
  cycle: ReportCycle
  label: { vi: string; en: string }
}[] = [
  {
    name: 'agencyHalfYearDeadline',
    audience: 'agency',
    cycle: 'half-year',
    label: { vi: 'Hạn báo cáo 6 tháng của cơ quan', en: 'Agencies’ 6-month deadline' },
  },
  {
    name: 'agencyAnnualDeadline',
    audience: 'agency',
    cycle: 'annual',
    label: { vi: 'Hạn báo cáo năm của cơ quan', en: 'Agencies’ annual deadline' },
  },
  {
    name: 'departmentHalfYearDeadline',
    audience: 'department',
    cycle: 'half-year',
    label: { vi: 'Hạn báo cáo 6 tháng của Sở', en: 'Department’s 6-month deadline' },
  },
  {
    name: 'departmentAnnualDeadline',
    audience: 'department',
    cycle: 'annual',
    label: { vi: 'Hạn báo cáo năm của Sở', en: 'Department’s annual deadline' },
  },
]

/** The Đồng Nai draft's wording and dates: the fields' defaults, and what an empty field means. */
export const REPORTING_DEFAULTS: Omit<ReportingSettings, 'calendar' | 'managingAgencyId'> &
  Record<DeadlineFieldName, string> = {
  superiorBody: 'UBND TỈNH ĐỒNG NAI',
  issuingBody: 'SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH',
  documentSymbol: 'SVHTTDL',
  place: 'Đồng Nai',
  departmentRecipients:
    '- UBND tỉnh (để báo cáo);\n- Bộ Văn hóa, Thể thao và Du lịch (để báo cáo);\n- Lưu: VT.',
  agencyRecipients: '- Sở Văn hóa, Thể thao và Du lịch (để tổng hợp);\n- Lưu: VT.',
  agencyHalfYearDeadline: DEFAULT_REPORTING_CALENDAR.agency['half-year'],
  agencyAnnualDeadline: DEFAULT_REPORTING_CALENDAR.agency.annual,
  departmentHalfYearDeadline: DEFAULT_REPORTING_CALENDAR.department['half-year'],
  departmentAnnualDeadline: DEFAULT_REPORTING_CALENDAR.department.annual,
}

/**
 * The reporting settings of this deployment, each empty or missing field taken from
 * {@link REPORTING_DEFAULTS} (a database seeded before the fields existed has none).
 */
export async function readReportingSettings({
  payload,
  req,
}: {
  payload: Payload
  req?: PayloadRequest
}): Promise<ReportingSettings> {
  const settings = (await payload.findGlobal({
    slug: globalSlugs.settings,
    depth: 0,
    overrideAccess: true,
    ...(req ? { req } : {}),
  })) as {
    reporting?: Partial<Record<keyof typeof REPORTING_DEFAULTS, string | null>> | null
    managingAgency?: unknown
  }
  return reportingSettingsFrom({
    stored: settings.reporting ?? {},
    managingAgencyId: relationId(settings.managingAgency),
  })
}

/** {@link readReportingSettings} on the stored group: defaults for what is empty or malformed. */
export function reportingSettingsFrom({
  stored,
  managingAgencyId = null,
}: {
  stored: Partial<Record<keyof typeof REPORTING_DEFAULTS, string | null>>
  managingAgencyId?: number | string | null
}): ReportingSettings {
  const text = (name: keyof typeof REPORTING_DEFAULTS): string => {
    const value = stored[name]?.trim()
    return value ? value : REPORTING_DEFAULTS[name]
  }
  const calendar: ReportingCalendar = {
    agency: { ...DEFAULT_REPORTING_CALENDAR.agency },
    department: { ...DEFAULT_REPORTING_CALENDAR.department },
  }
  for (const { name, audience, cycle } of REPORT_DEADLINE_FIELDS) {
    const value = stored[name]?.trim()
    if (isDayOfYear(value)) calendar[audience][cycle] = value
  }
  return {
    superiorBody: text('superiorBody'),
    issuingBody: text('issuingBody'),
    documentSymbol: text('documentSymbol'),
    place: text('place'),
    departmentRecipients: text('departmentRecipients'),
    agencyRecipients: text('agencyRecipients'),
    calendar,
    managingAgencyId,
  }
}
