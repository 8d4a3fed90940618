import type { ServerProps } from 'payload'
import React from 'react'

import { slugs } from '../../../collections/slugs'
import { adminText } from '../../admin/labels'

/**
 * "Export CSV" above the audit log list. The link carries the list's current filter (`where…`)
 * and search box (`search`), so the file holds what the list shows, every page of it.
 */
export function AuditExportLink({ i18n, payload, searchParams }: ServerProps) {
  const query = new URLSearchParams()
  for (const [key, value] of Object.entries(searchParams ?? {})) {
    if (!key.startsWith('where[') && key !== 'search') continue
    for (const item of Array.isArray(value) ? value : [value]) {
      if (typeof item === 'string') query.append(key, item)
    }
  }
  const search = query.toString()
  const href = `${payload.config.routes.api}/${slugs.auditLog}/export.csv${search ? `?${search}` : ''}`
  return (
    <p style={{ margin: 'calc(var(--base) / 2) 0' }}>
      <a className="btn btn--style-secondary btn--size-small" href={href} download>
        {adminText({ req: { i18n }, text: { vi: 'Xuất CSV', en: 'Export CSV' } })}
      </a>
    </p>
  )
}
