import type { ServerProps } from 'payload'
import React from 'react'

import { adminText } from './labels'

/** "Export CSV" above the audit log list; the export applies the list's current filter. */
export function AuditExportLink({ i18n, searchParams }: ServerProps) {
  const where = new URLSearchParams()
  for (const [key, value] of Object.entries(searchParams ?? {})) {
    if (key.startsWith('where') && typeof value === 'string') where.set(key, value)
  }
  const query = where.toString()
  return (
    <p style={{ margin: 'calc(var(--base) / 2) 0' }}>
      <a
        className="btn btn--style-secondary btn--size-small"
        href={`/api/audit-log/export.csv${query ? `?${query}` : ''}`}
      >
        {adminText({ req: { i18n }, text: { vi: 'Xuất CSV', en: 'Export CSV' } })}
      </a>
    </p>
  )
}
